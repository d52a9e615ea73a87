import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { crawl } from '../crawl';
import { expect, test } from '../test';
import { OUTPUTS } from '../servers';

/**
 * The static export is the server build's pages made plain documents
 * (scripts/export/page.ts takes Next's scripts out and puts the policy in
 * the head): what a visitor reads and uses, every element of every body,
 * is the server's, byte for byte. Proven here for every page of both sites
 * (crawled from each output), so the specs about content (what a page
 * shows, its layout, axe's judgement of it) run once, against the server,
 * and the export's projects run the specs about what differs between the
 * outputs: scripts, addresses, headers, redirects, services
 * (playwright.config.ts, SAME_IN_BOTH_OUTPUTS).
 *
 * Left out of the comparison: the <head> (the export's policy is a <meta>
 * there, Next's preloads are not), scripts (the export keeps Folio's and
 * the analytics provider's only), and the analytics consent notice, which
 * only an export with analytics carries (the fixture's server build is made
 * with FOLIO_ANALYTICS=off; e2e/fixture/services.spec.ts tests the notice
 * in both outputs).
 */

/** The body's markup without scripts, comments and the consent notice, whitespace between tags aside. */
function body(html: string): string {
  const tree = fromHtml(html);
  const keep = (node: RootContent | ElementContent): boolean => {
    if (node.type === 'comment') return false;
    if (node.type !== 'element') return true;
    if (node.tagName === 'script') return false;
    const props = node.properties;
    return props.dataFolioConsent === undefined && props.dataFolioConsentAsk === undefined;
  };
  const prune = (node: Root | Element): void => {
    node.children = node.children.filter(keep) as typeof node.children;
    for (const child of node.children) if (child.type === 'element') prune(child);
  };
  const found = (function find(node: Root | Element): Element | undefined {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'body') return child;
      const inner = find(child);
      if (inner) return inner;
    }
  })(tree);
  if (!found) return '';
  prune(found);
  return toHtml(found).replace(/>\s+</g, '><').trim();
}

/** Where two texts first differ, with some of each around it. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}:\n  server: …${a.slice(Math.max(0, i - 80), i + 120)}\n  export: …${b.slice(Math.max(0, i - 80), i + 120)}`;
}

for (const { name, server, exported } of OUTPUTS) {
  test(`${name}: every page of the export shows what the server's page shows`, async ({ playwright }) => {
    test.setTimeout(180_000);
    const serverRequest = await playwright.request.newContext({ baseURL: server });
    const exportRequest = await playwright.request.newContext({ baseURL: exported });
    const [onServer, inExport] = [await crawl(serverRequest, server), await crawl(exportRequest, exported)];
    const redirects: string[] = [];
    const differ: string[] = [];
    for (const page of inExport.pages) {
      if (onServer.pages.includes(page)) continue;
      // A redirect is an answer on the server and a page that leads on in the export (e2e/fixture/redirects.spec.ts).
      const html = await (await exportRequest.get(page)).text();
      if (/<meta http-equiv="refresh"/i.test(html) && [301, 302, 307, 308].includes(onServer.resources.get(page) ?? 0)) redirects.push(page);
      else differ.push(`${page}: a page of the export only (the server answers ${onServer.resources.get(page) ?? 'nothing'})`);
    }
    for (const page of onServer.pages) {
      if (!inExport.pages.includes(page)) {
        differ.push(`${page}: a page of the server only (the export answers ${inExport.resources.get(page) ?? 'nothing'})`);
        continue;
      }
      const [a, b] = [body(await (await serverRequest.get(page)).text()), body(await (await exportRequest.get(page)).text())];
      if (a !== b) differ.push(`${page}: ${firstDifference(a, b)}`);
    }
    await serverRequest.dispose();
    await exportRequest.dispose();
    expect(differ).toEqual([]);
    expect(onServer.pages.length).toBeGreaterThan(10);
    console.log(`${name}: ${onServer.pages.length} pages the same in both outputs; ${redirects.length} redirects`);
  });
}
