import type { Publication } from './types';

/** schema.org `ScholarlyArticle`s for a list of publications, as one JSON-LD graph. */
export function scholarlyArticles(publications: Publication[], siteUrl?: string) {
  const absolute = (href: string) => (siteUrl && href.startsWith('/') ? new URL(href, siteUrl).href : href);
  return {
    '@context': 'https://schema.org',
    '@graph': publications.map((p) => {
      const links = p.links.map((l) => absolute(l.href));
      const page = p.links.find((l) => l.kind === 'html') ?? p.links.find((l) => l.kind === 'doi') ?? p.links.find((l) => l.kind === 'arxiv');
      const container = p.journal ? { '@type': 'Periodical', name: p.journal } : p.booktitle ? { '@type': 'Book', name: p.booktitle } : undefined;
      return {
        '@type': 'ScholarlyArticle',
        headline: p.title.text,
        name: p.title.text,
        author: p.authors.map((a) => ({ '@type': 'Person', name: a.name })),
        datePublished: p.year === undefined ? undefined : p.month ? `${p.year}-${String(p.month).padStart(2, '0')}` : String(p.year),
        ...(container && { isPartOf: container }),
        ...(p.abstract && { abstract: p.abstract.text }),
        ...(p.doi && { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: p.doi } }),
        ...(page && { url: absolute(page.href) }),
        ...(links.length > 0 && { sameAs: [...new Set(links)] }),
      };
    }),
  };
}
