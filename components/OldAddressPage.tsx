import type { Content } from '@/lib/content';
import type { OldAddress } from '@/lib/content/old-addresses';
import { movedTo } from '@/lib/seo/public-routes';
import { MovedPage } from './MovedPage';
import { PageShell } from './PageShell';

/** An address the site had before (lib/content/old-addresses.ts): a page that sends its visitor on to where it leads now. */
export function OldAddressPage({ content, address }: { content: Content; address: OldAddress }) {
  return (
    <PageShell content={content}>
      <MovedPage title={address.title} to={movedTo(content, address.to)} />
    </PageShell>
  );
}
