/**
 * Fills the shortlist count in the header (`[data-shortlist-count]`) and keeps it current.
 * Without JavaScript the header still links to the shortlist page, which explains why it needs it.
 */
import { getShortlist, subscribe } from './store';

function render(count: number): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-shortlist-count]')) {
    el.textContent = String(count);
    el.hidden = false;
  }
}

render(getShortlist().length);
subscribe((keys) => render(keys.length));
