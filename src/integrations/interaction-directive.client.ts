/**
 * `client:interaction`, as it runs in the browser: the island stays server-rendered HTML, and its code (React
 * and the component) loads only when the reader starts to use it, or at once when the address already asks
 * for something (`?q=…`, a facet, an order), which the server-rendered page cannot show.
 */
import type { ClientDirective } from 'astro';

// Focus covers typing, Tab and the `/` shortcut; a press covers a click on a checkbox, which Safari does not focus.
const FIRST_USE = ['focusin', 'pointerdown', 'keydown', 'input'] as const;

const interaction: ClientDirective = (load, _options, island) => {
  let started = false;
  // A button pressed before the code arrived did nothing: it is pressed again once the island runs.
  // Fields need no replay: what was typed or ticked stays in them, and React reads it as it hydrates.
  let pressed: HTMLButtonElement | null = null;
  const remember = (event: Event) => {
    const button = (event.target as Element | null)?.closest?.('button[type=button]');
    if (button instanceof HTMLButtonElement) pressed = button;
  };
  const start = async () => {
    if (started) return;
    started = true;
    for (const type of FIRST_USE) island.removeEventListener(type, start, true);
    island.addEventListener('click', remember, true);
    const hydrate = await load();
    await hydrate();
    island.removeEventListener('click', remember, true);
    pressed?.click();
  };
  if (location.search.length > 1) {
    void start();
    return;
  }
  // Captured, so the island hears a use before any element inside it does.
  for (const type of FIRST_USE)
    island.addEventListener(type, start, { capture: true, passive: true });
};

export default interaction;
