import type { PaginateFunction } from 'astro';
import { KIND_LABELS } from '../view/cards.ts';
import { ENTRY_COLLECTIONS } from '../schemas/collections.ts';
import { TAG_DIMENSIONS, keysOf } from '../schemas/vocabulary.ts';
import { PAGE_SIZE, groupsOnPage, layOutGroups } from '../view/pagination.ts';
import { entryUrl } from '../view/urls.ts';
import type { PageInputs, TagPage, TagProps, TagsIndexPage } from './types.ts';

/** Every tag's pages: what carries it, kind by kind, in pages. */
export function tagPaths({ library }: Pick<PageInputs, 'library'>, paginate: PaginateFunction) {
  return library.tags.flatMap((entry) => {
    const tagged = library.graph.byTag(entry.id);
    // Kinds in a fixed order, so each kind's cards stay together across pages; counted once per tag.
    const { items, groups } = layOutGroups(
      ENTRY_COLLECTIONS.map((kind) => ({ key: kind, items: tagged[kind] })),
    );
    return paginate(items, {
      pageSize: PAGE_SIZE,
      params: { tag: entry.id },
      props: { entry, groups } satisfies Omit<TagProps, 'page'>,
    });
  });
}

/** Everything one page of a tag's page shows: its entries under a heading per kind. */
export function tagPage({ library }: Pick<PageInputs, 'library'>, props: TagProps): TagPage {
  const { entry, page, groups } = props;
  return {
    ...props,
    feed: `${entryUrl('tags', entry.id)}feed.xml`,
    sections: groupsOnPage(groups, page).map((group) => ({
      ...group,
      id: `tagged-${group.key}`,
      label: KIND_LABELS[group.key].many,
      qualifier: `(${group.count})`,
      cards: library.cards(group.key, group.items),
      empty: `No ${KIND_LABELS[group.key].many.toLowerCase()} carry this tag yet.`,
    })),
  };
}

/** Every tag with how many entries carry it, in the tags file's order (the tags index and the home page). */
export function tagCounts({ library }: Pick<PageInputs, 'library'>) {
  return library.tags.map((tag) => {
    const tagged = library.graph.byTag(tag.id);
    return { tag, count: Object.values(tagged).reduce((sum, ids) => sum + ids.length, 0) };
  });
}

/** The tags index: every tag with how many entries carry it, grouped by the guide's dimensions. */
export function tagsIndexPage({ library }: Pick<PageInputs, 'library'>): TagsIndexPage {
  const tags = tagCounts({ library });
  // The guide's tags that matter first (system, root cause, impacted metric), then the topics; empty dimensions left out.
  const groups = keysOf(TAG_DIMENSIONS)
    .map((dimension) => ({
      dimension,
      ...TAG_DIMENSIONS[dimension],
      tags: tags.filter(({ tag }) => tag.data.dimension === dimension),
    }))
    .filter((group) => group.tags.length > 0);
  return { groups };
}
