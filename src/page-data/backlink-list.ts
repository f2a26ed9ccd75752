import type { PaginateFunction } from 'astro';
import { LIST_OWNERS } from '../domain/backlinks.ts';
import { hasOwnPages } from '../view/backlink-lists.ts';
import { KIND_LABELS } from '../view/cards.ts';
import { PAGE_SIZE, groupsOnPage, layOutGroups } from '../view/pagination.ts';
import { collectionUrl, entryUrl, withBase } from '../view/urls.ts';
import type { BacklinkListPage, BacklinkListProps, PageInputs } from './types.ts';

/**
 * The pages of every list an entry's or author's page only previews (`/patterns/pre-mortem/lessons/`,
 * `/authors/ana-lopez/lessons/2/`): only lists longer than the preview, which link here.
 */
export function backlinkListPaths(
  { library }: Pick<PageInputs, 'library'>,
  paginate: PaginateFunction,
) {
  const owners = {
    patterns: library.patterns.map((e) => ({ id: e.id, name: e.data.title })),
    traps: library.traps.map((e) => ({ id: e.id, name: e.data.title })),
    events: library.events.map((e) => ({ id: e.id, name: e.data.title })),
    authors: library.authors.map((e) => ({ id: e.id, name: e.data.name })),
  };
  return LIST_OWNERS.flatMap((collection) =>
    owners[collection].flatMap(({ id, name }) =>
      library
        .backlinks(collection, id)
        .filter(hasOwnPages)
        .flatMap(({ slug, label, fullTitle, kind, ids, notes, groups }) => {
          const laidOut =
            groups && layOutGroups(groups.map(({ ids: items, ...group }) => ({ ...group, items })));
          const props: Omit<BacklinkListProps, 'page'> = {
            owner: { collection, id, name },
            list: { label, fullTitle: fullTitle(name), kind, notes, groups: laidOut?.groups },
          };
          return paginate(laidOut?.items ?? ids, {
            pageSize: PAGE_SIZE,
            params: { collection, id, list: slug },
            props,
          });
        }),
    ),
  );
}

/** Everything one page of a previewed list's own pages shows. */
export function backlinkListPage(
  { library }: Pick<PageInputs, 'library'>,
  props: BacklinkListProps,
): BacklinkListPage {
  const { page, owner, list } = props;
  const ownerUrl = entryUrl(owner.collection, owner.id);
  const noun = KIND_LABELS[list.kind].many.toLowerCase();
  return {
    ...props,
    ownerUrl,
    noun,
    trail: [
      { label: 'Home', href: withBase('/') },
      {
        label: owner.collection === 'authors' ? 'Authors' : KIND_LABELS[owner.collection].many,
        href: collectionUrl(owner.collection),
      },
      { label: owner.name, href: ownerUrl },
      { label: list.label, href: page.url.current },
    ],
    cards: library.cards(list.kind, page.data),
    sections:
      list.groups &&
      groupsOnPage(list.groups, page).map((group) => ({
        ...group,
        qualifier: `(${group.count})`,
        cards: library.cards(list.kind, group.items),
        empty: `No ${noun} here yet.`,
      })),
  };
}
