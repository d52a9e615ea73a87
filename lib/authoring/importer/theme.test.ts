import { describe, expect, it } from 'vitest';
import { themeFindings } from './theme';

describe("the look an author gave their al-folio site", () => {
  it("finds colours of their own, and none where al-folio's own values stand", () => {
    const themes = [
      ':root {',
      '  --global-theme-color: #{$purple-color};',
      '  --global-hover-color: #{$purple-color};',
      '}',
      "html[data-theme='dark'] {",
      '  --global-theme-color: #2c4a6e !important; // ours',
      '  --global-hover-color: var(--global-theme-color);',
      '}',
    ].join('\n');
    expect(themeFindings(themes)).toEqual([{ line: 6, text: '--global-theme-color: #2c4a6e', kind: 'colour' }]);
    const variables = '$cyan-color:          #2698BA !default;\n$purple-color: #B509AC !default;\n$theme-color: $purple-color;\n$purple-color: #0f766e !default;\n$theme-color: $cyan-color;\n';
    expect(themeFindings(variables)).toEqual([
      { line: 4, text: '$purple-color: #0f766e', kind: 'colour' },
      { line: 5, text: '$theme-color: $cyan-color', kind: 'colour' },
    ]);
  });

  it('finds fonts of their own (a @font-face, a font variable, Google Fonts), icon fonts aside', () => {
    const css = [
      '@import url("https://fonts.googleapis.com/css2?family=Source+Serif+4:wght@400;700&display=swap");',
      '@font-face {',
      '  font-family: "Lora";',
      '  src: url("../fonts/Lora-Regular.woff2") format("woff2");',
      '}',
      "@font-face { font-family: 'Font Awesome 6 Free'; src: url(fa.woff2); }",
      '@font-face { font-family: Inter; src: url(inter.woff2); }',
      '$font-family-base: "Lora", Georgia, serif;',
      'body { font-family: Georgia; }',
    ].join('\n');
    expect(themeFindings(css)).toEqual([
      { line: 1, text: 'Google Fonts "Source Serif 4"', kind: 'font' },
      { line: 2, text: '@font-face "Lora"', kind: 'font' },
      { line: 7, text: '@font-face "Inter"', kind: 'font' },
      { line: 8, text: '$font-family-base: "Lora", Georgia, serif', kind: 'font' },
    ]);
  });
});
