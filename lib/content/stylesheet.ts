import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import postcss, { CssSyntaxError } from 'postcss';
import type { IssueLog } from '../issues';
import { LIMITS, readContentText } from './limits';
import { themeCss, type ThemeSettings } from './theme-settings';

/**
 * content/styles.css: the author's own stylesheet, linked after Folio's on
 * every page (app/folio-theme.css/route.ts). It is read with PostCSS's
 * parser, the one Tailwind builds Folio's own CSS with: a syntax error is an
 * error with its line and column (a browser would drop the rest of the rule
 * silently), and what the site's Content-Security-Policy would block (a font
 * or a stylesheet from another site) is a warning on its line.
 */
export const STYLESHEET = 'styles.css';

/** How to fix what PostCSS's parser reports, by its `reason`. */
const FIXES: [RegExp, string][] = [
  [/^Unclosed block/, 'close the rule with `}`'],
  [/^Unclosed string/, 'close the quoted text with the quote it opens with'],
  [/^Unclosed bracket/, 'close the bracket with `)`'],
  [/^Unclosed comment/, 'close the comment with `*/`'],
  [/^Unexpected }/, 'remove the extra `}`, or open the rule it closes with `selector {`'],
  [/^Missed semicolon/, 'end the declaration before it with `;`'],
  [/^Unknown word/, 'a declaration is `property: value;` inside `selector { ... }`: look for a missing `:`, `;` or `{` here or on the line before'],
];

const REMOTE = /url\(\s*['"]?\s*(?:https?:)?\/\//i;

/** The text of content/styles.css, checked; undefined when there is none, null when it cannot be used. */
export function readStylesheet(contentDir: string, log: IssueLog): string | undefined | null {
  const file = path.join(contentDir, STYLESHEET);
  if (!fs.existsSync(file)) return undefined;
  const text = readContentText(file, log, LIMITS.dataBytes);
  if (text === null) return null;
  return stylesheetProblems(text, file, log) ? null : text;
}

/** Reports the stylesheet's problems; true when it has an error. */
export function stylesheetProblems(text: string, file: string, log: IssueLog): boolean {
  let root: postcss.Root;
  try {
    root = postcss.parse(text, { from: file });
  } catch (error) {
    if (!(error instanceof CssSyntaxError)) throw error;
    const fix = FIXES.find(([reason]) => reason.test(error.reason))?.[1] ?? 'correct the CSS here; the rest of the rule would be lost';
    log.error(file, error.line ?? 1, `not valid CSS: ${error.reason}`, fix, error.column ?? 1);
    return true;
  }
  root.walkAtRules('import', (rule) => {
    if (/^\s*(?:url\(\s*)?['"]?\s*(?:https?:)?\/\//i.test(rule.params)) {
      log.warn(file, rule.source?.start?.line ?? 1, `\`@import ${rule.params}\` loads a stylesheet from another site: the site's Content-Security-Policy blocks it, and visitors' browsers would tell that site who reads yours`, 'save the stylesheet in content/styles.css itself, or its files in public/ and import them by path', rule.source?.start?.column ?? 1);
    }
  });
  root.walkDecls((decl) => {
    if (REMOTE.test(decl.value)) {
      log.warn(file, decl.source?.start?.line ?? 1, `\`${decl.prop}\` loads a file from another site: the site's Content-Security-Policy blocks it`, 'save the file in public/ (fonts in public/fonts/) and write its path, e.g. url("/fonts/MyFont.woff2")', decl.source?.start?.column ?? 1);
    }
  });
  return false;
}

/**
 * The stylesheet every page links after Folio's: the tokens site.yml's
 * `theme` and `max_width` set (lib/content/theme-settings.ts), then
 * content/styles.css, so the author's own rules win. `version` is its hash,
 * the link's `?v=`: a saved change is a new address, in `npm run dev` too.
 * Empty (no link) when neither sets anything.
 */
export function siteStylesheet(site: { theme: ThemeSettings; max_width?: string }, styles: string | undefined): { css: string; version: string } {
  const css = [themeCss(site.theme, site.max_width), styles ? `/* content/styles.css */\n${styles}` : ''].filter(Boolean).join('\n');
  return { css, version: createHash('sha256').update(css).digest('hex').slice(0, 12) };
}
