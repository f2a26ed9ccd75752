import type { CSSProperties, ReactElement } from 'react';
import { FAMILIES } from './fonts.ts';
import type { CardKind, CardModel } from './model.ts';

/** The card's size: what Open Graph and Twitter's large summary card expect. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The site's light-scheme colours (src/styles/tokens.css): a shared card is seen on any background, so one scheme. */
export const THEME = {
  bg: '#fbfaf7',
  text: '#1d1c1a',
  muted: '#5a5650',
  border: '#dcd7cc',
  accent: '#0b5e63',
  // The badge colours (--pattern, --trap, --lesson, --event); an author's is the lesson colour, as on their page.
  // A kind without its own colour (a page, a new collection) takes the accent.
  kinds: {
    patterns: '#0b5e63',
    traps: '#8a3b12',
    lessons: '#4b3a8c',
    events: '#5c5a12',
    authors: '#4b3a8c',
  } as Partial<Record<CardKind, string>>,
} as const;

type Child = ReactElement | string;

// The renderer reads React-shaped elements; building them by hand keeps this module free of a JSX runtime.
function h(type: 'div' | 'span', style: CSSProperties, ...children: Child[]): ReactElement {
  return {
    type,
    key: null,
    props: { style, children: children.length === 1 ? children[0] : children },
  } as ReactElement;
}

/** Title size and line limit by length: short titles read from across a room, long ones still fit in four lines. */
export function titleFit(title: string): { fontSize: number; lines: number } {
  if (title.length <= 32) return { fontSize: 80, lines: 2 };
  if (title.length <= 64) return { fontSize: 66, lines: 3 };
  if (title.length <= 110) return { fontSize: 56, lines: 4 };
  return { fontSize: 48, lines: 4 };
}

// The header's brand: the library's name with its last word in the accent colour, as in BaseLayout.
function brand(name: string, serif: string): ReactElement {
  const space = name.lastIndexOf(' ');
  const head = space > 0 ? `${name.slice(0, space)} ` : '';
  const tail = space > 0 ? name.slice(space + 1) : name;
  return h(
    'div',
    {
      display: 'flex',
      fontFamily: serif,
      fontWeight: 700,
      fontSize: 36,
      color: THEME.text,
      whiteSpace: 'pre',
    },
    ...(head ? [h('span', {}, head)] : []),
    h('span', { color: THEME.accent }, tail),
  );
}

/**
 * The element tree of one card, for the renderer. `families` are its font stacks: the card's own fonts, and for
 * text in other scripts the fallbacks card-fonts.ts found for it.
 */
export function cardElement(
  model: CardModel,
  families: { serif: string; sans: string } = FAMILIES,
): ReactElement {
  const colour = THEME.kinds[model.kind] ?? THEME.accent;
  const fit = titleFit(model.title);
  // A name or word longer than a line breaks rather than running off the card.
  const clamp = (lines: number): CSSProperties => ({
    display: 'block',
    lineClamp: lines,
    overflowWrap: 'break-word',
  });
  return h(
    'div',
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: THEME.bg,
      color: THEME.text,
      fontFamily: families.sans,
    },
    h('div', { display: 'flex', height: 14, flexShrink: 0, backgroundColor: colour }),
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        flexGrow: 1,
        minHeight: 0,
        padding: '52px 80px 48px',
      },
      h(
        'div',
        { display: 'flex', alignItems: 'center', fontSize: 28, fontWeight: 600 },
        h(
          'div',
          {
            display: 'flex',
            color: colour,
            border: `2px solid ${colour}`,
            borderRadius: 999,
            padding: '5px 22px',
          },
          model.label,
        ),
        ...(model.qualifier
          ? [
              h(
                'div',
                { display: 'flex', marginLeft: 20, color: THEME.muted, fontWeight: 400 },
                model.qualifier,
              ),
            ]
          : []),
      ),
      h(
        'div',
        {
          ...clamp(fit.lines),
          marginTop: 36,
          fontFamily: families.serif,
          fontWeight: 600,
          fontSize: fit.fontSize,
          lineHeight: 1.14,
          letterSpacing: '-0.01em',
        },
        model.title,
      ),
      ...(model.byline
        ? [h('div', { ...clamp(1), marginTop: 24, fontSize: 32, color: THEME.muted }, model.byline)]
        : []),
      ...(model.summary
        ? [h('div', { ...clamp(3), marginTop: 20, fontSize: 28, lineHeight: 1.35 }, model.summary)]
        : []),
      h(
        'div',
        {
          display: 'flex',
          marginTop: 'auto',
          paddingTop: 26,
          borderTop: `2px solid ${THEME.border}`,
          alignItems: 'center',
          justifyContent: 'space-between',
        },
        brand(model.library, families.serif),
        h('div', { display: 'flex', fontSize: 26, color: THEME.muted }, model.host),
      ),
    ),
  );
}
