/** The site's feeds: where each is served and the MIME type the page head advertises it with. */
export const FEEDS = [
  { name: 'RSS', path: '/feed.xml', type: 'application/rss+xml' },
  { name: 'Atom', path: '/atom.xml', type: 'application/atom+xml' },
  { name: 'JSON Feed', path: '/feed.json', type: 'application/feed+json' },
] as const;
