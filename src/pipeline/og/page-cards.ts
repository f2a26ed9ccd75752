import { site } from '../../../site.config.ts';
import { digests } from '../../domain/learning-loop/digest.ts';
import type { LibraryFacts } from '../../domain/learning-loop/facts.ts';
import { ENTRY_COLLECTIONS, REGISTRY } from '../../schemas/collections.ts';
import { monthLabel } from '../../view/dates-and-counts.ts';
import { siteSections, type Section, type SectionId } from '../../view/site-sections.ts';
import type { Library } from '../load-library.ts';
import { cardModel, contributions, counted, type CardModel } from './model.ts';

/** One card of a page that is not an entry, by the id `pageCardUrl()` names it with. */
export interface PageCard {
  id: string;
  model: CardModel;
}

const entries = (count: number) => `${count} ${count === 1 ? 'entry' : 'entries'}`;

/** The site's card: the home page's, and the card of any page without one of its own. */
function siteCard(library: Library): CardModel {
  return cardModel({
    kind: 'page',
    label: 'Library',
    qualifier: contributions(
      Object.fromEntries(ENTRY_COLLECTIONS.map((kind) => [kind, library[kind].length])),
    ),
    title: site.tagline,
    byline: `by ${site.community}`,
  });
}

/** A section's card: its name on the badge, what it is as the title, and for a list how many it holds. */
function sectionCard(library: Library, id: SectionId): CardModel {
  const { name, description, collection }: Section = siteSections(site)[id];
  return cardModel({
    kind: 'page',
    tint: collection,
    label: name,
    qualifier: collection && counted(library[collection].length, REGISTRY[collection].singular),
    title: description,
  });
}

/**
 * Every page card of the library: the site, each section (one card per list, not per page of it),
 * each tag and each month's learning release. Entries and authors have theirs in `entry-model.ts`.
 */
export function pageCards(library: Library, facts: LibraryFacts): PageCard[] {
  return [
    { id: 'site', model: siteCard(library) },
    ...(Object.keys(siteSections(site)) as SectionId[]).map((id) => ({
      id,
      model: sectionCard(library, id),
    })),
    ...library.tags.map((tag) => {
      const tagged = Object.values(library.graph.byTag(tag.id)).flat().length;
      return {
        id: `tag-${tag.id}`,
        model: cardModel({
          kind: 'page',
          label: 'Tag',
          qualifier: entries(tagged),
          title: `#${tag.data.label}`,
          byline: tag.data.description,
        }),
      };
    }),
    ...digests(facts).map((digest) => ({
      id: `digest-${digest.month}`,
      model: cardModel({
        kind: 'page',
        label: 'Learning release',
        qualifier: counted(digest.newLessons.length, 'new lesson'),
        title: monthLabel(digest.month),
        byline: 'What the library learned and changed that month',
      }),
    })),
  ];
}
