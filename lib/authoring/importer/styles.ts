import fs from 'node:fs';
import path from 'node:path';

/**
 * What an al-folio site changed of the theme in its `_sass/`: the theme
 * colour (`--global-theme-color` in `_themes.scss`, light and dark, or the
 * Sass variables it reads, `$purple-color` and `$cyan-color` by default),
 * its own fonts (`@font-face` rules and the files in `assets/fonts/`), and
 * the fonts its body text and headings use. Written as
 * `content/styles.css` on Folio's design tokens (README: Layout and
 * styles), the font files into `public/fonts/`.
 */
export type StylesImport = {
  /** content/styles.css, or null when the site changed nothing Folio carries. */
  css: string | null;
  /** Font files to copy: the site's path → the project's (`public/fonts/...`). */
  fonts: { from: string; to: string }[];
  notes: { file: string; line: number; message: string; leftover: boolean }[];
};

/** al-folio's theme colours as it ships them: a site that kept them gets Folio's accent. */
const AL_FOLIO_LIGHT = '#b509ac';
const AL_FOLIO_DARK = '#2698ba';
const FONT_FILE = /\.(woff2?|ttf|otf)$/i;

type Sass = { file: string; text: string };

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Comments out of the way (line comments only where they cannot be part of a URL). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:])\/\/[^\n]*/g, (m, before: string) => before + ' '.repeat(m.length - before.length));
}

/** `$name: value;` across the site's Sass files; a later one that is not `!default` wins, as Sass reads them in order. */
function sassVariables(files: Sass[]): Map<string, string> {
  const vars = new Map<string, string>();
  for (const { text } of files) {
    for (const m of withoutComments(text).matchAll(/^\s*\$([\w-]+)\s*:\s*([^;]+?)\s*(!default)?\s*;/gm)) {
      if (m[3] && vars.has(m[1]!)) continue;
      vars.set(m[1]!, m[2]!.trim());
    }
  }
  return vars;
}

/** A Sass value with its variables and interpolations resolved; undefined when it is an expression (`lighten(...)`). */
function resolve(value: string, vars: Map<string, string>, depth = 0): string | undefined {
  const plain = value.replace(/#\{\s*([^}]+?)\s*\}/g, '$1').trim();
  if (depth > 10) return undefined;
  const whole = /^\$([\w-]+)$/.exec(plain);
  if (whole) {
    const next = vars.get(whole[1]!);
    return next === undefined ? undefined : resolve(next, vars, depth + 1);
  }
  if (/\$[\w-]/.test(plain)) {
    // A list (a font stack) with variables in it: each resolved.
    const parts = plain.split(',').map((p) => resolve(p, vars, depth + 1));
    return parts.every((p) => p !== undefined) && parts.length > 1 ? parts.join(', ') : undefined;
  }
  return plain;
}

/** A colour CSS reads as it is: hex, a colour function, or a name. */
function cssColour(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i.test(value)) return value.toLowerCase();
  if (/^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^;{}]*\)$/i.test(value)) return value;
  if (/^[a-z]+$/i.test(value) && !/^(inherit|initial|unset|transparent|currentcolor)$/i.test(value)) return value.toLowerCase();
  return undefined;
}

/** `#abc` → `#aabbcc`, for comparing with al-folio's defaults. */
function longHex(colour: string): string {
  return /^#[\da-f]{3}$/i.test(colour) ? `#${[...colour.slice(1)].map((c) => c + c).join('')}` : colour;
}

/** The blocks of a stylesheet whose selector matches `selector`, with where each starts. */
function blocks(text: string, selector: RegExp): { body: string; offset: number }[] {
  const found: { body: string; offset: number }[] = [];
  // Interpolations (`#{$teal}`) as their variable, padded so offsets stay: their braces are not blocks.
  const clean = withoutComments(text).replace(/#\{\s*([^}]+?)\s*\}/g, (m, inner: string) => inner.padEnd(m.length));
  for (const m of clean.matchAll(/([^{};]+)\{([^{}]*)\}/g)) {
    if (selector.test(m[1]!.trim())) found.push({ body: m[2]!, offset: m.index! + m[1]!.length - m[1]!.trimStart().length });
  }
  return found;
}

function declaration(body: string, property: string): string | undefined {
  const re = new RegExp(`(?:^|[;\\s])${property.replace(/[-$]/g, '\\$&')}\\s*:\\s*([^;]+?)\\s*(?:!important\\s*)?(?:;|$)`);
  return re.exec(body)?.[1];
}

function listFiles(dir: string, test: RegExp, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), test, base) : test.test(e.name) ? [path.relative(base, path.join(dir, e.name))] : []))
    .sort();
}

/** The theme of an al-folio site (`site`: its folder; `baseurl`: Folio's, for the fonts' addresses). */
export function importStyles(site: string, baseurl = ''): StylesImport {
  const notes: StylesImport['notes'] = [];
  const sass: Sass[] = listFiles(path.join(site, '_sass'), /\.scss$/).map((f) => ({ file: `_sass/${f}`, text: fs.readFileSync(path.join(site, '_sass', f), 'utf8') }));
  const vars = sassVariables(sass);

  // ---- the theme colour, light and dark ----
  const themeColour = (selector: RegExp, fallback: string) => {
    for (const { file, text } of sass) {
      for (const block of blocks(text, selector)) {
        const written = declaration(block.body, '--global-theme-color');
        if (written === undefined) continue;
        const offset = block.offset + text.slice(block.offset).indexOf('--global-theme-color');
        return { file, line: lineOf(text, offset), written, colour: cssColour(resolve(written, vars)) };
      }
    }
    // No _themes.scss of its own: al-folio's reads these variables.
    const name = vars.has('theme-color') && fallback === 'purple-color' ? 'theme-color' : fallback;
    const at = sass.find((s) => new RegExp(`^\\s*\\$${name}\\s*:`, 'm').test(s.text));
    if (!at) return undefined;
    const offset = at.text.search(new RegExp(`^\\s*\\$${name}\\s*:`, 'm'));
    return { file: at.file, line: lineOf(at.text, offset + (at.text.slice(offset).match(/^\s*/)?.[0].length ?? 0)), written: `$${name}`, colour: cssColour(resolve(`$${name}`, vars)) };
  };
  const light = themeColour(/^:root$/, 'purple-color');
  const dark = themeColour(/(?:^|\s|,)(?:html)?\[data-theme=["']?dark["']?\]$/, 'cyan-color');
  const accent: { light?: string; dark?: string } = {};
  for (const [which, found, standard] of [['light', light, AL_FOLIO_LIGHT], ['dark', dark, AL_FOLIO_DARK]] as const) {
    if (!found) continue;
    if (!found.colour) {
      notes.push({ file: found.file, line: found.line, message: `the ${which} theme colour \`${found.written}\` is a Sass expression Folio cannot read: set \`--folio-accent\` in content/styles.css`, leftover: true });
    } else if (longHex(found.colour) !== standard) {
      accent[which] = found.colour;
      notes.push({ file: found.file, line: found.line, message: `the ${which} theme colour ${found.colour}: Folio's accent (\`--folio-accent\` in content/styles.css)`, leftover: false });
    }
  }

  // ---- fonts: @font-face rules and the files they name ----
  const fonts: StylesImport['fonts'] = [];
  const fontFiles = listFiles(path.join(site, 'assets/fonts'), FONT_FILE);
  const served = (file: string) => `${baseurl}/fonts/${file}`;
  const faces: string[] = [];
  const families = new Set<string>();
  const copied = new Set<string>();
  for (const { file, text } of sass) {
    const clean = withoutComments(text);
    for (const m of clean.matchAll(/@font-face\s*\{([^{}]*)\}/g)) {
      const line = lineOf(text, m.index!);
      const family = declaration(m[1]!, 'font-family')?.replace(/^["']|["']$/g, '');
      let missing = false;
      const body = m[1]!.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (whole, quote: string, url: string) => {
        const name = url.split(/[?#]/)[0]!.split('/').pop()!;
        const match = fontFiles.find((f) => path.basename(f) === name);
        if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) {
          missing = true;
          notes.push({ file, line, message: `font \`${family}\` comes from ${url}: Folio loads nothing from other sites; put the file in public/fonts/ and name it in content/styles.css`, leftover: true });
          return whole;
        }
        if (!match) {
          missing = true;
          notes.push({ file, line, message: `font \`${family}\`: ${url} is not in assets/fonts/; put it in public/fonts/ and add its @font-face to content/styles.css`, leftover: true });
          return whole;
        }
        if (!copied.has(match)) fonts.push({ from: `assets/fonts/${match}`, to: `public/fonts/${match}` });
        copied.add(match);
        return `url("${served(match)}")`;
      });
      if (missing || !family) continue;
      families.add(family.toLowerCase());
      const declarations = body
        .split(';')
        .map((d) => d.trim().replace(/\s+/g, ' '))
        .filter(Boolean);
      if (!declarations.some((d) => d.startsWith('font-display'))) declarations.push('font-display: swap');
      faces.push(`@font-face {\n${declarations.map((d) => `  ${d};`).join('\n')}\n}`);
      notes.push({ file, line, message: `font \`${family}\`: its files copied to public/fonts/, its @font-face in content/styles.css`, leftover: false });
    }
  }
  for (const file of fontFiles.filter((f) => !copied.has(f))) {
    fonts.push({ from: `assets/fonts/${file}`, to: `public/fonts/${file}` });
    notes.push({ file: `assets/fonts/${file}`, line: 1, message: `copied to public/fonts/${file}; no @font-face in _sass names it: add one to content/styles.css to use it`, leftover: false });
  }

  // ---- which fonts the text uses ----
  const usedFont = (selector: RegExp, variables: string[]) => {
    for (const { file, text } of sass) {
      for (const block of blocks(text, selector)) {
        const written = declaration(block.body, 'font-family');
        if (written) return { file, line: lineOf(text, block.offset), stack: resolve(written, vars) };
      }
    }
    for (const name of variables) {
      const at = sass.find((s) => new RegExp(`^\\s*\\$${name}\\s*:`, 'm').test(s.text));
      if (at) return { file: at.file, line: lineOf(at.text, at.text.search(new RegExp(`\\$${name}\\s*:`))), stack: resolve(`$${name}`, vars) };
    }
    return undefined;
  };
  const tokens: string[] = [];
  for (const [token, what, found] of [
    ['--folio-font-body', 'body text', usedFont(/^(?:html\s*,\s*)?body$/, ['font-family-base', 'font-family-sans-serif', 'base-font-family'])],
    ['--folio-font-heading', 'headings', usedFont(/^h1\s*,\s*h2\b/, ['headings-font-family', 'font-family-heading'])],
  ] as const) {
    if (!found?.stack) continue;
    const written = found.stack.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
    const first = written.toLowerCase();
    if (families.has(first)) {
      tokens.push(`  ${token}: ${found.stack};`);
      notes.push({ file: found.file, line: found.line, message: `the ${what} in ${found.stack}: \`${token}\` in content/styles.css`, leftover: false });
    } else if (!/^(serif|sans-serif|monospace|system-ui|-apple-system|inherit)$/.test(first)) {
      notes.push({ file: found.file, line: found.line, message: `the ${what} in \`${written}\`, a font the site does not bundle: Folio loads none from other sites; put its files in public/fonts/ and set \`${token}\` in content/styles.css`, leftover: true });
    }
  }

  const sections: string[] = [];
  if (faces.length) sections.push(`/* The site's own fonts (from _sass and assets/fonts/). */\n${faces.join('\n')}`);
  if (tokens.length) sections.push(`:root {\n${tokens.join('\n')}\n}`);
  // Each colour applies in its own theme only: the visitor's choice (a class on <html>), else the system's.
  if (accent.light) {
    sections.push(`/* The theme colour, light. */\n:root.light {\n  --folio-accent: ${accent.light};\n}\n@media (prefers-color-scheme: light) {\n  :root:not(.dark) {\n    --folio-accent: ${accent.light};\n  }\n}`);
  }
  if (accent.dark) {
    sections.push(`/* The theme colour, dark. */\n.dark {\n  --folio-accent: ${accent.dark};\n}\n@media (prefers-color-scheme: dark) {\n  :root:not(.light) {\n    --folio-accent: ${accent.dark};\n  }\n}`);
  }
  const css = sections.length
    ? `/*\n * Your stylesheet, loaded after Folio's on every page. Imported from the\n * al-folio site's _sass: what it changed of the theme, on Folio's design\n * tokens (README: Layout and styles).\n */\n\n${sections.join('\n\n')}\n`
    : null;
  return { css, fonts, notes };
}
