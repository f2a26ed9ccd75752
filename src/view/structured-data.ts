import { isoDay } from './dates-and-counts.ts';

/** A person as schema.org and Scholar tags see them. */
export interface PersonData {
  name: string;
  url: string;
  /** Profiles elsewhere: sameAs links. */
  sameAs: string[];
  jobTitle?: string;
}

/** An entry as structured data needs it. */
export interface ArticleData {
  kind: 'Article' | 'CreativeWork';
  title: string;
  summary: string;
  url: string;
  image?: string | undefined;
  published: Date;
  modified: Date;
  keywords: string[];
  authors: PersonData[];
  publisher: { name: string; url: string };
  /** The URL of the licence the text is shared under. */
  license: string;
}

const person = (p: PersonData) => ({
  '@type': 'Person',
  name: p.name,
  url: p.url,
  ...(p.jobTitle ? { jobTitle: p.jobTitle } : {}),
  ...(p.sameAs.length ? { sameAs: p.sameAs } : {}),
});

/** JSON-LD for an entry page: Article (lessons) or CreativeWork, with authors as Person. */
export function articleJsonLd(a: ArticleData): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': a.kind,
    headline: a.title,
    name: a.title,
    description: a.summary,
    url: a.url,
    mainEntityOfPage: a.url,
    ...(a.image ? { image: a.image } : {}),
    datePublished: isoDay(a.published),
    dateModified: isoDay(a.modified),
    keywords: a.keywords,
    author: a.authors.map(person),
    publisher: { '@type': 'Organization', name: a.publisher.name, url: a.publisher.url },
    license: a.license,
  };
}

/** JSON-LD for an author page: a ProfilePage about a Person. */
export function profileJsonLd(p: PersonData & { description: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: p.url,
    mainEntity: { ...person(p), description: p.description },
  };
}

/** Google Scholar's `citation_*` meta tags, as name/content pairs. */
export function scholarMeta(a: ArticleData): { name: string; content: string }[] {
  return [
    { name: 'citation_title', content: a.title },
    ...a.authors.map((p) => ({ name: 'citation_author', content: p.name })),
    { name: 'citation_publication_date', content: isoDay(a.published).replace(/-/g, '/') },
    { name: 'citation_online_date', content: isoDay(a.modified).replace(/-/g, '/') },
    { name: 'citation_publisher', content: a.publisher.name },
    { name: 'citation_public_url', content: a.url },
    ...a.keywords.map((k) => ({ name: 'citation_keywords', content: k })),
  ];
}

/** JSON for a <script type="application/ld+json"> body, safe against a closing tag in the data. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
