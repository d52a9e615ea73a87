import { Liquid, UndefinedVariableError } from 'liquidjs';

/**
 * The values of Liquid outputs (`{{ page.gh_repo }}`, `{{ 'x.pdf' |
 * relative_url }}`) that Folio can know without running the site:
 * liquidjs evaluates them against _config.yml's values and the file's front
 * matter, with Jekyll's URL filters. A variable Jekyll would not have
 * defined (a front-matter key the file does not set, a setting _config.yml
 * does not have) is nil, as in Jekyll, which prints nothing; one that Jekyll
 * computes while it builds (`site.posts`, `page.url`, a loop's variable) is
 * unknown.
 */

/** What an output may read: _config.yml's values, the file's front matter, and what the import knows of the site. */
export type LiquidScope = {
  site?: Record<string, unknown>;
  page?: Record<string, unknown>;
  /** The site's address and base path, for `absolute_url` (`site.baseurl` itself reads empty: Folio adds its own base path to links). */
  url?: string;
  baseurl?: string;
  /** Names the body itself defines (`assign`, `capture`, `for`): not Jekyll's to leave undefined. */
  defined?: ReadonlySet<string>;
  /** The site's collections (`site.projects`): Jekyll fills them. */
  collections?: readonly string[];
};

/** An output's value, and the variables in it that Jekyll would have left undefined (they print nothing). */
export type OutputValue = { value: string; unset: string[] };

/** Keys Jekyll gives a page or post while it builds, whatever its front matter says. */
const PAGE_COMPUTED = new Set(['url', 'content', 'excerpt', 'date', 'id', 'categories', 'tags', 'collection', 'path', 'relative_path', 'name', 'slug', 'next', 'previous', 'output', 'dir', 'title', 'layout']);
/** Keys of `site` Jekyll (and its plugins) compute. */
const SITE_COMPUTED = new Set(['time', 'pages', 'posts', 'related_posts', 'static_files', 'html_pages', 'html_files', 'collections', 'data', 'documents', 'categories', 'tags', 'github', 'url', 'baseurl']);
/** Variables Jekyll defines around a page (its layout, the paginator, ...). */
const JEKYLL_GLOBALS = new Set(['paginator', 'content', 'layout', 'jekyll', 'include', 'forloop', 'tablerowloop', 'site', 'page']);

/** liquidjs with Jekyll's URL filters; filters Jekyll adds beyond those are unknown (their output is not computed). */
function jekyllEngine(strictVariables: boolean): Liquid {
  const engine = new Liquid({ strictVariables, lenientIf: true, strictFilters: true, ownPropertyOnly: true });
  engine.registerFilter('relative_url', (value: unknown) => rootPath(String(value ?? '')));
  // Jekyll's absolute_url: the site's address, its base path, then the path (an address stays as it is).
  engine.registerFilter('absolute_url', function (this: { context: { environments: unknown } }, value: unknown) {
    const path = rootPath(String(value ?? ''));
    const where = (this.context.environments as Record<string, { url: string; baseurl: string } | undefined>)[ABSOLUTE];
    if (!path.startsWith('/') || path.startsWith('//') || !where?.url) return path;
    return where.url.replace(/\/+$/, '') + where.baseurl.replace(/\/+$/, '') + path;
  });
  return engine;
}
const engine = jekyllEngine(true);
/** For a block whose every variable the import knows (liquid-blocks.ts checked): a missing key prints nothing, as in Jekyll. */
const lenient = jekyllEngine(false);
/** Where absolute_url finds the site's address: a name no Liquid in content can write. */
const ABSOLUTE = '\u0000absolute';

/** Whether Jekyll would have left this variable (`page.x`, `site.x`, `x`) undefined, so that it printed nothing. */
function unsetInJekyll(variable: string, scope: LiquidScope): boolean {
  const [root = '', key = ''] = variable.split('.');
  if (root === 'page') return !PAGE_COMPUTED.has(key);
  if (root === 'site') return !SITE_COMPUTED.has(key) && !(scope.collections ?? []).includes(key);
  return !JEKYLL_GLOBALS.has(root) && !(scope.defined?.has(root) ?? false);
}

/** A copy of the environment with `variable` set to nil (Liquid's nil), or null when a value on its path is not an object. */
function withNil(environment: Record<string, unknown>, variable: string): Record<string, unknown> | null {
  const keys = variable.split('.');
  const copy: Record<string, unknown> = { ...environment };
  let at = copy;
  for (const key of keys.slice(0, -1)) {
    const next = at[key];
    if (next === undefined) at[key] = {};
    else if (next && typeof next === 'object' && !Array.isArray(next)) at[key] = { ...(next as Record<string, unknown>) };
    else return null;
    at = at[key] as Record<string, unknown>;
  }
  at[keys.at(-1)!] = null;
  return copy;
}

/**
 * The value of an output expression, and the undefined variables it read;
 * null when it needs what only Jekyll knows (a loop variable, `site.posts`,
 * a filter Jekyll adds), or when its value is not text (a list, a map).
 */
function environmentOf(scope: LiquidScope): Record<string, unknown> {
  return { site: { ...scope.site, baseurl: '' }, page: scope.page ?? {}, [ABSOLUTE]: { url: scope.url ?? '', baseurl: scope.baseurl ?? '' } };
}

export function evaluateOutput(expression: string, scope: LiquidScope = {}): OutputValue | null {
  let environment = environmentOf(scope);
  const unset: string[] = [];
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      const value: unknown = engine.evalValueSync(expression, environment);
      if (value === null || value === undefined) return { value: '', unset };
      if (typeof value === 'string') return { value, unset };
      if (typeof value === 'number' || typeof value === 'boolean') return { value: String(value), unset };
      return null;
    } catch (error) {
      const variable = error instanceof UndefinedVariableError ? /undefined variable: ([\w.-]+)/.exec(error.message)?.[1] : undefined;
      if (!variable || !unsetInJekyll(variable, scope)) return null;
      const next = withNil(environment, variable);
      if (!next) return null;
      unset.push(variable);
      environment = next;
    }
  }
  return null;
}

/** What a Liquid block prints (Liquid only: no include, no tag Jekyll adds); null when liquidjs cannot run it. */
export function renderLiquid(template: string, scope: LiquidScope): string | null {
  try {
    return lenient.parseAndRenderSync(template, environmentOf(scope)) as string;
  } catch {
    return null;
  }
}

/** Whether Jekyll computes this variable while it builds (`site.posts`, `page.url`): not the import's to know. */
export function computedByJekyll(variable: string, scope: LiquidScope): boolean {
  const [root = '', key = ''] = variable.split('.');
  if (root === 'page') return !Object.hasOwn(scope.page ?? {}, key) && PAGE_COMPUTED.has(key);
  if (root === 'site') return !Object.hasOwn(scope.site ?? {}, key) && (SITE_COMPUTED.has(key) || (scope.collections ?? []).includes(key));
  return JEKYLL_GLOBALS.has(root);
}

/** An output's value when it is known; null otherwise (see evaluateOutput). */
export function literalOutput(expression: string, scope: LiquidScope = {}): string | null {
  return evaluateOutput(expression, scope)?.value ?? null;
}

/** `assets/img/x.jpg` → `/assets/img/x.jpg` (relative_url's result on a site served at the root). */
export function rootPath(value: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return value;
  return '/' + value.replace(/^\/+/, '');
}
