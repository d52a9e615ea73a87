import fs from 'node:fs';
import path from 'node:path';
import Color from 'colorjs.io';
import { z } from 'zod';
import type { IssueLog } from '../issues';
import type { IssueWording, PlacedData } from './validate';

/**
 * site.yml's `theme:` block: the accent colour of each theme, the fonts of
 * headings and body text, the about page's portrait width. Each sets one of
 * Folio's design tokens (app/globals.css), in the stylesheet every page
 * links after Folio's own (app/folio-theme.css/route.ts), before the
 * author's content/styles.css. al-folio has no such keys (its colours live
 * in `_sass`), so these are Folio's. The portrait's side stays the about
 * page's `profile.align`, and the footer line site.yml's `footer_text`.
 */

/** Folio's page backgrounds (`--folio-page` in app/globals.css, pinned by a test): what an accent is read against. */
export const PAGE_BACKGROUND = { light: '#ffffff', dark: '#111214' } as const;
/** WCAG 2.1 AA for body-size text: links are text. */
export const AA_CONTRAST = 4.5;

export type ThemeName = keyof typeof PAGE_BACKGROUND;

/** The fonts Folio bundles (app/fonts/), and the system's stacks that cost nothing to load. */
export const BUNDLED_FONTS = ['source-serif-4', 'system-sans', 'system-serif'] as const;
export type BundledFont = (typeof BUNDLED_FONTS)[number];

const FONT_FILE = /\.(woff2|woff|ttf|otf)$/i;
const FONT_FORMATS: Record<string, string> = { woff2: 'woff2', woff: 'woff', ttf: 'truetype', otf: 'opentype' };

export type FontFile = { file: string; weight: string; style: 'normal' | 'italic' };
export type OwnFont = { family: string; files: FontFile[]; fallback: 'serif' | 'sans-serif' | 'monospace' | undefined };
export type FontChoice = BundledFont | OwnFont;

export type ThemeSettings = {
  accent: Partial<Record<ThemeName, string>>;
  fonts: { heading?: FontChoice; body?: FontChoice };
  portrait?: string;
};

const issue = (message: string, fix: string) => ({ code: 'custom' as const, message, params: { fix } satisfies IssueWording });
const show = (value: unknown) => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

/** A CSS colour, as CSS Color 4 reads it (colorjs.io): written back in the same space, so nothing but a colour reaches the stylesheet. */
const colourField = z.unknown().transform((value, ctx) => {
  let colour: Color | undefined;
  try {
    colour = typeof value === 'string' ? new Color(value.trim()) : undefined;
  } catch {
    colour = undefined;
  }
  if (!colour) {
    ctx.addIssue(issue(`\`${show(value)}\` is not a colour`, 'write a CSS colour, quoted: "#7a1f5c", "rgb(122 31 92)", "oklch(45% 0.15 350)" or a name such as "darkred"'));
    return z.NEVER;
  }
  if (colour.alpha.valueOf() < 1) {
    ctx.addIssue(issue(`\`${show(value)}\` is see-through: its contrast would depend on what is under it`, 'write an opaque colour (no alpha)'));
    return z.NEVER;
  }
  return colour.toString();
});

/** `accent: "#7a1f5c"` (both themes) or `accent: {light: ..., dark: ...}`; each problem on its own key. */
const accentField = z
  .unknown()
  .optional()
  .transform((value, ctx): ThemeSettings['accent'] => {
    if (value === undefined || value === null) return {};
    const colour = (input: unknown, path: string[]) => {
      const parsed = colourField.safeParse(input);
      if (!parsed.success) for (const problem of parsed.error.issues) ctx.addIssue({ ...(problem as z.core.$ZodRawIssue), path });
      return parsed.success ? parsed.data : undefined;
    };
    if (typeof value === 'string') {
      const both = colour(value, []);
      return both ? { light: both, dark: both } : z.NEVER;
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      ctx.addIssue(issue(`\`${show(value)}\` is not a colour`, 'write one colour, quoted ("#7a1f5c"), or one for each theme: `{light: "#7a1f5c", dark: "#f0a6d0"}`'));
      return z.NEVER;
    }
    const pair = value as Record<string, unknown>;
    const light = pair.light === undefined || pair.light === null ? undefined : colour(pair.light, ['light']);
    const dark = pair.dark === undefined || pair.dark === null ? undefined : colour(pair.dark, ['dark']);
    if ((pair.light != null && !light) || (pair.dark != null && !dark)) return z.NEVER;
    return { light, dark };
  });

/** `Junicode-Bold.woff2` or `{file: Junicode-Bold.woff2, weight: 700, style: italic}`: a file in public/fonts/. */
const fontFileField = z.unknown().transform((value, ctx): FontFile => {
  const entry = typeof value === 'string' ? { file: value } : typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const file = typeof entry.file === 'string' ? entry.file.trim().replace(/^\/?fonts\//, '') : '';
  if (!FONT_FILE.test(file) || file.split(/[/\\]/).some((part) => part === '..' || part === '') || /[^\p{L}\p{N} ._/()+-]/u.test(file)) {
    ctx.addIssue(issue(`\`${show(value)}\` is not a font file`, 'write the name of a .woff2, .woff, .ttf or .otf file you saved in public/fonts/, e.g. `Junicode-Regular.woff2`, or `{file: Junicode-Bold.woff2, weight: 700}`'));
    return z.NEVER;
  }
  const weight = entry.weight === undefined ? '400' : String(entry.weight).trim();
  if (!/^\d{1,4}( \d{1,4})?$/.test(weight) || weight.split(' ').some((w) => Number(w) < 1 || Number(w) > 1000)) {
    ctx.addIssue(issue(`\`weight: ${show(entry.weight)}\` is not a font weight`, 'write a number from 1 to 1000 (400 regular, 700 bold), or a range such as "100 900" for a variable font'));
    return z.NEVER;
  }
  const style = entry.style === undefined ? 'normal' : entry.style;
  if (style !== 'normal' && style !== 'italic') {
    ctx.addIssue(issue(`\`style: ${show(style)}\` is not a font style`, 'write `normal` or `italic`'));
    return z.NEVER;
  }
  return { file, weight, style };
});

/** A bundled name, or `{family, files, fallback}`: the author's own font. */
const fontField = z
  .unknown()
  .optional()
  .transform((value, ctx): FontChoice | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && (BUNDLED_FONTS as readonly string[]).includes(value.trim())) return value.trim() as BundledFont;
    if (typeof value !== 'object' || Array.isArray(value)) {
      ctx.addIssue(issue(`\`${show(value)}\` is not a font Folio bundles`, `write one of ${BUNDLED_FONTS.join(', ')}, or your own: {family: Junicode, files: [Junicode-Regular.woff2]} with the files in public/fonts/`));
      return z.NEVER;
    }
    const own = value as Record<string, unknown>;
    const family = typeof own.family === 'string' ? own.family.trim() : '';
    if (!/^[\p{L}\p{N}][\p{L}\p{N} _-]{0,63}$/u.test(family)) {
      ctx.addIssue({ ...issue(`\`family: ${show(own.family)}\` is not a font's name`, 'name the font in letters, digits, spaces and hyphens, e.g. `family: Junicode`'), path: ['family'] });
      return z.NEVER;
    }
    const list = Array.isArray(own.files) ? own.files : own.files === undefined ? [] : [own.files];
    if (list.length === 0) {
      ctx.addIssue({ ...issue(`the font \`${family}\` has no \`files\``, 'list its files in public/fonts/: `files: [Junicode-Regular.woff2, {file: Junicode-Bold.woff2, weight: 700}]`'), path: ['family'] });
      return z.NEVER;
    }
    const files: FontFile[] = [];
    list.forEach((entry, i) => {
      const parsed = fontFileField.safeParse(entry);
      if (parsed.success) files.push(parsed.data);
      else for (const problem of parsed.error.issues) ctx.addIssue({ ...(problem as z.core.$ZodRawIssue), path: Array.isArray(own.files) ? ['files', i] : ['files'] });
    });
    const fallback = own.fallback ?? undefined;
    if (fallback !== undefined && fallback !== 'serif' && fallback !== 'sans-serif' && fallback !== 'monospace') {
      ctx.addIssue({ ...issue(`\`fallback: ${show(fallback)}\` is not a kind of font`, 'write `serif`, `sans-serif` or `monospace`: what shows while your font loads'), path: ['fallback'] });
      return z.NEVER;
    }
    return files.length === list.length ? { family, files, fallback } : z.NEVER;
  });

/** The portrait's width in the side column (on a phone too): 6rem to 20rem. */
const portraitField = z
  .union([z.string(), z.number()])
  .optional()
  .transform((value, ctx) => {
    if (value === undefined) return undefined;
    const match = /^\s*(\d+(?:\.\d+)?)\s*(px|rem)\s*$/.exec(String(value));
    const pixels = match ? Number(match[1]) * (match[2] === 'px' ? 1 : 16) : NaN;
    if (!match || pixels < 96 || pixels > 320) {
      ctx.addIssue(issue(match ? `portrait \`${value}\` is ${pixels < 96 ? 'too small to recognise a face' : 'wider than the side column'}` : `portrait \`${value}\` is not a width`, 'write a width from 96px to 320px (6rem to 20rem), e.g. `portrait: 12rem`; leave it out for the side column\'s width'));
      return z.NEVER;
    }
    return `${match[1]}${match[2]}`;
  });

/** A string is Jekyll's `theme:` (a gem's name, `al_folio_core` in al-folio v1): nothing for Folio, a warning (themeProblems). */
export const themeField = z
  .preprocess((value) => (typeof value === 'string' ? undefined : value), z.looseObject({
    accent: accentField,
    fonts: z.looseObject({ heading: fontField, body: fontField }).nullish(),
    portrait: portraitField,
  }).nullish())
  .transform((theme): ThemeSettings => ({ accent: theme?.accent ?? {}, fonts: { heading: theme?.fonts?.heading, body: theme?.fonts?.body }, portrait: theme?.portrait }));

/** How an accent reads on its theme's page: the WCAG 2.1 contrast ratio. */
export function accentContrast(accent: string, theme: ThemeName): number {
  return new Color(accent).contrast(new Color(PAGE_BACKGROUND[theme]), 'WCAG21');
}

const KNOWN_KEYS = ['accent', 'fonts', 'portrait'];

/**
 * What the schema cannot see: an accent too faint to read as a link (a
 * warning: the site builds, but some visitors cannot read it), a font file
 * that is not in public/fonts/ (an error), a key the block does not have.
 */
export function themeProblems(theme: ThemeSettings, raw: unknown, source: PlacedData, publicDir: string, log: IssueLog): void {
  const at = (keys: (string | number)[]) => [source.lineOf(keys), source.columnOf(keys)] as const;
  const rawTheme = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (typeof raw === 'string') {
    const [line, column] = at(['theme']);
    log.warn(source.path, line, `\`theme: ${raw}\` names a Jekyll theme: Folio is its own theme, and reads \`theme:\` as a block of settings`, 'remove the line, or give the block its settings: `accent`, `fonts`, `portrait` (see "Your theme" in README.md)', column);
  }
  for (const key of Object.keys(rawTheme)) {
    if (!KNOWN_KEYS.includes(key)) {
      const [line, column] = at(['theme', key]);
      log.warn(source.path, line, `\`theme.${key}\` is not a theme setting: it does nothing`, `use ${KNOWN_KEYS.join(', ')} (see "Your theme" in README.md); anything else goes in content/styles.css`, column);
    }
  }
  for (const name of ['light', 'dark'] as const) {
    const accent = theme.accent[name];
    if (!accent) continue;
    const ratio = accentContrast(accent, name);
    if (ratio >= AA_CONTRAST) continue;
    const keys = typeof rawTheme.accent === 'string' ? ['theme', 'accent'] : ['theme', 'accent', name];
    const [line, column] = at(keys);
    log.warn(
      source.path,
      line,
      `\`${keys.join('.')}\` has a contrast of ${ratio.toFixed(2)}:1 on the ${name} theme's page (${PAGE_BACKGROUND[name]}): links in it are hard to read, below WCAG AA's ${AA_CONTRAST}:1`,
      name === 'light' ? 'choose a darker colour for the light theme' : 'choose a lighter colour for the dark theme (`accent: {light: ..., dark: ...}` sets each)',
      column,
    );
  }
  for (const slot of ['heading', 'body'] as const) {
    const font = theme.fonts[slot];
    if (!font || typeof font === 'string') continue;
    font.files.forEach((entry, i) => {
      if (fs.existsSync(path.join(publicDir, 'fonts', entry.file))) return;
      const rawFiles = (rawTheme.fonts as Record<string, { files?: unknown }> | undefined)?.[slot]?.files;
      const [line, column] = at(Array.isArray(rawFiles) ? ['theme', 'fonts', slot, 'files', i] : ['theme', 'fonts', slot, 'files']);
      log.error(source.path, line, `the font file \`${entry.file}\` is not in public/fonts/`, `save it as public/fonts/${entry.file}, or correct its name`, column);
    });
  }
}

/** The system's stacks, and each slot's stack as app/globals.css sets it (what a font of the author's falls back to). */
const STACKS = {
  'system-sans': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  'system-serif': "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif",
  serif: "Georgia, Cambria, 'Times New Roman', serif",
  monospace: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace",
} as const;

/** The font-family a slot's choice makes; `--font-heading` and `--font-serif-text` are app/fonts/'s bundled faces. */
function fontStack(choice: FontChoice, slot: 'heading' | 'body'): string {
  if (choice === 'source-serif-4') return `var(${slot === 'heading' ? '--font-heading' : '--font-serif-text'}), ${STACKS.serif}`;
  if (typeof choice === 'string') return STACKS[choice];
  const fallback = choice.fallback ?? (slot === 'heading' ? 'serif' : 'sans-serif');
  return `"${choice.family}", ${fallback === 'sans-serif' ? STACKS['system-sans'] : STACKS[fallback]}`;
}

/** `@font-face` for each file of the author's fonts; the URL is relative to the stylesheet, so a base path needs nothing. */
function fontFaces(font: OwnFont): string[] {
  return font.files.map((entry) => {
    const extension = entry.file.split('.').pop()!.toLowerCase();
    const url = entry.file.split('/').map(encodeURIComponent).join('/');
    return `@font-face {\n  font-family: "${font.family}";\n  src: url("fonts/${url}") format("${FONT_FORMATS[extension]}");\n  font-weight: ${entry.weight};\n  font-style: ${entry.style};\n  font-display: swap;\n}`;
  });
}

/** On screen only: print keeps Folio's black links (app/globals.css). */
function accentRules(colour: string, theme: ThemeName): string {
  const other = theme === 'light' ? 'dark' : 'light';
  return `@media screen {\n  :root.${theme} {\n    --folio-accent: ${colour};\n  }\n}\n@media screen and (prefers-color-scheme: ${theme}) {\n  :root:not(.${other}) {\n    --folio-accent: ${colour};\n  }\n}`;
}

/**
 * The CSS the settings make: the tokens they set, on `:root` for both
 * themes, and each accent only where its theme is on (the visitor's choice
 * as a class on <html>, else the system's), so one set alone leaves the
 * other theme's default. Empty when nothing is set.
 */
export function themeCss(theme: ThemeSettings, maxWidth?: string): string {
  const rules: string[] = [];
  const fonts = Object.values(theme.fonts).filter((f): f is OwnFont => typeof f === 'object');
  // One family named for both headings and body text is declared once.
  for (const [i, font] of fonts.entries()) if (fonts.findIndex((f) => f.family === font.family) === i) rules.push(...fontFaces(font));
  const root: string[] = [];
  if (maxWidth) root.push(`--folio-width: ${maxWidth};`);
  if (theme.fonts.heading) root.push(`--folio-font-heading: ${fontStack(theme.fonts.heading, 'heading')};`);
  if (theme.fonts.body) root.push(`--folio-font-body: ${fontStack(theme.fonts.body, 'body')};`);
  if (theme.portrait) root.push(`--folio-portrait: ${theme.portrait};`);
  if (root.length) rules.push(`:root {\n  ${root.join('\n  ')}\n}`);
  const { light, dark } = theme.accent;
  if (light) rules.push(accentRules(light, 'light'));
  if (dark) rules.push(accentRules(dark, 'dark'));
  return rules.length ? `/* site.yml: theme, max_width */\n${rules.join('\n')}\n` : '';
}
