import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a content folder for benchmarks: the shipped site's settings and
 * pages, plus `count` generated posts, each with math, code and a figure
 * (and, when `rich` is set, two more figures), like a real research blog.
 */
export function generateContent(target: string, count: number, source = 'content', { proseWords = 0 } = {}): string {
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(source, target, { recursive: true });
  const blog = path.join(target, 'blog');
  const words = proseWords > 0 ? proseGenerator() : undefined;
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000 * 0.5);
    const date = day.toISOString().slice(0, 10);
    const prose = words ? `\n## Discussion\n\n${words(proseWords)}\n` : '';
    fs.writeFileSync(path.join(blog, `${date}-bench-post-${i}.mdx`), benchPost(i, date) + prose);
  }
  return target;
}

/**
 * Paragraphs of made-up words, drawn from a 40,000-word vocabulary with
 * Zipf's law (as words are in real text), deterministic: posts as long and
 * as varied in vocabulary as real ones, for measuring full-text search.
 */
function proseGenerator(): (words: number) => string {
  let seed = 7;
  const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const syllables = ['ba', 'ri', 'con', 'ter', 'al', 'mo', 'de', 'ion', 'ing', 'pre', 'la', 'sta', 'ment', 'vi', 'ne', 'tra', 'us', 'ca', 'lo', 'en', 'sion', 'di', 'ti', 'er', 'ple', 'ma', 'ro', 'ex', 'per', 'com'];
  const vocabulary = new Set(['the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'as', 'with', 'we', 'on', 'this', 'by', 'be', 'are', 'from', 'at', 'an', 'or', 'which', 'our', 'not']);
  while (vocabulary.size < 40_000) {
    let word = '';
    for (let n = 1 + Math.floor(random() * 4); n > 0; n--) word += syllables[Math.floor(random() * syllables.length)];
    vocabulary.add(word);
  }
  const list = [...vocabulary];
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= list.length; rank++) cumulative.push((total += 1 / rank ** 1.05));
  const word = () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo]!;
  };
  return (count) => {
    const sentences: string[] = [];
    for (let written = 0; written < count; ) {
      const length = 8 + Math.floor(random() * 18);
      const sentence = Array.from({ length }, word).join(' ');
      sentences.push(sentence[0]!.toUpperCase() + sentence.slice(1) + '.');
      written += length;
      if (sentences.length % 6 === 0) sentences.push('\n\n');
    }
    return sentences.join(' ').replace(/ \n\n /g, '\n\n');
  };
}

function benchPost(i: number, date: string): string {
  return `---
layout: post
title: Benchmark post ${i}
date: ${date} 12:00:00
description: A generated post with math, code and a figure.
tags: bench tag-${i % 20} topic-${i % 7}
categories: research
---

This is generated post number ${i}. The loss is $\\mathcal{L}(\\theta) = \\mathbb{E}_{x}\\left[\\lVert x - \\hat{x}_\\theta \\rVert^2\\right]$, and

$$
q(x_t \\mid x_{t-1}) = \\mathcal{N}\\left(x_t; \\sqrt{1-\\beta_t}\\, x_{t-1}, \\beta_t \\mathbf{I}\\right)
$$

## Code

\`\`\`python title="step_${i}.py"
import torch

def step(x, t, model):
    eps = model(x, t)
    return x - 0.1 * eps  # post ${i}
\`\`\`

## Figure

<Figure src="/assets/img/blog/blending-methods.png" alt="The four blending methods (post ${i})" caption="A figure in post ${i}." />

Some closing words for post ${i}, long enough to be a paragraph of ordinary
prose, with a [link to the about page](/about/) and *some emphasis*.
`;
}

/** A small site for page weight: the shipped content plus a plain post and a post with math, code and three figures. */
export function generateWeightContent(target: string, source = 'content'): string {
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(source, target, { recursive: true });
  fs.writeFileSync(
    path.join(target, 'blog', '2020-01-01-plain-post.md'),
    `---\nlayout: post\ntitle: A plain post\ndescription: Text only.\ntags: notes\n---\n\n${'A paragraph of plain prose, as most posts are. '.repeat(12)}\n\n## A heading\n\n${'More prose follows the heading, with a [link](/about/). '.repeat(10)}\n`,
  );
  fs.writeFileSync(
    path.join(target, 'blog', '2020-01-02-rich-post.mdx'),
    benchPost(0, '2020-01-02')
      .replace('title: Benchmark post 0', 'title: A post with math, code and figures')
      .replace(
        '## Figure\n',
        '## Figures\n\n<Figure src="/assets/img/blog/blending-grid.png" alt="Blending grid" caption="Second figure." />\n\n<Figure src="/assets/img/propic-collodio-bw.jpg" alt="Portrait" caption="Third figure." />\n',
      ),
  );
  return target;
}
