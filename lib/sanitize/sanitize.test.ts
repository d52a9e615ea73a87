import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { renderToStaticMarkup } from 'react-dom/server';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '@/components/mdx';
import { readContent } from '../content/load';
import { formatIssue } from '../issues';
import { makeProject, TINY_PNG } from '../content/testing';
import { renderFeedBody } from '@/components/FeedBody';
import { postHtml } from '../seo/feeds';
import { checkDocument, renderDocument } from '../mdx/pipeline';
import { markupIn, sanitizeHtml } from './sanitize';

const FRONT = '---\ntitle: Hostile\n---\n'; // the body starts on line 4

/** Every hostile case from the issue, as raw HTML in a `.md` post (al-folio's form), one per paragraph. */
const HOSTILE_MD_CASES = [
  '<script>alert("script")</script>',
  '[a Markdown link](javascript:alert(1))',
  '<img src="/x.png" alt="x" onerror="alert(\'onerror\')">',
  '<iframe srcdoc="<script>alert(\'srcdoc\')</script>"></iframe>',
  '<!-- a comment --!><script>alert("comment")</script>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<a href="javascript:alert(\'href\')">a link</a>',
  '<svg onload="alert(\'svg\')"><circle r="4"></circle></svg>',
  '<SCRIPT>alert("upper")</SCRIPT>',
  '<a href="javascript&colon;alert(\'entity\')">encoded</a>',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<style>body { display: none }</style>',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<form action="https://evil.example/"><input name="q"></form>',
  '<a href="data:text/html,<script>alert(\'data\')</script>">data</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<video src="javascript:alert(1)" poster="data:image/svg+xml,x"></video>',
  // Last: its tags are never closed, so everything after it would be inside it.
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(\'mxss\')&gt;">',
];
const HOSTILE_MD = HOSTILE_MD_CASES.join('\n\n');
/** The file line of the case that starts with `start` (the body starts on line 4; one blank line between cases). */
const lineOfCase = (start: string) => 4 + 2 * HOSTILE_MD_CASES.findIndex((c) => c.startsWith(start));

/** What al-folio content legitimately uses, which must come through untouched. */
const LEGITIMATE = [
  '<div class="row mt-3" style="color: rebeccapurple" id="keep-me"><span title="t">kept</span></div>',
  '<details open><summary>More</summary>Hidden text</details>',
  '<figure><img src="/x.png" alt="a figure" width="10" height="10"><figcaption>A caption</figcaption></figure>',
  '<video controls src="/clip.webm" poster="/x.png"></video>',
  '<audio controls src="/clip.webm"></audio>',
  '<iframe src="https://www.youtube-nocookie.com/embed/abc123" title="A talk" allowfullscreen></iframe>',
  '<iframe src="https://player.vimeo.com/video/123" title="Vimeo"></iframe>',
  '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">',
  '<a href="https://example.org" target="_blank" rel="noopener">out</a> <a href="mailto:a@b.c">mail</a> <a href="/about/">in</a>',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'Math $x^2$ and `code`.',
].join('\n\n');

async function compile(name: string, body: string, files: Record<string, string | Buffer> = {}) {
  const project = makeProject({ [`content/blog/2024-01-01-${name}`]: FRONT + body, 'public/x.png': TINY_PNG, 'public/clip.webm': 'webm', ...files });
  const { content } = readContent(project);
  const post = content!.posts[0]!;
  process.env.FOLIO_PUBLIC_DIR = project.publicDir;
  return { content: content!, post, issues: (await checkDocument(post, project.publicDir)).map(formatIssue) };
}

/** Issues in the order of the file, as the check prints them. */
const byLine = (a: string, b: string) => {
  const [, lineA, columnA] = /:(\d+):(\d+) {2}/.exec(a)!;
  const [, lineB, columnB] = /:(\d+):(\d+) {2}/.exec(b)!;
  return Number(lineA) - Number(lineB) || Number(columnA) - Number(columnB);
};

async function renderPage(post: Parameters<typeof renderDocument>[0]) {
  return renderToStaticMarkup(await renderDocument(post, mdxComponents));
}

/** Everything in rendered HTML that could run, navigate or restyle the page. */
function dangers(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }) as Root, 'element', (node: Element) => {
    // React adds <link rel="preload" as="image"> for next/image: page furniture, not content.
    const preload = node.tagName === 'link' && String(node.properties.rel) === 'preload' && node.properties.as === 'image';
    if (['script', 'style', 'meta', 'base', 'link', 'object', 'embed', 'form', 'input', 'frame', 'mglyph'].includes(node.tagName) && !preload) found.push(`<${node.tagName}>`);
    if (node.tagName === 'iframe' && !/^https:\/\/(www\.youtube-nocookie\.com\/embed|player\.vimeo\.com\/video)\//.test(String(node.properties.src))) found.push(`<iframe src=${String(node.properties.src)}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name) || name === 'srcDoc') found.push(`${node.tagName}.${name}`);
      if (/^\s*(javascript|vbscript):/i.test(String(value))) found.push(`${node.tagName}.${name}=${String(value)}`);
      if (/^\s*data:/i.test(String(value)) && !(node.tagName === 'img' && name === 'src' && /^data:image\/png/.test(String(value)))) found.push(`${node.tagName}.${name}=data:`);
    }
  });
  return found;
}

describe('hostile HTML in a post', () => {
  it('is removed from the page and from the feed entry', async () => {
    const { content, post } = await compile('hostile.md', HOSTILE_MD);
    const page = await renderPage(post);
    expect(dangers(page)).toEqual([]);
    expect(page).not.toMatch(/alert\((?!(?:'|&#x27;|&#39;)mxss)/);
    const feed = await postHtml(post, content.site.url!, renderFeedBody);
    expect(dangers(feed)).toEqual([]);
    expect(feed).not.toMatch(/alert\((?!(?:'|&#x27;|&#39;)mxss)/);
    // The text of the links stays; only their addresses go.
    expect(page).toContain('a link');
    expect(page).toContain('a Markdown link');
  });

  it('is reported by the check, each on its line, with what to use instead', async () => {
    const { issues } = await compile('hostile.md', HOSTILE_MD);
    issues.sort(byLine);
    const line = (start: string) => `content/blog/2024-01-01-hostile.md:${lineOfCase(start)}:`;
    // An attribute's removal is reported at the attribute: `line:column`.
    const at = (start: string, attribute: string) => `${line(start)}${HOSTILE_MD_CASES.find((c) => c.startsWith(start))!.indexOf(` ${attribute}=`) + 2}`;
    expect(issues).toEqual([
      expect.stringMatching(new RegExp(`^${line('<script>alert("script")')}1 {2}error: <script> is removed: content cannot run scripts {2}\\(delete it; for a diagram use a \`\`\`mermaid block`)),
      expect.stringContaining(`${line('[a Markdown link]')}1  error: the href \`javascript:alert(1)\` of <a> is removed`),
      `${at('<img src', 'onerror')}  error: the \`onerror\` attribute of <img> is removed: content cannot run scripts  (delete it)`,
      `${line('<iframe srcdoc')}1  error: <iframe> without an embeddable \`src\` is removed: only YouTube and Vimeo players may be embedded  (use <YouTube id="..."> or <Video src="..."> for a video; link to anything else)`,
      expect.stringContaining(`${line('<!-- a comment')}20  error: <script> is removed`), // after the comment closed with --!>
      expect.stringContaining(`${line('<meta')}1  error: <meta> is removed: a page's <head> comes from its front matter`),
      `${at('<a href="javascript:alert', 'href')}  error: the href \`javascript:alert('href')\` of <a> is removed: it is a \`javascript:\` address, which would run a script  (write a path of this site (/teaching/, /assets/pdf/paper.pdf), an https:// address, mailto:you@example.org or a relative path)`,
      `${at('<svg', 'onload')}  error: the \`onload\` attribute of <svg> is removed: content cannot run scripts  (delete it)`,
      expect.stringContaining(`${line('<SCRIPT>')}1  error: <script> is removed`),
      expect.stringContaining(`${at('<a href="javascript&colon;', 'href')}  error: the href \`javascript:alert('entity')\` of <a> is removed`),
      expect.stringContaining(`${line('<base')}1  error: <base> is removed`),
      expect.stringContaining(`${line('<link')}1  error: <link> is removed`),
      expect.stringContaining(`${line('<style>')}1  error: <style> is removed`),
      expect.stringContaining(`${line('<object')}1  error: <object> is removed: it can run plugins and scripts`),
      expect.stringContaining(`${line('<embed')}1  error: <embed> is removed`),
      expect.stringContaining(`${line('<form')}1  error: <form> is removed: content has no forms`),
      expect.stringContaining(`${line('<form')}38  error: <input> is removed: content has no forms`),
      expect.stringContaining(`${at('<a href="data:', 'href')}  error: the href \`data:text/html,<script>alert('data')</script>\` of <a> is removed: it is a \`data:\` address, which may hold a page or a script`),
      expect.stringContaining(`${line('<iframe src="https://evil')}1  error: <iframe> showing \`https://evil.example/\` is removed: only YouTube and Vimeo players may be embedded`),
      expect.stringContaining(`${at('<a href="vbscript', 'href')}  error: the href \`vbscript:msgbox(1)\` of <a> is removed`),
      expect.stringContaining(`${at('<video', 'src')}  error: the src \`javascript:alert(1)\` of <video> is removed`),
      expect.stringContaining(`${at('<video', 'poster')}  error: the poster \`data:image/svg+xml,x\` of <video> is removed: it is a \`data:\` address, which may hold a page or a script`),
      expect.stringContaining(`${line('<math>')}21  error: <mglyph> is not allowed, so it is removed (its text is kept)`),
      expect.stringContaining(`${line('<math>')}29  error: <style> is removed`),
    ]);
  });

  it('what al-folio content uses comes through untouched', async () => {
    const { post, issues } = await compile('fine.md', LEGITIMATE);
    expect(issues).toEqual([]);
    const page = await renderPage(post);
    for (const kept of ['class="row mt-3"', 'style="color:rebeccapurple"', 'id="keep-me"', '<details open="">', '<summary>More</summary>', '<figcaption>A caption</figcaption>', 'poster="/x.png"', '<audio controls="" src="/clip.webm">', 'src="https://www.youtube-nocookie.com/embed/abc123"', 'allowFullScreen=""', 'src="https://player.vimeo.com/video/123"', 'src="data:image/png;base64,iVBORw0KGgo="', 'target="_blank"', 'href="mailto:a@b.c"', '<table>', 'class="katex"', '<math']) {
      expect(page).toContain(kept);
    }
  });
});

describe('hostile HTML written as JSX in an .mdx post', () => {
  const HOSTILE_MDX = [
    '<img src="/x.png" alt="x" onError="alert(1)" />',
    '<a href="javascript:alert(2)">x</a>',
    '<iframe srcDoc="<script>alert(3)</script>" />',
    '<script src="https://evil.example/x.js" />',
    '<div dangerouslySetInnerHTML="x">y</div>',
    '<meta httpEquiv="refresh" content="0;url=https://evil.example/" />',
    'import x from "evil"',
  ].join('\n\n');

  it('is removed from the page and reported on its line', async () => {
    const { post, issues } = await compile('hostile.mdx', HOSTILE_MDX);
    issues.sort(byLine);
    const page = await renderPage(post);
    expect(dangers(page)).toEqual([]);
    expect(page).not.toContain('alert(');
    expect(page).not.toContain('evil.example');
    // At the attribute when an attribute is removed, else at the element.
    const line = (n: number, column = 1) => `content/blog/2024-01-01-hostile.mdx:${n}:${column}`;
    expect(issues).toEqual([
      `${line(4, 27)}  error: the \`onError\` attribute of <img> is removed: content cannot run scripts  (delete it)`,
      expect.stringContaining(`${line(6, 4)}  error: the href \`javascript:alert(2)\` of <a> is removed`),
      expect.stringContaining(`${line(8)}  error: <iframe> without an embeddable \`src\` is removed`),
      expect.stringContaining(`${line(10)}  error: <script> is removed`),
      `${line(12, 6)}  error: \`dangerouslySetInnerHTML\` on <div> is removed  (write the HTML itself in the file)`,
      expect.stringContaining(`${line(14)}  error: <meta> is removed`),
      expect.stringContaining(`${line(16)}  warning: the line \`import x from "evil"\` is removed: content cannot import or export code`),
    ]);
  });

  it('a component given a script address stops the compile, as in the build', async () => {
    const { post, issues } = await compile('figure.mdx', 'Text\n\n<Figure src="javascript:alert(1)" alt="x" />\n');
    expect(issues).toEqual([
      'content/blog/2024-01-01-figure.mdx:6:9  error: the src `javascript:alert(1)` of <Figure> is not a safe address: it is a `javascript:` address, which would run a script  (use a path of this site (a file in public/) or an https: address)',
    ]);
    await expect(renderPage(post)).rejects.toThrow(/2024-01-01-figure\.mdx:6:9 {2}error: the src `javascript:alert\(1\)` of <Figure> is not a safe address/);
  });

  it('an expression given to dangerouslySetInnerHTML gets a fix that would not crash the page', async () => {
    const { issues } = await compile('inner.mdx', '<div dangerouslySetInnerHTML={{__html: "<b>x</b>"}} />\n');
    expect(issues).toEqual([expect.stringContaining('(write the HTML itself in the file, between the tags)')]);
  });
});

describe('a style attribute (issue 20: a style in .mdx failed React at prerender)', () => {
  const STYLED = '<div style="text-align: center; font-size: 90%; --accent: #336">centred</div>\n';

  it('renders in .mdx as in .md, as the CSS it was written as', async () => {
    for (const name of ['styled.mdx', 'styled.md']) {
      const { post, issues } = await compile(name, STYLED);
      expect(issues, name).toEqual([]);
      expect(await renderPage(post), name).toContain('<div style="text-align:center;font-size:90%;--accent:#336">centred</div>');
    }
  });

  it('loses only the declarations that would run code or load from a script address, each reported on its line', async () => {
    const body = 'Text.\n\n<div style="color: red; background: url(javascript:alert(1)); width: expr\\65ssion(alert(2)); behavior: url(x.htc)">x</div>\n';
    for (const name of ['hostile-style.mdx', 'hostile-style.md']) {
      const { post, issues } = await compile(name, body);
      expect(issues, name).toEqual([
        expect.stringMatching(/:6:6 {2}error: `background` in the style of <div> is removed: it would run a script/),
        expect.stringMatching(/:6:6 {2}error: `width` in the style of <div> is removed: it would run a script/),
        expect.stringMatching(/:6:6 {2}error: `behavior` in the style of <div> is removed: `behavior` loads code/),
      ]);
      const page = await renderPage(post);
      expect(page, name).toContain('<div style="color:red">x</div>');
      expect(dangers(page), name).toEqual([]);
    }
  });
});

describe('a ```mermaid block in a .md post (issue 20: it failed to compile)', () => {
  it('compiles and renders as the diagram it does in .mdx', async () => {
    for (const name of ['diagram.md', 'diagram.mdx']) {
      const { post, issues } = await compile(name, 'Text.\n\n```mermaid\ngraph TD; A-->B;\n```\n');
      expect(issues, name).toEqual([]);
      const page = await renderPage(post);
      expect(page, name).toContain('graph TD; A--&gt;B;');
      expect(page, name).not.toContain('<code class="language-mermaid"');
    }
  });
});

describe('an attribute written twice, in any case (the browser reads the first)', () => {
  /** Each case on its own line (4, 6, 8, ...): a repeated name in another case, and single names in capitals. */
  const CASES = [
    '<a HREF="javascript:alert(1)" href="/about/">first wins</a>',
    '<iframe SRC="javascript:parent.alert(document.domain)" src="https://www.youtube-nocookie.com/embed/abc123"></iframe>',
    '<img SRC="javascript:alert(3)" src="/x.png" alt="repeated" />',
    '<video POSTER="javascript:alert(4)" poster="/x.png" src="/clip.webm"></video>',
    '<a HREF="javascript:alert(5)">capitals</a>',
    '<a href="/about/" HREF="/blog/">same twice</a>',
    '<img SRC="/x.png" ALT="kept in capitals" />',
  ];
  const lineOf = (start: string) => 4 + 2 * CASES.findIndex((c) => c.startsWith(start));
  /** `file:line:col` of the attribute written as `written` in the case that starts with `start`. */
  const place = (file: string, start: string, written: string) => `content/blog/2024-01-01-${file}:${lineOf(start)}:${CASES.find((c) => c.startsWith(start))!.indexOf(` ${written}=`) + 2}`;
  const repeat = (first: string, second: string, tag: string) =>
    `error: the attribute \`${second.toLowerCase()}\` is written twice on <${tag}> (\`${first}\`, then \`${second}\`): a browser reads only the first, so the second is removed  (write each attribute once (a browser reads a name the same in any case))`;

  for (const format of ['mdx', 'md'] as const) {
    it(`in .${format}: the first is the one judged, the repeat is an error on its line, and nothing runs`, async () => {
      const file = `twice.${format}`;
      const { post, issues } = await compile(file, CASES.join('\n\n'));
      issues.sort(byLine);
      // HTML in a .md body is parsed as a browser parses it: names in lower case.
      const name = (written: string) => (format === 'md' ? written.toLowerCase() : written);
      expect(issues).toEqual([
        `${place(file, '<a HREF="javascript:alert(1)', 'HREF')}  error: the ${name('HREF')} \`javascript:alert(1)\` of <a> is removed: it is a \`javascript:\` address, which would run a script  (write a path of this site (/teaching/, /assets/pdf/paper.pdf), an https:// address, mailto:you@example.org or a relative path)`,
        `${place(file, '<a HREF="javascript:alert(1)', 'href')}  ${repeat('HREF', 'href', 'a')}`,
        expect.stringContaining(`:${lineOf('<iframe')}:1  error: <iframe> showing \`javascript:parent.alert(document.domain)\` is removed`),
        `${place(file, '<iframe', 'src')}  ${repeat('SRC', 'src', 'iframe')}`,
        `${place(file, '<img SRC="javascript', 'SRC')}  error: the ${name('SRC')} \`javascript:alert(3)\` of <img> is removed: it is a \`javascript:\` address, which would run a script  (write a path of this site (/teaching/, /assets/pdf/paper.pdf), an https:// address or a relative path)`,
        `${place(file, '<img SRC="javascript', 'src')}  ${repeat('SRC', 'src', 'img')}`,
        `${place(file, '<video', 'POSTER')}  error: the ${name('POSTER')} \`javascript:alert(4)\` of <video> is removed: it is a \`javascript:\` address, which would run a script  (write a path of this site (/teaching/, /assets/pdf/paper.pdf), an https:// address or a relative path)`,
        `${place(file, '<video', 'poster')}  ${repeat('POSTER', 'poster', 'video')}`,
        `${place(file, '<a HREF="javascript:alert(5)', 'HREF')}  error: the ${name('HREF')} \`javascript:alert(5)\` of <a> is removed: it is a \`javascript:\` address, which would run a script  (write a path of this site (/teaching/, /assets/pdf/paper.pdf), an https:// address, mailto:you@example.org or a relative path)`,
        `${place(file, '<a href="/about/" HREF', 'HREF')}  ${repeat('href', 'HREF', 'a')}`,
      ]);
      const page = await renderPage(post);
      expect(dangers(page)).toEqual([]);
      expect(page).not.toMatch(/javascript|alert\(/i);
      // Each element keeps one of each attribute, the first as written, in lower case.
      expect(page).toContain('<a href="/about/">same twice</a>');
      expect(page).not.toContain('/blog/');
      expect(page).toMatch(/<img [^>]*alt="kept in capitals"/);
      expect(page).toMatch(/<img [^>]*src="\/x\.png"[^>]*alt="kept in capitals"|<img [^>]*alt="kept in capitals"[^>]*src="\/x\.png"/);
      expect(page).not.toMatch(/ (HREF|SRC|ALT|POSTER)=/);
    });
  }

  it('in front-matter HTML: the first is kept and the repeat reported', () => {
    const removed: string[] = [];
    expect(sanitizeHtml('<a HREF="javascript:x()" href="/about/">z</a> <a href="/a/" Href="/b/">y</a>', (r) => removed.push(r.message))).toBe('<a>z</a> <a href="/a/">y</a>');
    expect(removed).toEqual([
      'the href `javascript:x()` of <a> is removed: it is a `javascript:` address, which would run a script',
      'the attribute `href` is written twice on <a> (`HREF`, then `href`): a browser reads only the first, so the second is removed',
      'the attribute `href` is written twice on <a> (`href`, then `Href`): a browser reads only the first, so the second is removed',
    ]);
  });
});

describe('an embedded player', () => {
  it('is kept at its prefix, a video id and options', () => {
    for (const src of [
      'https://www.youtube.com/embed/jNQXAC9IVRw?start=30&rel=0',
      'https://www.youtube-nocookie.com/embed/videoseries?list=PL123',
      'https://player.vimeo.com/video/123456?h=abc#t=1m',
    ]) {
      expect(sanitizeHtml(`<iframe src="${src.replace(/&/g, '&amp;')}" title="t"></iframe>`), src).toBe(`<iframe src="${src.replace(/&/g, '&amp;')}" title="t"></iframe>`);
    }
  });

  it('that a browser would resolve to another page of the host is removed, and said why', () => {
    for (const src of [
      'https://www.youtube.com/embed/../../x',
      'https://www.youtube-nocookie.com/embed/%2e%2e/%2e%2e/watch',
      'https://www.youtube.com/embed/abc/../../../logout',
      'https://player.vimeo.com/video/1\\..\\..\\x',
      'https://www.youtube.com/embed/.&Tab;./x',
      'https://www.youtube.com/embed/',
    ]) {
      const removed: string[] = [];
      expect(sanitizeHtml(`<iframe src="${src}"></iframe>`, (r) => removed.push(r.message)), src).toBe('');
      const player = src.startsWith('https://player.vimeo.com/') ? "a Vimeo player's address is https://player.vimeo.com/video/" : /^https:\/\/www\.youtube\.com/.test(src) ? "a YouTube player's address is https://www.youtube.com/embed/" : "a YouTube player's address is https://www.youtube-nocookie.com/embed/";
      expect(removed, src).toEqual([`<iframe> showing \`${src.replace('&Tab;', '\t')}\` is removed: ${player}, a video's id, then options (\`?start=30\`)`]);
    }
  });
});

describe('sanitizeHtml, for HTML fragments', () => {
  it('keeps simple markup and removes what runs, reporting each removal', () => {
    const removed: string[] = [];
    const html = sanitizeHtml('<strong>Jane</strong> <a href="javascript:x()" onclick="y()">z</a><script>w()</script>', (r) => removed.push(r.message));
    expect(html).toBe('<strong>Jane</strong> <a>z</a>');
    expect(removed).toEqual([
      'the href `javascript:x()` of <a> is removed: it is a `javascript:` address, which would run a script',
      'the `onclick` attribute of <a> is removed: content cannot run scripts',
      '<script> is removed: content cannot run scripts',
    ]);
  });
});

describe('markupIn, for fields shown as text', () => {
  it('finds the first tag or comment an HTML parser would read, and nothing in plain text', () => {
    expect(['a < b & c', 'Q&amp;A', '1<2', 'x <3 y', '->'].map(markupIn)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(['<em>x</em>', 'x </b>', 'a <!-- c -->', '<script>alert(1)</script>', '<IMG SRC=x onerror=y>'].map(markupIn)).toEqual(['<em>', '</b>', '<!--', '<script>', '<img>']);
  });
});
