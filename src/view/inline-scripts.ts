// The only scripts on pages other than /search/, kept as text so they ship exactly as written: compact,
// within the 1 kB budget (a formatter would indent them past it). Each runs in a block or a function so its
// names stay out of the global scope.

/** A reader's theme choice, applied before the first paint so the wrong theme never flashes. */
export const THEME_BEFORE_PAINT = `(function(d){d.dataset.js='';try{const t=localStorage.getItem('theme');if(t=='dark'||t=='light')d.dataset.theme=t}catch{}})(document.documentElement)`;

/**
 * `/` focuses the search box from anywhere, as on most sites with search (in a form field it still types a
 * slash), and the theme toggle flips and remembers the theme.
 */
export const SHORTCUT_AND_TOGGLE = `{
const d = document, root = d.documentElement, toggle = d.querySelector('[data-theme-toggle]');
addEventListener('keydown', (e) => {
const box = d.querySelector('[data-search-input]');
if (e.key != '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || !box || e.target.closest?.('input,textarea,select,[contenteditable]')) return;
e.preventDefault();
box.select();
});
const dark = () => (root.dataset.theme || (matchMedia('(prefers-color-scheme:dark)').matches ? 'dark' : 'light')) == 'dark';
const show = () => toggle.setAttribute('aria-pressed', dark());
show();
toggle.onclick = () => {
root.dataset.theme = dark() ? 'light' : 'dark';
try { localStorage.theme = root.dataset.theme; } catch {}
show();
};
}`;
