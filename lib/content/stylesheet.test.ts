import { describe, expect, it } from 'vitest';
import { formatIssue } from '../issues';
import { readContent } from './load';
import { makeProject } from './testing';

function load(css: string) {
  const { content, log } = readContent(makeProject({ 'content/styles.css': css }));
  return { content, issues: log.issues.map(formatIssue) };
}

describe('content/styles.css', () => {
  it('is read, and given to every page after the theme', () => {
    const { content, issues } = load(':root {\n  --folio-accent: #7a1f5c;\n}\n');
    expect(issues).toEqual([]);
    expect(content!.styles).toBe(':root {\n  --folio-accent: #7a1f5c;\n}\n');
  });

  it('is optional', () => {
    const { content, log } = readContent(makeProject({}));
    expect(log.issues).toEqual([]);
    expect(content!.styles).toBeUndefined();
  });

  it.each([
    ['an unclosed rule', 'h1 {\n  color: red;\n', /^content\/styles\.css:1:1 +error: not valid CSS: Unclosed block +\(close the rule with `}`\)$/],
    ['an extra brace', 'h1 { color: red; }\n}\n', /^content\/styles\.css:2:1 +error: not valid CSS: Unexpected } +\(remove the extra `}`/],
    ['an unclosed string', 'h1 {\n  font-family: "Junicode;\n}\n', /^content\/styles\.css:2:16 +error: not valid CSS: Unclosed string +\(close the quoted text/],
    ['a missing colon', 'h1 {\n  color red;\n}\n', /^content\/styles\.css:2:3 +error: not valid CSS: Unknown word .*\(a declaration is `property: value;`/],
    ['a missing semicolon', 'h1 {\n  color: red\n  background: blue;\n}\n', /^content\/styles\.css:2:\d+ +error: not valid CSS: Missed semicolon +\(end the declaration before it with `;`\)$/],
    ['an unclosed comment', '/* a note\nh1 { color: red; }\n', /^content\/styles\.css:1:1 +error: not valid CSS: Unclosed comment +\(close the comment with `\*\/`\)$/],
  ])('%s is an error with its line and column, an error stops the build', (_, css, message) => {
    const { content, issues } = load(css);
    expect(issues).toEqual([expect.stringMatching(message)]);
    expect(content!.styles).toBeUndefined();
  });

  it('warns, on its line, about files from other sites, which the Content-Security-Policy blocks', () => {
    const { content, issues } = load('@import url("https://fonts.example.com/css?family=X");\nh1 {\n  font-family: X;\n  background: url(//cdn.example.com/bg.png);\n}\n@font-face { font-family: Y; src: url("/fonts/Y.woff2"); }\n');
    expect(content).not.toBeNull();
    expect(issues).toEqual([
      expect.stringMatching(/^content\/styles\.css:1:1 +warning: `@import url\("https:\/\/fonts\.example\.com.*Content-Security-Policy blocks it/),
      expect.stringMatching(/^content\/styles\.css:4:3 +warning: `background` loads a file from another site/),
    ]);
  });
});
