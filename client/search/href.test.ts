import { describe, expect, it } from 'vitest';
import { resultHref } from './href';

const root = new URL('https://example.org/repo/');

describe('a search result leads to a page of the site, under its root', () => {
  it('puts the base path before a site path, keeping its fragment', () => {
    expect(resultHref('/blog/2024/post/', root)).toBe('https://example.org/repo/blog/2024/post/');
    expect(resultHref('/research/#lovelace1843', root)).toBe('https://example.org/repo/research/#lovelace1843');
    expect(resultHref('/über/', root)).toBe('https://example.org/repo/%C3%BCber/');
  });

  it('never makes a script or another site of a path (issue 20: `/javascript:alert(document.domain)//`)', () => {
    expect(resultHref('/javascript:alert(document.domain)//', root)).toBe('https://example.org/repo/javascript:alert(document.domain)//');
    expect(resultHref('/javascript:alert(1)', new URL('https://example.org/'))).toBe('https://example.org/javascript:alert(1)');
    for (const path of ['javascript:alert(1)', '//evil.example/', '/\\evil.example/', '/\tjavascript:alert(1)', '/../../other/', 'https://evil.example/', '']) {
      expect(resultHref(path, root), path).toBeUndefined();
    }
  });
});
