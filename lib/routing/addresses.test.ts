import { describe, expect, it } from 'vitest';
import { judgeAddress, judgePermalink, judgeSegment, type AddressKind } from './addresses';

const LINK: AddressKind[] = ['site', 'web', 'mailto', 'tel', 'relative', 'fragment'];
const refused = (value: string, accept: AddressKind[] = LINK) => {
  const verdict = judgeAddress(value, accept);
  return verdict.ok ? undefined : verdict.message;
};

describe('the one address gate', () => {
  it('lets through a path of the site, an http(s) or mailto address, and what each writer accepts besides', () => {
    expect(judgeAddress('/teaching/', ['site'])).toEqual({ ok: true, kind: 'site' });
    expect(judgeAddress('/assets/pdf/my%20cv.pdf#page=2', ['site'])).toEqual({ ok: true, kind: 'site' });
    expect(judgeAddress('https://example.org/a?b=1', ['web'])).toEqual({ ok: true, kind: 'web' });
    expect(judgeAddress('HTTP://example.org', ['web'])).toEqual({ ok: true, kind: 'web' });
    expect(judgeAddress('mailto:ada@example.org', LINK)).toEqual({ ok: true, kind: 'mailto' });
    expect(judgeAddress('tel:+39 02 1234', LINK)).toEqual({ ok: true, kind: 'tel' });
    expect(judgeAddress('#results', LINK)).toEqual({ ok: true, kind: 'fragment' });
    expect(judgeAddress('../notes/', LINK)).toEqual({ ok: true, kind: 'relative' });
    expect(judgeAddress('data:image/png;base64,iVBOR', ['site', 'data-image'])).toEqual({ ok: true, kind: 'data-image' });
  });

  it('refuses a script address however it is written: entities, %-escapes, case, tabs, newlines, leading controls', () => {
    for (const value of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' \u0001javascript:alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;avascript&colon;alert(1)',
      'vbscript:msgbox(1)',
      'javascript%3Aalert(1)',
      'java%0ascript:alert(1)',
    ]) {
      expect(refused(value), value).toMatch(/is a `(javascript|vbscript):` address, which would run a script$/);
    }
    expect(refused('java\tscript:alert(1)')).toBe('`java\\tscript:alert(1)` holds an invisible or control character, which a browser reads differently than it shows');
    expect(refused('java&#x0A;script:alert(1)')).toMatch(/holds an invisible or control character/);
    expect(refused('/about/\u202E')).toMatch(/holds an invisible or control character/);
  });

  it('refuses data: (but images where accepted), other schemes, another host behind //, and what a writer does not accept', () => {
    expect(refused('data:text/html,<script>x</script>')).toBe('`data:text/html,<script>x</script>` is a `data:` address, which may hold a page or a script');
    expect(refused('data:image/svg+xml,<svg/onload=x>', ['site', 'data-image'])).toMatch(/is a `data:` address that is not a PNG, JPEG, GIF, WebP or AVIF image/);
    expect(refused('file:///etc/passwd')).toBe('`file:///etc/passwd` is a `file:` address, which Folio does not link to');
    expect(refused('//evil.example/')).toBe('`//evil.example/` starts with `//`, which a browser reads as the address of another site');
    expect(refused('/\\evil.example/')).toMatch(/starts with `\/\/`/);
    expect(refused('/%2F%2Fevil.example/')).toMatch(/starts with `\/\/`/);
    expect(refused('https:///path')).toMatch(/has no host/);
    expect(refused('https://example.org/a b')).toMatch(/holds a space/);
    expect(refused('mailto:a@b.c', ['site', 'web'])).toMatch(/is a `mailto:` address, which does not fit here/);
    expect(refused('notes/', ['site', 'web'])).toBe("`notes/` is not a path from the site's root");
    expect(refused('https://example.org/', ['site'])).toBe('`https://example.org/` is an address elsewhere, and only a path of this site fits here');
  });

  it('refuses a site path that would leave the path it names, once decoded', () => {
    expect(refused('/%2e%2e/%2e%2e/etc/', ['site'])).toBe("`/%2e%2e/%2e%2e/etc/` holds a `.` or `..` part, which leads out of the path it names");
    expect(refused('/a/./b/', ['site'])).toMatch(/holds a `\.` or `\.\.` part/);
    expect(refused('/a%5Cb/', ['site'])).toMatch(/holds a backslash/);
    expect(refused('/a//b/', ['site'])).toMatch(/holds an empty part/);
    expect(refused('/a%00b/', ['site'])).toMatch(/holds a control character once its %-escapes are decoded/);
  });

  it('says how to write an address the writer accepts', () => {
    const verdict = judgeAddress('javascript:alert(1)', ['site', 'web'], 'redirect');
    expect(verdict).toEqual({
      ok: false,
      message: 'redirect `javascript:alert(1)` is a `javascript:` address, which would run a script',
      problem: 'is a `javascript:` address, which would run a script',
      fix: 'write a path of this site (/teaching/, /assets/pdf/paper.pdf) or an https:// address',
    });
  });
});

describe('a permalink', () => {
  it('is a path of the site whose every part can name a folder', () => {
    for (const value of ['/', '/teaching/', '/über/', '/a/b-c_d.e/', '/100%25/']) expect(judgePermalink(value), value).toBeUndefined();
  });

  it('refuses what the search dialog, the build or the export would misread (issue 20)', () => {
    expect(judgePermalink('/javascript:alert(document.domain)//')?.message).toBe('permalink `/javascript:alert(document.domain)//` holds an empty part (`//`)');
    expect(judgePermalink('/javascript:alert(1)/')?.message).toBe('permalink `/javascript:alert(1)/` holds a `:`');
    expect(judgePermalink('/:title/')?.message).toBe('permalink `/:title/` holds a `:` (Folio does not fill in Jekyll placeholders such as `:title`)');
    expect(judgePermalink('/%2e%2e/%2e%2e/etc/')?.message).toBe('permalink `/%2e%2e/%2e%2e/etc/` holds a `.` or `..` part, which leads out of the path it names');
    expect(judgePermalink('/./')?.message).toMatch(/holds a `\.` or `\.\.` part/);
    expect(judgePermalink('/a%2Fb/')?.message).toBe('permalink `/a%2Fb/` holds an escaped slash (%2F)');
    expect(judgePermalink('/100%/')?.message).toBe('permalink `/100%/` holds a `%` that starts no %-escape');
    expect(judgePermalink('/a b/')?.message).toBe('permalink `/a b/` holds a space, `?` or `#`');
    expect(judgePermalink('teaching/')?.message).toBe("permalink `teaching/` is not a path from the site's root");
    expect(judgePermalink(`/${'a'.repeat(201)}/`)?.message).toMatch(/^permalink `\/a{56}\.\.\.`: a part of the permalink `a{40}\.\.\.` is 201 bytes long: a part of an address may have 200 at most/);
  });
});

describe('a part of a path Folio makes (a post\'s file name, a tag)', () => {
  it('names a folder', () => {
    expect(judgeSegment('blending-prompts', 'the slug')).toBeUndefined();
    expect(judgeSegment('拡散', 'the tag')).toBeUndefined();
    expect(judgeSegment('.', 'the slug')).toEqual({ message: 'the slug `.` is not a name a page can have: `.` in an address means this folder', fix: 'use a word' });
    expect(judgeSegment('..', 'the slug')?.message).toMatch(/means the folder above/);
    expect(judgeSegment('拡'.repeat(67), 'the tag')?.message).toMatch(/is 201 bytes long/);
  });
});
