import { siBluesky, siGithub, siGitlab, siMastodon } from 'simple-icons';
import type { LINK_KINDS } from '../schemas/vocabulary.ts';

/** An icon as one SVG path on a 24×24 grid, filled or drawn as a 2px line. */
export interface ProfileIcon {
  path: string;
  style: 'fill' | 'stroke';
  /** Filled with the even-odd rule, so inner shapes cut holes (LinkedIn's letters in its square). */
  evenOdd?: boolean;
}

// Brands from simple-icons (kept by their owners' guidelines); LinkedIn asked to be left out of it, so its "in" is drawn
// here, like the generic globe and chain link.
const ICONS: Record<keyof typeof LINK_KINDS, ProfileIcon> = {
  website: {
    path: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z',
    style: 'stroke',
  },
  github: { path: siGithub.path, style: 'fill' },
  gitlab: { path: siGitlab.path, style: 'fill' },
  linkedin: {
    path: 'M3 3h18v18H3zM6 9.5h2.7V18H6zM7.35 5.2a1.55 1.55 0 1 1 0 3.1 1.55 1.55 0 0 1 0-3.1zM10.4 9.5H13v1.2c.4-.7 1.4-1.4 2.8-1.4 2.7 0 3.2 1.8 3.2 4.1V18h-2.7v-4c0-1-.1-2.2-1.4-2.2s-1.6 1-1.6 2.1V18h-2.7z',
    style: 'fill',
    evenOdd: true,
  },
  mastodon: { path: siMastodon.path, style: 'fill' },
  bluesky: { path: siBluesky.path, style: 'fill' },
  other: {
    path: 'M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1 1M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1-1',
    style: 'stroke',
  },
};

/** The icon shown beside an author's profile link of this kind. */
export const profileIcon = (kind: keyof typeof LINK_KINDS): ProfileIcon => ICONS[kind];
