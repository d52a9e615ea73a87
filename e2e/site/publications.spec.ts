import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test } from '../test';

/** One entry of a publication list, found by its title. */
const entry = (page: Page, title: string) => page.getByRole('main').getByRole('listitem').filter({ hasText: title });

async function jsonLd(page: Page) {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((s) => JSON.parse(s) as { '@graph'?: { '@type': string; headline: string }[] }).flatMap((d) => d['@graph'] ?? []);
}

async function linksOf(item: Locator) {
  return item.getByRole('link').evaluateAll((links) => links.map((a) => [a.textContent!.split(':')[0], a.getAttribute('href')]));
}

test.describe('the research page lists the publications', () => {
  test('five entries in year groups, newest first, under the Publications heading', async ({ page }) => {
    await page.goto('/research/');
    await expect(page.getByRole('heading', { level: 2, name: 'Publications' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveText(['2025', '2024', '2023', '2022']);
    const years = page.getByRole('list', { name: /^Publications from \d{4}$/ });
    await expect(years).toHaveCount(4);
    await expect(years.getByRole('listitem')).toHaveCount(5);
    await expect(page.getByRole('list', { name: 'Publications from 2024' }).getByRole('listitem')).toHaveCount(2);
    await expect(page.getByText('The full list of my publications follows.')).toHaveCount(0);
    expect((await jsonLd(page)).map((a) => [a['@type'], a.headline])).toEqual([
      ['ScholarlyArticle', 'Blending Concepts with Text-to-Image Diffusion Models'],
      ['ScholarlyArticle', 'How to Blend Concepts in Diffusion Models'],
      ['ScholarlyArticle', 'Facing multidimensional poverty in older adults: An artificial intelligence approach that reveals the variable relevance'],
      ['ScholarlyArticle', 'An Artificial Intelligence approach to predict multidimensional poverty of older people from unlabelled data'],
      ['ScholarlyArticle', 'A comparison of temporal aggregators for speaker verification'],
    ]);
  });

  test('each entry: badge, title, authors with the site’s author marked, venue, year', async ({ page }) => {
    await page.goto('/research/');
    const blend24 = entry(page, 'How to Blend Concepts in Diffusion Models');
    await expect(blend24).toContainText('Workshop');
    await expect(blend24.locator('strong')).toHaveText('Lorenzo Olearo');
    await expect(blend24).toContainText('Lorenzo Olearo, Giorgio Longari, Simone Melzi, Alessandro Raganato, and Rafael Peñaloza');
    await expect(blend24).toContainText('In Knowledge in Generative Models workshop (KGM) at ECCV 2024, CEUR Workshop Proceedings, vol. 3888, 2024');
    const piccoli = entry(page, 'A comparison of temporal aggregators for speaker verification');
    await expect(piccoli).toContainText('Flavio Piccoli, Lorenzo Olearo, and Simone Bianco');
    await expect(piccoli).toContainText('pp. 1–6, 2022');
    await expect(entry(page, 'Facing multidimensional poverty')).toContainText('Intelligenza Artificiale, 2024');
  });

  test('Peñaloza is decoded both from {\\~n} and from a typed ñ', async ({ page }) => {
    await page.goto('/research/');
    for (const title of ['Blending Concepts with Text-to-Image Diffusion Models', 'How to Blend Concepts in Diffusion Models']) {
      const authors = entry(page, title).getByText('Rafael Peñaloza').filter({ visible: true });
      await expect(authors).toBeVisible();
      const text = (await authors.textContent())!;
      expect(text).toContain('Rafael Pe\u00f1aloza'); // one composed ñ, as typed
      expect(text).not.toContain('\\~');
    }
  });

  test('links point where the BibTeX fields say', async ({ page }) => {
    await page.goto('/research/');
    expect(await linksOf(entry(page, 'Blending Concepts with Text-to-Image'))).toEqual([
      ['PDF', 'https://arxiv.org/pdf/2506.23630'],
      ['HTML', 'https://arxiv.org/abs/2506.23630'],
      ['arXiv', 'https://arxiv.org/abs/2506.23630'],
      ['Code', 'https://github.com/LorenzoOlearo/blending-diffusion-models'],
    ]);
    expect(await linksOf(entry(page, 'How to Blend Concepts'))).toEqual([
      ['PDF', 'https://ceur-ws.org/Vol-3888/Paper_4.pdf'],
      ['HTML', 'https://arxiv.org/abs/2407.14280'],
      ['arXiv', 'https://arxiv.org/abs/2407.14280'],
    ]);
    expect(await linksOf(entry(page, 'Facing multidimensional poverty'))).toEqual([['HTML', 'https://content.iospress.com/articles/intelligenza-artificiale/ia240027']]);
    expect(await linksOf(entry(page, 'approach to predict multidimensional poverty'))).toEqual([['PDF', 'https://ceur-ws.org/Vol-3623/AIxAS_2023_paper_10.pdf']]);
    expect(await linksOf(entry(page, 'A comparison of temporal aggregators'))).toEqual([['HTML', 'https://ieeexplore.ieee.org/document/9937132']]);
    // Each link says which paper it belongs to.
    await expect(entry(page, 'How to Blend Concepts').getByRole('link', { name: /^PDF\W+How to Blend Concepts in Diffusion Models$/ })).toBeVisible();
  });

  test.describe('BibTeX', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('opens in place from the keyboard, shows standard fields only, and copies', async ({ page }) => {
      await page.goto('/research/');
      const blend25 = entry(page, 'Blending Concepts with Text-to-Image');
      const code = blend25.locator('pre');
      await expect(code).toBeHidden();
      const toggle = blend25.locator('summary', { hasText: 'BibTeX' });
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(code).toBeVisible();
      const text = await code.innerText();
      expect(text).toMatch(/^@misc\{blend25,\n/);
      expect(text).toContain('Pe{\\~n}aloza');
      expect(text).toContain('archiveprefix = {arXiv}');
      for (const custom of ['abbr', 'selected', 'pdf', 'html', 'code']) expect(text).not.toMatch(new RegExp(`^\\s*${custom}\\s*=`, 'm'));

      await blend25.getByRole('button', { name: 'Copy BibTeX' }).click();
      await expect(blend25.getByRole('button', { name: 'Copied BibTeX' })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text.trim());

      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(code).toBeHidden();
    });
  });
});

test.describe('the about page', () => {
  test('shows the two selected publications, with their schema.org data', async ({ page }) => {
    await page.goto('/about/');
    const selected = page.getByRole('region', { name: 'Selected publications' });
    await expect(selected.getByRole('listitem')).toHaveCount(2);
    await expect(selected.getByRole('listitem').first()).toContainText('Blending Concepts with Text-to-Image Diffusion Models');
    await expect(selected.getByRole('listitem').last()).toContainText('A comparison of temporal aggregators for speaker verification');
    await expect(selected.getByRole('listitem').first()).toContainText('Rafael Peñaloza');
    // After the news, before the latest posts.
    const order = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    expect(order.slice(-3)).toEqual(['News', 'Selected publications', 'Latest posts']);
    expect((await jsonLd(page)).map((a) => a.headline)).toEqual(['Blending Concepts with Text-to-Image Diffusion Models', 'A comparison of temporal aggregators for speaker verification']);
    await expect(selected.getByRole('link', { name: 'All publications →' })).toHaveAttribute('href', '/research/');

    const piccoli = selected.getByRole('listitem').last();
    await piccoli.locator('summary', { hasText: 'BibTeX' }).focus();
    await page.keyboard.press('Enter');
    await expect(piccoli.locator('pre')).toContainText('@inproceedings{piccoli2022comparison,');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of ['/research/', '/about/']) {
      test(`axe finds no violations in the publications of ${path}, BibTeX open`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /\bdark\b/ : /\blight\b/);
        for (const summary of await page.locator('main summary', { hasText: 'BibTeX' }).all()) await summary.click();
        await expect(page.getByRole('button', { name: 'Copy BibTeX' }).first()).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
