import { expect, test } from '../test';

/*
 * Issue 20: `permalink: "/javascript:alert(document.domain)//"` became a
 * `javascript:` link in the search dialog (it dropped the leading `/`, and
 * `new URL` read a scheme). The check refuses such a permalink now, so no
 * build holds one: the spec serves the site's own index with hostile
 * addresses added, as a site built by an older Folio (or an index edited by
 * hand) would hold them. A result links to a page of this site, or it is not
 * shown; nothing runs when it is followed.
 */

const HOSTILE = [
  { url: '/javascript:alert(document.domain)//', title: 'Zyzzyva permalink' },
  { url: 'javascript:alert(document.domain)', title: 'Zyzzyva scheme' },
  { url: '//evil.example/', title: 'Zyzzyva other host' },
  { url: '/\\evil.example/', title: 'Zyzzyva backslash' },
  { url: '/\tjavascript:alert(1)', title: 'Zyzzyva tab' },
].map((doc) => ({ ...doc, kind: 'page', text: 'A hostile address in the search index.' }));

test('a hostile path in the search index never becomes a script link, nor leads off the site', async ({ page }) => {
  await page.route(/\/search-index\.json(\?|$)/, async (route) => {
    const response = await route.fetch();
    const index = (await response.json()) as { docs: object[] };
    await route.fulfill({ response, json: { ...index, docs: [...index.docs, ...HOSTILE] } });
  });
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) outside.push(request.url());
  });

  await page.goto('about/');
  const origin = new URL(page.url()).origin;
  await page.keyboard.press('ControlOrMeta+k');
  const search = page.getByRole('dialog', { name: 'Search' });
  await search.getByRole('combobox', { name: 'Search the site' }).fill('zyzzyva');
  const options = search.getByRole('listbox', { name: 'Results' }).getByRole('option');

  // Only the site path is a result, and its link is that path on this site.
  await expect(options).toHaveText([/Zyzzyva permalink/]);
  const href = await options.first().getAttribute('href');
  expect(new URL(href!).origin).toBe(origin);
  expect(new URL(href!).pathname).toBe('/javascript:alert(document.domain)//');

  // Followed, it is a page of the site that does not exist: nothing runs, nothing leaves.
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname.startsWith('/javascript:'));
  await page.waitForTimeout(500);
  expect(new URL(page.url()).origin).toBe(origin);
  expect(dialogs).toEqual([]);
  expect(outside).toEqual([]);
});
