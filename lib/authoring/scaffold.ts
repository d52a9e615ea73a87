import fs from 'node:fs';
import path from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import YAML from 'yaml';

/**
 * `npm run new -- post|page|news "Title"`: a new content file with valid
 * front matter and today's date, never over an existing one.
 */

export const KINDS = ['post', 'page', 'news'] as const;
export type NewKind = (typeof KINDS)[number];

export type NewFile = {
  /** Absolute path of the file. */
  file: string;
  /** Where the site shows it, e.g. `/blog/2025/my-title/`. */
  url: string;
  text: string;
};

export class ScaffoldError extends Error {}

/** `Part 1: the Start!` → `part-1-the-start`. */
export function slugify(title: string): string {
  return githubSlug(title.trim())
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/** The author's calendar day (not UTC), as YYYY-MM-DD. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const yamlLine = (key: string, value: unknown) => YAML.stringify({ [key]: value }, { lineWidth: 0 }).trimEnd();

/** The file for a new post, page or news item; nothing is written. */
export function newFile(kind: NewKind, title: string, { contentDir, day }: { contentDir: string; day: string }): NewFile {
  const slug = slugify(title);
  if (!slug) throw new ScaffoldError(`"${title}" has no letters or digits to make a file name from`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new ScaffoldError(`${day} is not a date (YYYY-MM-DD)`);
  const year = day.slice(0, 4);
  switch (kind) {
    case 'post':
      return {
        file: path.join(contentDir, 'blog', `${day}-${slug}.mdx`),
        url: `/blog/${year}/${slug}/`,
        text: [
          '---',
          'layout: post',
          yamlLine('title', title),
          `date: ${day}`,
          'description: # a line for the blog list and search engines',
          'tags: []',
          'categories: []',
          '---',
          '',
          '{/* Markdown, $math$ and components work here, e.g. an image from public/assets/img/:',
          '    <Figure src="/assets/img/photo.jpg" alt="What it shows" caption="A caption." /> */}',
          '',
          'Start writing here.',
          '',
        ].join('\n'),
      };
    case 'page':
      return {
        file: path.join(contentDir, 'pages', `${slug}.mdx`),
        url: `/${slug}/`,
        text: [
          '---',
          'layout: page',
          yamlLine('title', title),
          `permalink: /${slug}/`,
          'description: # a line under the title, and for search engines',
          'nav: false # true lists the page in the header',
          '---',
          '',
          'Start writing here.',
          '',
        ].join('\n'),
      };
    case 'news':
      return {
        file: path.join(contentDir, 'news', `${day}-${slug}.md`),
        url: '/',
        text: ['---', `date: ${day}`, 'inline: true', '---', '', title, ''].join('\n'),
      };
  }
}

/**
 * Writes the new file. Refuses when it exists, or when another file would
 * take the same address (the same page under the other extension, a post
 * with the same slug in the same year).
 */
export function createContent(kind: NewKind, title: string, options: { contentDir: string; now?: Date }): NewFile {
  const created = newFile(kind, title, { contentDir: options.contentDir, day: localDay(options.now ?? new Date()) });
  const dir = path.dirname(created.file);
  const base = path.basename(created.file).replace(/\.mdx?$/, '');
  const taken = fs.existsSync(dir)
    ? fs.readdirSync(dir).find((name) => {
        const stem = name.replace(/\.mdx?$/, '');
        if (stem === name) return false;
        if (stem === base) return true;
        // Posts are served at /blog/YEAR/SLUG/: another day of the same year takes the same address.
        return kind === 'post' && stem.slice(0, 4) === base.slice(0, 4) && stem.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '') === base.slice(11);
      })
    : undefined;
  if (taken) throw new ScaffoldError(`${path.join(dir, taken)} already exists; nothing was written (choose another title, or edit that file)`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(created.file, created.text, { flag: 'wx' });
  return created;
}
