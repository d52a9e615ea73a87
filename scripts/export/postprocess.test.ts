import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { NO_PAGE } from '../../lib/routing/static-params';
import { keyText, processFiles, processPage, UnknownScriptError } from './page';
import { processExport, startPageWorkers } from './postprocess';

const THEME = "(()=>{document.documentElement.classList.add('x')})()";
const OPTIONS = { basePath: '', inlineScripts: [THEME], csp: "default-src 'self'; script-src 'self' 'sha256-abc'" };

/** A page as Next 16 exports it (its scripts and links, trimmed), with Folio's own parts. */
function nextPage({ basePath = '', extra = '' } = {}) {
  return `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<link rel="preload" href="${basePath}/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/>
<link rel="stylesheet" href="${basePath}/_next/static/chunks/site.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="${basePath}/_next/static/chunks/a.js"/>
<script src="${basePath}/_next/static/chunks/a.js" async=""></script>
<script src="${basePath}/_next/static/chunks/polyfills.js" noModule=""></script>
<script>${THEME}</script>
<title>About</title></head><body><main><h1>About</h1><p>Text &amp; more</p>
<script type="application/ld+json">{"@type":"Person","name":"A </script> B"}</script></main>
<script type="module" src="${basePath}/folio.js?v=abc" defer=""></script>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\""])</script>
${extra}</body></html>`;
}

describe('an exported page, without the framework', () => {
  it("removes Next's scripts, preloads and payload; keeps the theme script, JSON-LD, Folio's script and the stylesheet", () => {
    const html = processPage(nextPage(), 'about/index.html', OPTIONS);
    expect(html).not.toContain('/_next/static/chunks/a.js');
    expect(html).not.toContain('polyfills.js');
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
    expect(html).toContain(`<script>${THEME}</script>`);
    expect(html).toContain('<script type="application/ld+json">');
    expect(html).toContain('<script type="module" src="/folio.js?v=abc" defer=""></script>');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css"');
    expect(html).toContain('as="font"');
    expect(html).toContain('<p>Text &amp; more</p>');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('puts the Content-Security-Policy first in <head>', () => {
    const html = processPage(nextPage(), 'about/index.html', OPTIONS);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-abc'">/);
  });

  it('leaves the rest of the document as it was: the same elements, attributes and text, in the HTML standard’s spelling', () => {
    const body = [
      '<p title="a &quot;b&quot; &amp; c" class="x  y ">x &lt; y &amp; z\u00a0</p>',
      '<svg viewBox="0 0 10 10"><path d="M0 0h10"></path></svg>',
      '<math><semantics><mi>a</mi><annotation encoding="application/x-tex">a&lt;b</annotation></semantics></math>',
      '<input disabled=""><pre>code</pre><template><script src="/_next/static/chunks/b.js"></script></template>',
    ].join('');
    const html = processPage(nextPage({ extra: body }), 'index.html', OPTIONS);
    expect(html).toContain(body.replace('\u00a0', '&nbsp;'));
    // A template's content is not the page's: what is in it stays.
    expect(html).toContain('<template><script src="/_next/static/chunks/b.js"></script></template>');
  });

  it('knows Next’s assets under a base path', () => {
    const html = processPage(nextPage({ basePath: '/repo' }), 'index.html', { ...OPTIONS, basePath: '/repo' });
    expect(html).not.toContain('/repo/_next/static/chunks/a.js');
    expect(html).toContain('src="/repo/folio.js?v=abc"');
  });

  it('stops on an inline script it does not know, naming the page', () => {
    expect(() => processPage(nextPage({ extra: '<script>window.$NEW=1</script>' }), 'blog/index.html', OPTIONS)).toThrow(UnknownScriptError);
    expect(() => processPage(nextPage({ extra: '<script>window.$NEW=1</script>' }), 'blog/index.html', OPTIONS)).toThrow(/^blog\/index\.html: an inline <script> Folio's export does not know: `window\.\$NEW=1`$/);
  });

  it('stops on a script from elsewhere', () => {
    expect(() => processPage(nextPage({ extra: '<script src="https://cdn.example/x.js"></script>' }), 'a.html', OPTIONS)).toThrow(/a\.html: a <script src="https:\/\/cdn\.example\/x\.js"> that is neither Next's nor Folio's/);
  });

  it("processes a page's file to the same document as processPage, Next's scripts taken out as text first; what the text pass leaves is judged as before", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-page-'));
    const processFile = (html: string) => {
      fs.writeFileSync(path.join(dir, 'index.html'), html);
      processFiles(dir, ['index.html'], OPTIONS);
      return fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    };
    // A payload with a `<` in it is not taken out as text: the parser finds and removes it.
    const page = nextPage({ extra: '<script>self.__next_f.push([1,"<b>"])</script>' });
    expect(processFile(page)).toBe(processPage(page, 'index.html', OPTIONS));
    expect(processFile(page)).not.toContain('__next_f');
    expect(() => processFile(nextPage({ extra: '<script>window.$NEW=1</script>' }))).toThrow(UnknownScriptError);
  });

  it('a changed theme script is not the one the policy hashed: it stops the export', () => {
    expect(() => processPage(nextPage().replace(THEME, THEME.replace("'x'", "'y'")), 'a.html', OPTIONS)).toThrow(UnknownScriptError);
  });
});

describe("the export's page cache", () => {
  const withPayload = (payload: string, adjustFirst: boolean) =>
    nextPage({ extra: `<script>self.__next_f.push([1,"${payload} build-7"])</script>` }).replace(
      '<title>About</title>',
      adjustFirst ? '<meta name="next-size-adjust" content=""/><title>About</title>' : '<title>About</title><meta name="next-size-adjust" content=""/>',
    );

  it("keys a page by what its processed page depends on: not Next's payload, its size-adjust marker's place or the build's id", () => {
    expect(keyText(withPayload('a', true), 'build-7')).toBe(keyText(withPayload('b', false), 'build-7'));
    // What processPage keeps, or refuses, is in the key.
    expect(keyText(withPayload('a', true).replace('Text', 'Texts'), 'build-7')).not.toBe(keyText(withPayload('a', true), 'build-7'));
    expect(keyText(withPayload('a', true).replace(THEME, 'window.$NEW=1'), 'build-7')).not.toBe(keyText(withPayload('a', true), 'build-7'));
  });

  it('finds a page the render of another build wrote differently, and makes it again when its text changed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-page-cache-'));
    const kept = { dir: path.join(dir, 'cache'), buildId: 'build-7' };
    const entries = () => (fs.existsSync(kept.dir) ? (fs.readdirSync(kept.dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(kept.dir, f)).isFile()).length : 0);
    const exportOnce = (html: string) => {
      fs.writeFileSync(path.join(dir, 'index.html'), html);
      processFiles(dir, ['index.html'], OPTIONS, kept);
      return fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    };
    const first = exportOnce(withPayload('a', true));
    expect(entries()).toBe(1);
    expect(exportOnce(withPayload('b', false))).toBe(first);
    expect(entries()).toBe(1);
    expect(exportOnce(withPayload('a', true).replace('Text', 'Texts'))).toContain('<p>Texts &amp; more</p>');
    expect(entries()).toBe(2);
  });
});

describe('an exported site', () => {
  function site(files: Record<string, string>) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-export-'));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }
  const list = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();

  it("keeps the pages, the site's files and its CSS; drops the runtime, the RSC payload and empty routes' placeholders", async () => {
    const dir = site({
      'index.html': nextPage(),
      'index.txt': 'rsc',
      '__next._tree.txt': 'rsc',
      'about/index.html': nextPage(),
      'about/index.txt': 'rsc',
      'about/__next.$c$slug.__PAGE__.txt': 'rsc',
      [`projects/${NO_PAGE}/index.html`]: nextPage(),
      '_not-found/index.html': nextPage(),
      '404.html': nextPage(),
      'robots.txt': 'User-Agent: *',
      'assets/notes.txt': "the author's file",
      '_next/static/chunks/a.js': 'js',
      '_next/static/chunks/site.css': 'css',
      '_next/static/media/font.woff2': 'font',
      '_next/static/BUILD/_buildManifest.js': 'js',
      'folio.js': 'folio',
    });
    const report = await processExport(dir, OPTIONS);
    expect(list(dir)).toEqual(['404.html', '_next/static/chunks/site.css', '_next/static/media/font.woff2', 'about/index.html', 'assets/notes.txt', 'folio.js', 'index.html', 'robots.txt']);
    expect(report.pages).toBe(3);
    expect(fs.readFileSync(path.join(dir, '404.html'), 'utf8')).not.toContain('__next_f');
  });

  it("drops what it wrote for the routes the site does not have (a blog without posts, its feeds) and a route handler's placeholder file", async () => {
    const dir = site({
      'index.html': nextPage(),
      'blog/index.html': nextPage(),
      'blog/tags/index.html': nextPage(),
      'blog/2024/post/index.html': nextPage(),
      'feed.xml': 'Not found',
      [`img/${NO_PAGE}`]: 'Not found',
      'img/photo.640.avif': 'image',
      '404.html': nextPage(),
    });
    await processExport(dir, OPTIONS, { absent: ['/blog/', '/blog/tags/', '/news/', '/feed.xml'] });
    expect(list(dir)).toEqual(['404.html', 'blog/2024/post/index.html', 'img/photo.640.avif', 'index.html']);
  });

  it('shares a large site among worker threads (pages processed, RSC payloads removed) while this thread does the caller\'s work; a page a worker cannot place stops the export with its name', async () => {
    const files = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`blog/post-${i}/index.html`, nextPage()]));
    const payloads = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [[`blog/post-${i}/index.txt`, 'rsc'], [`blog/post-${i}/__next.blog.$d$slug.txt`, 'rsc']]).flat());
    const dir = site({ ...files, ...payloads });
    const elsewhere = site({ 'a/b.txt': 'old build' });
    let meanwhile = 0;
    const report = await processExport(dir, OPTIONS, {
      threads: 2,
      meanwhile: () => {
        meanwhile += 1;
        fs.rmSync(elsewhere, { recursive: true });
      },
    });
    expect(report.pages).toBe(120);
    // The 240 payload files are gone (the report no longer counts them: the export's copy-out does not copy them).
    expect(Object.keys(payloads).filter((name) => fs.existsSync(path.join(dir, name)))).toEqual([]);
    expect(meanwhile).toBe(1);
    expect(fs.existsSync(elsewhere)).toBe(false);
    expect(list(dir)).toEqual(Object.keys(files).sort());
    for (const name of Object.keys(files)) {
      const html = fs.readFileSync(path.join(dir, name), 'utf8');
      expect(html).not.toContain('__next_f');
      expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    }
    const broken = site({ ...files, 'blog/post-77/index.html': nextPage({ extra: '<script>window.$NEW=1</script>' }) });
    const failure = processExport(broken, OPTIONS, { threads: 2 });
    await expect(failure).rejects.toThrow(UnknownScriptError);
    await expect(failure).rejects.toThrow(/^blog\/post-77\/index\.html: an inline <script> Folio's export does not know/);
  });

  it('uses the worker threads started ahead for a large site, stops them for a small one, and stops them all when done', async () => {
    const exited = (workers: Worker[]) => workers.map((worker) => worker.threadId);
    const large = site(Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`blog/post-${i}/index.html`, nextPage()])));
    const ahead = startPageWorkers(2);
    expect(exited(ahead).every((id) => id > 0)).toBe(true);
    let reported = 0;
    for (const worker of ahead) worker.on('message', () => (reported += 1));
    expect((await processExport(large, OPTIONS, { threads: 2, workers: ahead })).pages).toBe(120);
    // Each did its share and said so; then both were stopped (a thread that ended has no id).
    expect(reported).toBe(2);
    expect(exited(ahead)).toEqual([-1, -1]);
    expect(fs.readFileSync(path.join(large, 'blog/post-5/index.html'), 'utf8')).toContain('<meta http-equiv="Content-Security-Policy"');
    const small = site({ 'index.html': nextPage() });
    const unused = startPageWorkers(2);
    expect((await processExport(small, OPTIONS, { threads: 2, workers: unused })).pages).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(exited(unused)).toEqual([-1, -1]);
    expect(fs.readFileSync(path.join(small, 'index.html'), 'utf8')).not.toContain('__next_f');
  });
});
