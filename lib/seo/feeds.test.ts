import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderFeedBody } from '@/components/FeedBody';
import { atomFeed, jsonFeed, rssFeed } from './feeds';
import { readContent } from '../content/load';
import { makeProject, MINIMAL_SITE, TINY_PNG } from '../content/testing';
import type { Content } from '../content';

const TRICKY_TITLE = 'Less < more & "quotes" ]]> end';
/** The title as the post's page shows it: the typographer's quotes (lib/text/typography.ts). */
const TRICKY_SHOWN = 'Less < more & “quotes” ]]> end';

const POSTS = {
  'content/blog/2024-03-01-tricky.mdx': `---
title: '${TRICKY_TITLE.replace(/'/g, "''")}'
description: A short description, 1 < 2 & more
tags: [café au lait, 拡散, "a<b"]
categories: notes
thumbnail: blog/blending-grid.png
last_modified_at: 2024-04-02
---

Intro with a [relative link](/blog/2024/plain/) and math $E = mc^2$.

<Figure src="/assets/img/blog/blending-grid.png" alt="A picture" caption="A caption" />

\`\`\`js
if (a[b[0]]>c && d[e[1]]>f) {}
\`\`\`

\`\`\`mermaid
graph LR
  A --> B
\`\`\`

<Callout type="tip">A tip.</Callout>

<Video youtube="abc123" title="A talk" />

Control\u0007character.
`,
  'content/blog/2024-02-01-plain.md': '---\ntitle: Plain\n---\n\nA plain post with <em>inline HTML</em> and ![an image](/assets/img/blog/blending-grid.png).\n',
  'content/blog/2024-01-01-draft.md': '---\ntitle: A draft\ndraft: true\ntags: secret\n---\n\nNot ready.\n',
  'public/assets/img/blog/blending-grid.png': TINY_PNG,
};

let content: Content;

beforeAll(() => {
  const loaded = readContent(makeProject({ 'content/site.yml': `${MINIMAL_SITE}description: A site & its feed, 1 < 2\nlang: en\n`, ...POSTS }));
  expect(loaded.log.issues.filter((i) => i.severity === 'error')).toEqual([]);
  content = loaded.content!;
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', cdataPropName: false as unknown as string });

function parseXml(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

const asList = <T,>(x: T | T[]) => (Array.isArray(x) ? x : [x]);

describe('the RSS 2.0 feed', () => {
  it('is well-formed XML with every published post, newest first, in full', async () => {
    const rss = parseXml(await rssFeed(content, renderFeedBody)).rss;
    expect(rss['@version']).toBe('2.0');
    const channel = rss.channel;
    expect(channel.title).toBe('Test Site');
    expect(channel.link).toBe('https://example.org/blog/');
    // RSS readers read a title and a description as HTML: the text is escaped, so it shows as written
    // (in the channel's, which are not CDATA, the feed library writes an `&` once whatever it is given).
    expect(channel.description).toBe('A site & its feed, 1 &lt; 2');
    const items = asList(channel.item);
    expect(items.map((i: { title: string }) => i.title)).toEqual(['Less &lt; more &amp; “quotes” ]]&gt; end', 'Plain']);
    const [tricky, plain] = items;
    expect(tricky.link).toBe('https://example.org/blog/2024/tricky/');
    expect(tricky.guid['#text']).toBe('https://example.org/blog/2024/tricky/');
    expect(new Date(tricky.pubDate).toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(asList(tricky.category).map((c: { '#text': string }) => c['#text'])).toEqual(['café au lait', '拡散', 'a<b', 'notes']);
    const html: string = tricky['content:encoded'];
    expect(html).toContain('<a href="https://example.org/blog/2024/plain/">relative link</a>');
    expect(html).toContain('<img src="https://example.org/assets/img/blog/blending-grid.png" alt="A picture"/>');
    expect(html).toContain('<figcaption>A caption</figcaption>');
    expect(html).toContain('<math'); // KaTeX's MathML, which readers render
    expect(html).not.toContain('katex-html');
    expect(html).toContain('graph LR');
    expect(html).toContain('https://www.youtube.com/watch?v=abc123');
    expect(html).toContain('A tip.');
    expect(html).not.toContain('\u0007');
    expect(html).not.toMatch(/_next\/image|copy-button|heading-anchor/);
    expect(plain['content:encoded']).toContain('<em>inline HTML</em>');
    expect(tricky.description).toBe('A short description, 1 &lt; 2 &amp; more');
    expect(tricky.enclosure['@url']).toBe('https://example.org/assets/img/blog/blending-grid.png');
    expect(tricky.enclosure['@type']).toBe('image/png');
  });

  it('leaves drafts out, even where drafts are shown (next dev)', async () => {
    const xml = await rssFeed(content, renderFeedBody);
    expect(content.posts.some((p) => p.draft)).toBe(true);
    expect(xml).not.toContain('A draft');
    expect(xml).not.toContain('secret');
  });
});

describe('the Atom feed', () => {
  it('is well-formed Atom with ids, dates, links and full content', async () => {
    const feed = parseXml(await atomFeed(content, renderFeedBody)).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://example.org/');
    expect(feed.updated).toBe('2024-04-02T00:00:00.000Z');
    expect(asList(feed.link).map((l: { '@rel': string; '@href': string }) => [l['@rel'], l['@href']])).toEqual([
      ['alternate', 'https://example.org/blog/'],
      ['self', 'https://example.org/atom.xml'],
    ]);
    const entries = asList(feed.entry);
    expect(entries).toHaveLength(2);
    const tricky = entries[0];
    expect(tricky.id).toBe('https://example.org/blog/2024/tricky/');
    expect(tricky.updated).toBe('2024-04-02T00:00:00.000Z');
    expect(tricky.published).toBe('2024-03-01T00:00:00.000Z');
    expect(tricky.author.name).toBe('Ada Lovelace');
    expect(tricky.title).toEqual({ '@type': 'html', '#text': 'Less &lt; more &amp; “quotes” ]]&gt; end' });
    expect(tricky.summary).toEqual({ '@type': 'html', '#text': 'A short description, 1 &lt; 2 &amp; more' });
    expect(tricky.content['@type']).toBe('html');
    expect(tricky.content['#text']).toContain('https://example.org/blog/2024/plain/');
    expect(asList(tricky.category).map((c: { '@term': string }) => c['@term'])).toEqual(['café au lait', '拡散', 'a‹b', 'notes']);
  });
});

describe('the JSON Feed', () => {
  it('is JSON Feed 1.1 with the required fields', async () => {
    const feed = JSON.parse(await jsonFeed(content, renderFeedBody));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Test Site');
    expect(feed.home_page_url).toBe('https://example.org/blog/');
    expect(feed.feed_url).toBe('https://example.org/feed.json');
    expect(feed.language).toBe('en');
    expect(feed.authors).toEqual([{ name: 'Ada Lovelace', url: 'https://example.org/' }]);
    expect(feed.author).toBeUndefined();
    expect(feed.items).toHaveLength(2);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof item.content_html).toBe('string');
      expect(item.url).toMatch(/^https:\/\/example\.org\/blog\/2024\//);
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
      expect(item.authors).toEqual([{ name: 'Ada Lovelace', url: 'https://example.org/' }]);
      expect(item.author).toBeUndefined();
    }
    expect(feed.items[0].tags).toEqual(['café au lait', '拡散', 'a<b', 'notes']);
    expect(feed.items[0].image).toBe('https://example.org/assets/img/blog/blending-grid.png');
    // JSON Feed's title and summary are plain text.
    expect(feed.items[0].title).toBe(TRICKY_SHOWN);
    expect(feed.items[0].summary).toBe('A short description, 1 < 2 & more');
  });
});

describe('a post with markup in its title and description', () => {
  const HOSTILE = {
    'content/blog/2024-05-01-hostile.md': `---
title: '<script>alert("title")</script><img src=x onerror=alert(1)> Hostile'
description: <img src=x onerror=alert(2)><b onmouseover=alert(3)>bold</b>
---

Body <script>alert("body")</script><img src="/assets/img/x.png" alt="x" onerror="alert(4)">
`,
    'public/assets/img/x.png': TINY_PNG,
  };

  it('is an error in the check, on the line of each field', () => {
    const { log } = readContent(makeProject(HOSTILE));
    expect(log.issues.filter((i) => i.severity === 'error').map((i) => [i.file, i.line, i.message])).toEqual([
      ['content/blog/2024-05-01-hostile.md', 2, '`title` is plain text: `<script>` in it would show as written, and feed readers would read it as HTML'],
      ['content/blog/2024-05-01-hostile.md', 3, '`description` is plain text: `<img>` in it would show as written, and feed readers would read it as HTML'],
    ]);
  });

  /** What a reader that renders the field as HTML would find in it that runs. */
  function runs(html: unknown): string[] {
    const found: string[] = [];
    visit(fromHtml(String(html), { fragment: true }), 'element', (node: Element) => {
      if (['script', 'style', 'iframe', 'object', 'embed'].includes(node.tagName)) found.push(`<${node.tagName}>`);
      for (const name of Object.keys(node.properties)) if (/^on/i.test(name)) found.push(`${node.tagName} ${name}`);
    });
    return found;
  }

  it('reaches no feed as markup: titles and summaries are text, bodies sanitised', async () => {
    const { content: hostile } = readContent(makeProject(HOSTILE));
    const rss = parseXml(await rssFeed(hostile!, renderFeedBody)).rss.channel.item;
    const atom = parseXml(await atomFeed(hostile!, renderFeedBody)).feed.entry;
    const json = JSON.parse(await jsonFeed(hostile!, renderFeedBody)).items[0];
    const fields = { 'rss title': rss.title, 'rss description': rss.description, 'rss content': rss['content:encoded'], 'atom title': atom.title['#text'], 'atom summary': atom.summary['#text'], 'atom content': atom.content['#text'], 'json content_html': json.content_html };
    for (const [field, html] of Object.entries(fields)) {
      expect(html, field).toBeTypeOf('string');
      expect(runs(html), field).toEqual([]);
    }
    // Shown as the author wrote it, as the page shows it.
    expect(toString(fromHtml(rss.title, { fragment: true }))).toBe('<script>alert(“title”)</script><img src=x onerror=alert(1)> Hostile');
    expect(toString(fromHtml(atom.summary['#text'], { fragment: true }))).toBe('<img src=x onerror=alert(2)><b onmouseover=alert(3)>bold</b>');
    // JSON Feed's are plain text by its specification: readers do not render them.
    expect(json.title).toBe('<script>alert(“title”)</script><img src=x onerror=alert(1)> Hostile');
    expect(rss['content:encoded']).toContain('<img src="https://example.org/assets/img/x.png" alt="x"/>');
  });
});

describe('without `url` in site.yml', () => {
  it('the feeds stop with the fix', async () => {
    const { content: noUrl } = readContent(makeProject({ 'content/site.yml': 'title: T\nname: N\n', 'content/blog/2024-01-01-a.md': '---\ntitle: A\n---\n' }));
    await expect(rssFeed(noUrl!, renderFeedBody)).rejects.toThrow('add url: https://... to content/site.yml');
  });
});
