import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createSearch } from '../../client/search/engine';
import { readContent } from '../content/load';
import { makeProject } from '../content/testing';
import { buildSearchIndex, searchDocs, type SearchDoc } from './index';

const BIB = `@inproceedings{blend25,
  title = {Blending Concepts with Text-to-Image Diffusion Models},
  author = {Olearo, Lorenzo and Melzi, Simone and Peñaloza, Rafael},
  booktitle = {Proceedings of ECCV},
  year = {2025},
  abstract = {We study zero-shot concept blending in latent space.}
}
@article{other24,
  title = {Another Paper},
  author = {Doe, Jane},
  journal = {Journal of Things},
  year = {2024},
  selected = {true}
}
`;

function contentOf(files: Record<string, string>) {
  const { content, log } = readContent(makeProject(files));
  expect(log.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return content!;
}

function docsOf(files: Record<string, string>) {
  return searchDocs(contentOf(files));
}

async function search(docs: SearchDoc[], query: string) {
  const engine = await createSearch(buildSearchIndex(docs));
  return engine.query(query).flatMap((g) => g.hits.map((h) => h.doc.title));
}

describe('search documents', () => {
  const files = {
    'content/pages/research.mdx': '---\ntitle: Research\npermalink: /research/\n---\n\nMy work.\n\n<Publications />\n',
    'content/pages/about.mdx': '---\ntitle: About\nlayout: about\n---\n\n<Publications selected="true" />\n',
    'content/blog/2024-01-02-public.md': '---\ntitle: Public post\ntags: diffusion 拡散\ncategories: research\n---\n\nThe body mentions a zebra.\n',
    'content/blog/2024-01-03-hidden.md': '---\ntitle: Secret draft\ndraft: true\n---\n\nUnfinished zebra thoughts.\n',
    'content/news/2024-02-01-inline.md': '---\ndate: 2024-02-01\ninline: true\n---\n\nA talk in **Milan** about blending concepts.\n',
    'content/news/2024-03-01-titled.md': '---\ndate: 2024-03-01\ntitle: A titled item\n---\n\nIts own page.\n',
    'content/publications.bib': BIB,
  };

  it('leave drafts out, even where the content has them (npm run dev)', () => {
    const docs = docsOf(files);
    expect(docs.map((d) => d.title)).not.toContain('Secret draft');
    expect(docs.find((d) => d.kind === 'post')).toEqual({
      kind: 'post',
      url: '/blog/2024/public/',
      title: 'Public post',
      text: 'The body mentions a zebra.',
      description: undefined,
      tags: ['#diffusion', '#拡散', 'research'],
      date: '2024-01-02',
    });
  });

  it('link a publication to its entry on the fullest list that shows it', () => {
    const docs = docsOf(files).filter((d) => d.kind === 'publication');
    expect(docs).toEqual([
      {
        kind: 'publication',
        url: '/research/#blend25',
        title: 'Blending Concepts with Text-to-Image Diffusion Models',
        text: 'We study zero-shot concept blending in latent space.',
        authors: ['Lorenzo Olearo', 'Simone Melzi', 'Rafael Peñaloza'],
        venue: 'In Proceedings of ECCV',
        year: 2025,
      },
      expect.objectContaining({ url: '/research/#other24' }),
    ]);
  });

  it('leave out publications that no page lists', () => {
    const withoutList = Object.fromEntries(Object.entries(files).filter(([name]) => !name.endsWith('research.mdx')));
    expect(docsOf(withoutList).filter((d) => d.kind === 'publication').map((d) => d.url)).toEqual(['/about/#other24']);
  });

  it('give news its own page, or its place on the news page', () => {
    const news = docsOf(files).filter((d) => d.kind === 'news');
    expect(news).toEqual([
      { kind: 'news', url: '/news/titled/', title: 'A titled item', text: 'Its own page.', date: '2024-03-01' },
      { kind: 'news', url: '/news/#news-inline', title: 'A talk in Milan about blending concepts.', text: 'A talk in Milan about blending concepts.', date: '2024-02-01' },
    ]);
  });

  it('are found by a word from the body, a surname, a word from an abstract, a tag in Japanese', async () => {
    const docs = docsOf(files);
    expect(await search(docs, 'zebra')).toEqual(['Public post']);
    expect(await search(docs, 'melzi')).toEqual(['Blending Concepts with Text-to-Image Diffusion Models']);
    expect(await search(docs, 'latent')).toEqual(['Blending Concepts with Text-to-Image Diffusion Models']);
    expect(await search(docs, '拡散')).toEqual(['Public post']);
  });
});

describe('the index', () => {
  const doc = (title: string, text: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({ kind: 'post', url: `/${title}/`, title, text, ...extra });

  it('folds accents both ways', async () => {
    const docs = [doc('Café society', 'x'), doc('Naive', 'A naïve approach by Peñaloza.')];
    expect(await search(docs, 'cafe')).toEqual(['Café society']);
    expect(await search(docs, 'naive penaloza')).toEqual(['Naive']);
    expect(await search(docs, 'Pénaloza')).toEqual(['Naive']);
  });

  it('ranks a title match above a body match', async () => {
    const docs = [doc('Notes', 'Everything about transformers, at length, transformers again.'), doc('Transformers', 'A short text.')];
    expect(await search(docs, 'transformers')).toEqual(['Transformers', 'Notes']);
  });

  it('finds CJK tags and text by their characters', async () => {
    const docs = [doc('Tagged', 'x', { tags: ['拡散モデル'] }), doc('Chinese', '我们研究扩散模型。'), doc('Other', '模型')];
    expect(await search(docs, '拡散')).toEqual(['Tagged']);
    expect(await search(docs, '扩散模型')).toEqual(['Chinese']);
  });

  it('matches prefixes and typos', async () => {
    const docs = [doc('Diffusion models', 'x'), doc('Other', 'y')];
    expect(await search(docs, 'diffu')).toEqual(['Diffusion models']);
    expect(await search(docs, 'difusion')).toEqual(['Diffusion models']);
  });

  it('keeps every body whole within the budget, and cuts them all to one length beyond it', () => {
    const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 100003}`).join(' ');
    const docs = Array.from({ length: 40 }, (_, i) => doc(`Post ${i}`, words(i === 0 ? 50 : 2000, i)));
    expect(buildSearchIndex(docs)).toEqual({ docs });
    const budget = 20 * 1024;
    const index = buildSearchIndex(docs, budget);
    expect(zlib.gzipSync(JSON.stringify(index)).length).toBeLessThanOrEqual(budget);
    expect(index.cut).toBeGreaterThan(100);
    expect(index.docs.map((d) => d.title)).toEqual(docs.map((d) => d.title));
    expect(index.docs[0]!.text).toBe(docs[0]!.text);
    expect(index.docs[1]!.text.length).toBeLessThanOrEqual(index.cut! + 1);
    expect(index.docs[1]!.text.endsWith('…')).toBe(true);
  });
});
