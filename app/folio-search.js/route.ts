import { clientScript } from '@/lib/build/client-bundle';

/** The search dialog (client/search/), loaded by folio.js when a visitor opens it. */
export const dynamic = 'force-static';

export function GET() {
  return clientScript('folio-search.js');
}
