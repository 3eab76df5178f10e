/**
 * Progressive enhancement for "Add to shortlist" buttons. The server renders each button `hidden`
 * (so with JavaScript off it is simply absent) as:
 *
 *   <button type="button" data-shortlist-key="providerId/serviceId" hidden
 *     data-label-add="Add to shortlist" data-label-remove="Remove from shortlist"
 *     data-said-add="Added to the shortlist" data-said-remove="Removed from the shortlist">
 *
 * This script shows the buttons, keeps their label in step with the list (in this tab and others)
 * and tells screen-reader users what happened. Clicks are delegated, so buttons rendered later
 * work too; call `enhanceShortlistButtons()` after rendering new ones to show and label them.
 */
import { has, subscribe, toggle } from './store';

const SELECTOR = 'button[data-shortlist-key]';
let status: HTMLElement | undefined;

function announce(text: string): void {
  if (!status) {
    status = document.createElement('div');
    status.setAttribute('role', 'status');
    status.className = 'shortlist-status';
    // Visually hidden, still read out.
    status.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;';
    document.body.append(status);
  }
  status.textContent = text;
}

function label(button: HTMLButtonElement): void {
  const inList = has(button.dataset.shortlistKey ?? '');
  const text = inList ? button.dataset.labelRemove : button.dataset.labelAdd;
  if (text) button.textContent = text;
  button.classList.toggle('in-shortlist', inList);
}

export function enhanceShortlistButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>(SELECTOR)) {
    label(button);
    button.hidden = false;
  }
}

let started = false;
export function start(): void {
  if (started) return;
  started = true;
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>(SELECTOR);
    if (!button?.dataset.shortlistKey) return;
    const added = toggle(button.dataset.shortlistKey);
    const said = added ? button.dataset.saidAdd : button.dataset.saidRemove;
    if (said) announce(said);
  });
  subscribe(() => document.querySelectorAll<HTMLButtonElement>(SELECTOR).forEach(label));
  enhanceShortlistButtons();
}

start();
