import type { Metadata } from 'next';
import { PageShell } from '@/components/PageShell';
import { SearchHelp } from '@/components/SearchHelp';
import { getContent, navItems } from '@/lib/content';
import { ARCHIVE_TITLE, NEWS_TITLE, TAGS_TITLE } from '@/lib/seo/routes';

export const metadata: Metadata = { title: 'Search', robots: { index: false }, alternates: { canonical: '/search/' } };

/** Where the header's search button leads without JavaScript; with it, the page opens the search dialog. */
export default function SearchPage() {
  const content = getContent();
  const browse = [
    ...navItems(content),
    { title: 'Blog', href: '/blog/' },
    { title: TAGS_TITLE, href: '/blog/tags/' },
    { title: ARCHIVE_TITLE, href: '/blog/archive/' },
    { title: NEWS_TITLE, href: '/news/' },
  ];
  return (
    <PageShell content={content}>
      <SearchHelp browse={[...new Map(browse.map((item) => [item.href, item])).values()]} />
    </PageShell>
  );
}
