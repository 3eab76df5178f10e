/**
 * Shows or hides the page's quick-exit bar (QuickExit.astro rendered with `hidden`): for islands
 * that learn at run time that the page has become sensitive, such as a search for shelters.
 */
export function setQuickExit(show: boolean): void {
  const bar = document.getElementById('quick-exit-bar');
  if (bar) bar.hidden = !show;
}
