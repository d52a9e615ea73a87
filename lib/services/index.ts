import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { settings } from '../build/settings';
import { analyticsField, analyticsSources, type Analytics } from './analytics';
import { mergeSources, type CspSources } from './csp';
import { GISCUS_SOURCES, giscusField, type Giscus } from './giscus';

/**
 * The services a site uses (analytics, giscus comments) as the security
 * policy of each output needs them: analytics in production builds and the
 * export only (not with FOLIO_ANALYTICS=off), giscus on pages with comments.
 */

type SiteServices = { analytics?: Analytics; giscus?: Giscus };

/** The analytics a build carries: production only, and not with FOLIO_ANALYTICS=off. */
export function activeAnalytics(site: SiteServices): Analytics | undefined {
  return process.env.NODE_ENV === 'production' && settings.analytics ? site.analytics : undefined;
}

/** The hosts a page's policy adds: the analytics provider's, and giscus' when the page shows comments. */
export function serviceSources(site: SiteServices, { comments }: { comments: boolean }): CspSources {
  const analytics = activeAnalytics(site);
  return mergeSources(analytics && analyticsSources(analytics), comments && site.giscus ? GISCUS_SOURCES : undefined);
}

/**
 * The services as site.yml sets them, read before content is (next.config.ts
 * sends the policy as a header): a value that does not validate counts as
 * absent here; the content check reports it with its line.
 */
export function siteFileServices(contentDir = settings.contentDir): SiteServices {
  try {
    const site = YAML.parse(fs.readFileSync(path.join(contentDir, 'site.yml'), 'utf8')) as Record<string, unknown> | null;
    const analytics = analyticsField.safeParse(site?.analytics);
    const giscus = giscusField.safeParse(site?.giscus);
    return { analytics: analytics.success ? analytics.data : undefined, giscus: giscus.success ? giscus.data : undefined };
  } catch {
    return {};
  }
}
