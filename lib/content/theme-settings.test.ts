import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../issues';
import { readContent } from './load';
import { siteStylesheet } from './stylesheet';
import { accentContrast, PAGE_BACKGROUND } from './theme-settings';
import { makeProject, MINIMAL_SITE } from './testing';

/** site.yml with `theme:` (the minimal site's three lines come first, so the block starts on line 4). */
function load(theme: string, files: Record<string, string> = {}) {
  const { content, log } = readContent(makeProject({ 'content/site.yml': `${MINIMAL_SITE}${theme}`, ...files }));
  return { content, issues: log.issues.map(formatIssue) };
}

describe('theme.accent', () => {
  it('a colour for each theme, read as CSS Color 4 reads it', () => {
    const { content, issues } = load('theme:\n  accent:\n    light: "#7a1f5c"\n    dark: "oklch(80% 0.1 350)"\n');
    expect(issues).toEqual([]);
    expect(content!.site.theme.accent).toEqual({ light: '#7a1f5c', dark: 'oklch(80% 0.1 350)' });
  });

  it('one colour sets both themes, and is checked against each', () => {
    const { content, issues } = load('theme:\n  accent: darkred\n');
    expect(content!.site.theme.accent.light).toBe(content!.site.theme.accent.dark);
    expect(issues).toEqual([expect.stringMatching(/^content\/site\.yml:5:\d+ +warning: `theme\.accent` has a contrast of 1\.\d\d:1 on the dark theme's page \(#111214\).*below WCAG AA's 4\.5:1/)]);
  });

  it('is not a colour: an error on its line', () => {
    const { content, issues } = load('theme:\n  accent:\n    light: "#7a1f5"\n    dark: blurple\n');
    expect(content).toBeNull();
    expect(issues).toEqual([
      expect.stringMatching(/^content\/site\.yml:6:\d+ +error: `theme\.accent\.light`: `#7a1f5` is not a colour.*write a CSS colour/),
      expect.stringMatching(/^content\/site\.yml:7:\d+ +error: `theme\.accent\.dark`: `blurple` is not a colour/),
    ]);
  });

  it('a see-through colour is an error', () => {
    expect(load('theme:\n  accent: "rgb(0 0 0 / 50%)"\n').issues).toEqual([expect.stringMatching(/^content\/site\.yml:5:\d+ +error: `theme\.accent`: .* is see-through/)]);
  });

  it('warns, with its line, below 4.5:1 on the theme\'s own page', () => {
    const { content, issues } = load('theme:\n  accent:\n    light: "#e0a0c0"\n    dark: "#3a0a2a"\n');
    expect(content).not.toBeNull();
    expect(issues).toEqual([
      expect.stringMatching(/^content\/site\.yml:6:\d+ +warning: `theme\.accent\.light` has a contrast of 2\.11:1 on the light theme's page \(#ffffff\).*choose a darker colour/),
      expect.stringMatching(/^content\/site\.yml:7:\d+ +warning: `theme\.accent\.dark` has a contrast of 1\.\d\d:1 on the dark theme's page \(#111214\).*choose a lighter colour/),
    ]);
  });

  it('no warning at 4.5:1 and over', () => {
    expect(accentContrast('#0b5cad', 'light')).toBeGreaterThan(4.5);
    expect(load('theme:\n  accent:\n    light: "#0b5cad"\n    dark: "#7db9f5"\n').issues).toEqual([]);
  });

  it('reads against the page backgrounds app/globals.css sets', () => {
    const css = fs.readFileSync(path.join(import.meta.dirname, '../../app/globals.css'), 'utf8');
    const pages = [...css.matchAll(/--folio-page: (#[0-9a-f]{6});/g)].map((m) => m[1]).slice(0, 2);
    expect(pages).toEqual([PAGE_BACKGROUND.light, PAGE_BACKGROUND.dark]);
  });
});

describe('theme.fonts', () => {
  it('a bundled font for headings and body text', () => {
    const { content, issues } = load('theme:\n  fonts:\n    heading: system-sans\n    body: source-serif-4\n');
    expect(issues).toEqual([]);
    const { css } = siteStylesheet(content!.site, undefined);
    expect(css).toContain("--folio-font-heading: system-ui, -apple-system, 'Segoe UI'");
    expect(css).toContain("--folio-font-body: var(--font-serif-text), Georgia, Cambria, 'Times New Roman', serif;");
  });

  it('a font Folio does not bundle is an error with the choices', () => {
    expect(load('theme:\n  fonts:\n    heading: Comic Sans\n').issues).toEqual([
      expect.stringMatching(/^content\/site\.yml:6:\d+ +error: `theme\.fonts\.heading`: `Comic Sans` is not a font Folio bundles.*source-serif-4, system-sans, system-serif/),
    ]);
  });

  it('the author\'s own files in public/fonts/ make @font-face rules, relative to the stylesheet', () => {
    const theme = 'theme:\n  fonts:\n    body:\n      family: Junicode\n      files:\n        - Junicode-Regular.woff2\n        - {file: Junicode-BoldItalic.woff2, weight: 700, style: italic}\n      fallback: serif\n';
    const { content, issues } = load(theme, { 'public/fonts/Junicode-Regular.woff2': 'w', 'public/fonts/Junicode-BoldItalic.woff2': 'w' });
    expect(issues).toEqual([]);
    const { css } = siteStylesheet(content!.site, undefined);
    expect(css).toContain('@font-face {\n  font-family: "Junicode";\n  src: url("fonts/Junicode-Regular.woff2") format("woff2");\n  font-weight: 400;\n  font-style: normal;\n  font-display: swap;\n}');
    expect(css).toContain('src: url("fonts/Junicode-BoldItalic.woff2") format("woff2");\n  font-weight: 700;\n  font-style: italic;');
    expect(css).toContain('--folio-font-body: "Junicode", Georgia, Cambria');
  });

  it('a missing font file is an error on its line', () => {
    const theme = 'theme:\n  fonts:\n    heading:\n      family: Junicode\n      files:\n        - Junicode-Regular.woff2\n        - Junicode-Bold.woff2\n';
    const { content, issues } = load(theme, { 'public/fonts/Junicode-Regular.woff2': 'w' });
    expect(content).not.toBeNull();
    expect(issues).toEqual([expect.stringMatching(/^content\/site\.yml:10:\d+ +error: the font file `Junicode-Bold\.woff2` is not in public\/fonts\/.*save it as public\/fonts\/Junicode-Bold\.woff2/)]);
  });

  it('refuses what is not a font file, a weight or a style, and a family name that is not one', () => {
    const theme = 'theme:\n  fonts:\n    heading:\n      family: Junicode\n      files:\n        - ../secret.woff2\n        - {file: J.woff2, weight: heavy}\n        - {file: J.woff2, style: oblique}\n    body:\n      family: "x; } body {"\n      files: [J.woff2]\n';
    expect(load(theme).issues).toEqual([
      expect.stringMatching(/^content\/site\.yml:9:\d+ +error: `theme\.fonts\.heading\.files\.0`: `\.\.\/secret\.woff2` is not a font file/),
      expect.stringMatching(/^content\/site\.yml:10:\d+ +error: `theme\.fonts\.heading\.files\.1`: `weight: heavy` is not a font weight/),
      expect.stringMatching(/^content\/site\.yml:11:\d+ +error: `theme\.fonts\.heading\.files\.2`: `style: oblique` is not a font style/),
      expect.stringMatching(/^content\/site\.yml:13:\d+ +error: `theme\.fonts\.body\.family`: `family: x; } body \{` is not a font's name/),
    ]);
  });
});

describe('theme.portrait', () => {
  it('sets --folio-portrait', () => {
    const { content, issues } = load('theme:\n  portrait: 12rem\n');
    expect(issues).toEqual([]);
    expect(siteStylesheet(content!.site, undefined).css).toContain('--folio-portrait: 12rem;');
  });

  it('too small, too wide or not a width: an error on its line', () => {
    expect(load('theme:\n  portrait: 40px\n').issues).toEqual([expect.stringMatching(/^content\/site\.yml:5:\d+ +error: `theme\.portrait`: portrait `40px` is too small to recognise a face.*from 96px to 320px/)]);
    expect(load('theme:\n  portrait: 30rem\n').issues).toEqual([expect.stringMatching(/^content\/site\.yml:5:\d+ +error: `theme\.portrait`: portrait `30rem` is wider than the side column/)]);
    expect(load('theme:\n  portrait: large\n').issues).toEqual([expect.stringMatching(/^content\/site\.yml:5:\d+ +error: `theme\.portrait`: portrait `large` is not a width/)]);
  });
});

describe('the theme block', () => {
  it('a key it does not have is a warning on its line', () => {
    expect(load('theme:\n  acent: "#7a1f5c"\n').issues).toEqual([expect.stringMatching(/^content\/site\.yml:5:\d+ +warning: `theme\.acent` is not a theme setting/)]);
  });

  it('Jekyll\'s `theme: <gem>` (al-folio v1\'s al_folio_core) is a warning, and nothing else', () => {
    const { content, issues } = load('theme: al_folio_core\n');
    expect(issues).toEqual([expect.stringMatching(/^content\/site\.yml:4:1 +warning: `theme: al_folio_core` names a Jekyll theme/)]);
    expect(siteStylesheet(content!.site, undefined).css).toBe('');
  });

  it('without it, and without styles.css, the site has no stylesheet of its own', () => {
    const { content } = load('');
    expect(siteStylesheet(content!.site, content!.styles).css).toBe('');
  });

  it('max_width and the theme make one stylesheet; each accent only where its theme is on', () => {
    const { content } = load('max_width: 930px\ntheme:\n  accent:\n    light: "#7a1f5c"\n    dark: "#f0a6d0"\n');
    const { css, version } = siteStylesheet(content!.site, 'h1 { color: red; }\n');
    expect(css).toContain(':root {\n  --folio-width: 930px;\n}');
    expect(css).toContain('@media screen {\n  :root.light {\n    --folio-accent: #7a1f5c;\n  }\n}\n@media screen and (prefers-color-scheme: light) {\n  :root:not(.dark) {\n    --folio-accent: #7a1f5c;\n  }\n}');
    expect(css).toContain('@media screen {\n  :root.dark {\n    --folio-accent: #f0a6d0;\n  }\n}\n@media screen and (prefers-color-scheme: dark) {\n  :root:not(.light) {\n    --folio-accent: #f0a6d0;\n  }\n}');
    expect(css.endsWith('/* content/styles.css */\nh1 { color: red; }\n')).toBe(true);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
  });
});
