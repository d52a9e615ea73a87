import type { Metadata } from 'next';
import { PageShell } from '@/components/PageShell';
import { SearchHelp } from '@/components/SearchHelp';
import { getContent, hasList, navItems, ownedRouteTitle } from '@/lib/content';
import { OWNED_ROUTES, routes } from '@/lib/routing/urls';

export const metadata: Metadata = { title: 'Search', robots: { index: false }, alternates: { canonical: routes.search } };

/** Where the header's search button leads without JavaScript; with it, the page opens the search dialog. */
export default function SearchPage() {
  const content = getContent();
  const browse = [...navItems(content), ...OWNED_ROUTES.filter((route) => hasList(content, route)).map((route) => ({ title: ownedRouteTitle(content, route).title, href: route }))];
  return (
    <PageShell content={content} path={routes.search}>
      <SearchHelp browse={[...new Map(browse.map((item) => [item.href, item])).values()]} />
    </PageShell>
  );
}
