import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importStyles } from './styles';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

describe("an al-folio site's theme from _sass", () => {
  it('v1-gem: its own --global-theme-color, light and dark, from _themes.scss', () => {
    const theme = importStyles(path.join(FIXTURES, 'v1-gem'));
    expect(theme.css).toContain(':root.light {\n  --folio-accent: #b45309;\n}\n@media (prefers-color-scheme: light) {\n  :root:not(.dark) {\n    --folio-accent: #b45309;\n  }\n}');
    expect(theme.css).toContain('.dark {\n  --folio-accent: #f59e0b;\n}\n@media (prefers-color-scheme: dark) {\n  :root:not(.light) {\n    --folio-accent: #f59e0b;\n  }\n}');
    expect(theme.notes).toContainEqual({ file: '_sass/_themes.scss', line: 9, message: "the light theme colour #b45309: Folio's accent (`--folio-accent` in content/styles.css)", leftover: false });
    expect(theme.fonts).toEqual([]);
  });

  it("v0-2021: a changed $purple-color is the light accent; al-folio's own cyan stays Folio's dark accent; a font whose file is missing is a leftover", () => {
    const theme = importStyles(path.join(FIXTURES, 'v0-2021'));
    expect(theme.css).toContain('--folio-accent: #0f766e;');
    expect(theme.css).not.toContain('.dark {');
    expect(theme.css).not.toContain('@font-face');
    expect(theme.notes).toEqual(
      expect.arrayContaining([
        { file: '_sass/_variables.scss', line: 25, message: "the light theme colour #0f766e: Folio's accent (`--folio-accent` in content/styles.css)", leftover: false },
        expect.objectContaining({ file: '_sass/_fonts.scss', line: 2, leftover: true, message: expect.stringContaining('../fonts/Lora-Regular.woff2 is not in assets/fonts/') }),
        expect.objectContaining({ file: '_sass/_variables.scss', line: 8, leftover: true, message: expect.stringContaining('`Lora`, a font the site does not bundle') }),
      ]),
    );
  });

  it("a site that kept al-folio's theme gets no stylesheet", () => {
    expect(importStyles(path.join(FIXTURES, 'starter'))).toEqual({ css: null, fonts: [], notes: [] });
  });

  it('fonts: each @font-face with its files, served under the base path; the body text in it', () => {
    const theme = importStyles(path.join(FIXTURES, 'theme-nav'), '/lab');
    expect(theme.fonts).toEqual([
      { from: 'assets/fonts/Junicode.woff2', to: 'public/fonts/Junicode.woff2' },
      { from: 'assets/fonts/Junicode-Italic.woff2', to: 'public/fonts/Junicode-Italic.woff2' },
    ]);
    expect(theme.css).toContain('@font-face {\n  font-family: "Junicode";\n  src: url("/lab/fonts/Junicode.woff2") format("woff2");\n  font-weight: 400;\n  font-style: normal;\n  font-display: swap;\n}');
    expect(theme.css).toContain(':root {\n  --folio-font-body: "Junicode", Georgia, serif;\n}');
  });
});
