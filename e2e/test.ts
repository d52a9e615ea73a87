import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Which output the project serves: `next start` (server) or the static
 * export served by a plain static host (export), where there are no
 * response headers but the type (the page's <meta> carries the policy).
 */
export type Output = 'server' | 'export';

/**
 * Every test fails if the page logs a console error or an uncaught exception:
 * a visitor would not see it, but it means something is broken.
 */
export const test = base.extend<{ consoleErrors: string[]; output: Output; analyticsConsent: 'denied' | 'unanswered'; answerConsent: void }>({
  output: ['server', { option: true }],
  /**
   * The fixture's export asks for consent to GA4 (e2e/fixture-content/site.yml): a visitor who
   * declined sees no notice, so the other specs see the pages as they are;
   * e2e/fixture/services.spec.ts asks for `unanswered`.
   */
  analyticsConsent: ['denied', { option: true }],
  answerConsent: [
    async ({ page, analyticsConsent }, use) => {
      // The site's own document only (frames of other origins, such as giscus', may not have storage).
      if (analyticsConsent === 'denied') await page.addInitScript(() => window === window.top && localStorage.setItem('folio-analytics-consent', 'denied'));
      await use();
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !/status of 404/.test(msg.text())) errors.push(msg.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** axe's WCAG 2.x A/AA and best-practice rules; returns the violations, for a readable diff. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}
