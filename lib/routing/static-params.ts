import { settings } from '../build/settings';

/**
 * The parameter of a page no content has. A static export (Next 16) refuses
 * a dynamic route whose `generateStaticParams` returns nothing, and a site
 * may well have no tags, no second blog page, no titled news: such a route
 * gets this one parameter, its page is a 404, and `npm run export` removes
 * whatever it wrote for it (scripts/export/postprocess.ts).
 */
export const NO_PAGE = '__folio-no-page__';

/** A route's parameters for prerendering: `params`, or, in a static export with none, `none` (built from NO_PAGE). */
export function staticParams<P>(params: P[], none: P): P[] {
  return params.length > 0 || settings.output !== 'export' ? params : [none];
}
