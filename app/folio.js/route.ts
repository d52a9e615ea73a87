import { clientScript } from '@/lib/build/client-bundle';

/** Folio's script for every page (client/folio.ts), prerendered at build. */
export const dynamic = 'force-static';

export function GET() {
  return clientScript('folio.js');
}
