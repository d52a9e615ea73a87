import { describe, expect, it } from 'vitest';
import { FrontMatter } from './front-matter';

describe('front-matter edits', () => {
  it('replaces one value in place: comments, quoting, order and YAML 1.1 spellings stay', () => {
    const text = '---\nlayout: home # the home page\ntitle: "a: b"\nnews: yes\nprofile:\n  align: right\n---\n';
    expect(new FrontMatter(text).set('layout', 'about').toString()).toBe('---\nlayout: about # the home page\ntitle: "a: b"\nnews: yes\nprofile:\n  align: right\n---\n');
  });

  it('adds a key at the end of the block, and quotes what YAML would misread', () => {
    expect(new FrontMatter('---\ntitle: x\n---\n').set('draft', true).toString()).toBe('---\ntitle: x\ndraft: true\n---\n');
    expect(new FrontMatter('---\ntitle: x\n---\n').set('cv_format', 'a: b').toString()).toBe('---\ntitle: x\ncv_format: "a: b"\n---\n');
  });

  it('fills an empty value, and writes a block for a file without one', () => {
    expect(new FrontMatter('---\nlayout:\ntitle: x\n---\n').set('layout', 'page').toString()).toBe('---\nlayout: page\ntitle: x\n---\n');
    expect(new FrontMatter('').set('title', 'x').toString()).toBe('---\ntitle: x\n---\n');
  });

  it('replaces a list or a map with a value in flow style, what follows it kept', () => {
    const text = '---\ntitle: x\ntoc:\n  - name: A # first\n  - name: B\n    subsections:\n      - name: C\n\n_styles: >\n  .a {}\n---\n';
    expect(new FrontMatter(text).set('toc', { beginning: true }).toString()).toBe('---\ntitle: x\ntoc: {beginning: true}\n\n_styles: >\n  .a {}\n---\n');
  });
});
