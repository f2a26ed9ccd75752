// The only scripts on pages other than /search/, kept as text so they ship exactly as written: compact,
// within the 1 kB budget (a formatter would indent them past it). Each runs in a block or a function so its
// names stay out of the global scope.

/** A reader's theme choice, applied before the first paint so the wrong theme never flashes. */
export const THEME_BEFORE_PAINT = `(function(d){d.dataset.js='';try{const t=localStorage.getItem('theme');if(t=='dark'||t=='light')d.dataset.theme=t}catch{}})(document.documentElement)`;

/**
 * `/` focuses the search box from anywhere, as on most sites with search (in a form field it still types a
 * slash), the theme toggle flips and remembers the theme, and a citation's Copy button copies the text after it.
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
d.onclick=e=>{let b=e.target.closest('[data-copy]');b&&navigator.clipboard.writeText(b.nextElementSibling.innerText).then(()=>b.innerText='Copied')};
}`;

/**
 * The 404 page's suggestions: up to three addresses in the sitemap near the mistyped one by edit distance (none when
 * nothing is near: five unrelated pages help nobody), each shown by its page's title, computed in the reader's browser
 * (the page cannot know the address at build time). Without JavaScript the list stays hidden.
 */
export const NEAREST_PAGES = `{
const d=document,list=d.querySelector('[data-sitemap]'),here=location.pathname.toLowerCase();
const far=(a,b)=>{const row=[...Array(b.length+1).keys()];for(const c of a){let prev=row[0]++;for(let j=1;j<=b.length;j++){const next=row[j];row[j]=Math.min(next+1,row[j-1]+1,prev+(c!=b[j-1]));prev=next}}return row[b.length]};
fetch(list.dataset.sitemap).then(r=>r.text()).then(xml=>{
const near=[...xml.matchAll(/<loc>([^<]+)/g)].map(m=>new URL(m[1]).pathname).map(p=>[far(here,p.toLowerCase()),p]).filter(([n,p])=>n<=Math.max(3,p.length/4)).sort((a,b)=>a[0]-b[0]).slice(0,3);
for(const[,path]of near){
const a=list.appendChild(d.createElement('li')).appendChild(d.createElement('a')),t=d.createElement('textarea');
a.href=a.textContent=path;
fetch(path).then(r=>r.text()).then(h=>{t.innerHTML=/<title>([^<]*)/.exec(h)?.[1]??path;a.textContent=t.value.split(' · ')[0]});
}
list.parentElement.hidden=!near.length;
});
}`;

/** The site's origin as a CSS custom property, for printing absolute URLs after links (CSS cannot read the config). */
export const siteUrlStyle = (siteUrl: string): string =>
  `:root{--site-url:${JSON.stringify(new URL(siteUrl).origin)}}`;
