/** The "Menu" button that folds the header's navigation on a phone (global.css hides the list below 40em until it is opened). */
const button = document.querySelector<HTMLButtonElement>('.nav-toggle');
const nav = document.getElementById('site-nav');
if (button && nav) {
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('is-open', open);
  });
}
