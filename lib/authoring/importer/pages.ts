import { routes } from '../../routing/urls';
import type { Replacement } from './body';
import { attribute } from './html-jsx';
import { parseInclude, statements, type LiquidToken, type Statement } from './liquid';
import { publicationsAttributes } from './publications';

/**
 * The Liquid al-folio ships in its own pages (projects, cv, publications,
 * news, repositories): the loops and includes that list a collection or a
 * data file, recognised by what they use, and what stands for them in Folio
 * (a component, a list of links, or nothing when the route does the job).
 */

export type PageFacts = {
  /** The page's front matter. */
  data: Record<string, unknown>;
  layout: string;
  permalink?: string;
  about: boolean;
  /** `_data/repositories.yml`, when the site has one. */
  repositories?: { github_users?: unknown; github_repos?: unknown };
};

/** A note about what was done, at a body offset. */
export type PageNote = { at: number; message: string };

type Tag = Extract<LiquidToken, { kind: 'tag' }>;

const CONTROL = new Set(['if', 'elsif', 'else', 'endif', 'unless', 'endunless', 'for', 'endfor', 'assign', 'break', 'continue', 'case', 'when', 'endcase']);

const includeOf = (token: LiquidToken) => (token.kind === 'tag' && token.name === 'include' ? parseInclude(token.markup).file : null);
const markupOf = (token: LiquidToken) => (token.kind === 'tag' ? token.markup : token.kind === 'output' ? token.expression : '');

/** Whether a run of body text holds nothing a visitor reads: blank space, HTML tags and comments. */
function noText(text: string): boolean {
  return /^\s*$/.test(text.replace(/<!--[\s\S]*?-->/g, '').replace(/<\/?[A-Za-z][^>]*>/g, ''));
}

/** The ranges of a page's body that al-folio's standard Liquid fills, and what replaces each. */
export function standardReplacements(body: string, tokens: LiquidToken[], page: PageFacts): { replacements: Replacement[]; notes: PageNote[] } {
  const replacements: Replacement[] = [];
  const notes: PageNote[] = [];
  const all = statements(tokens.filter((t) => t.kind !== 'comment'));

  // The CV: the layout draws content/cv.yml or content/resume.json; Liquid that drew them itself goes.
  if (page.layout === 'cv' && tokens.length > 0) {
    // Only loops and CV includes over the CV data (outputs inside them print its entries).
    const cvOnly =
      tokens.every((t) => t.kind === 'comment' || t.kind === 'output' || (t.kind === 'tag' && (CONTROL.has(t.name) || /^(cv|resume)\//.test(includeOf(t) ?? '')))) &&
      tokens.some((t) => /\bsite\.data\.(cv|resume)\b/.test(markupOf(t)) || /^(cv|resume)\//.test(includeOf(t) ?? ''));
    let rest = body;
    for (const t of [...tokens].reverse()) rest = rest.slice(0, t.start) + rest.slice(t.end);
    if (cvOnly && noText(rest)) {
      replacements.push({ start: 0, end: body.length, text: '', count: 'CV template dropped (the cv layout draws the CV)' });
      notes.push({ at: tokens[0]!.start, message: "the page's Liquid drew the CV from _data/: dropped, Folio's `layout: cv` draws it from content/cv.yml or content/resume.json" });
      return { replacements, notes };
    }
  }

  const runs = groupRuns(all, body, projectsLoops(all));
  for (const run of runs) {
    const region = wrapped(body, run, 'projects');
    const categories = wordList(page.data.display_categories);
    const horizontal = isTrue(page.data.horizontal);
    const props = [categories.length > 0 ? ' ' + attribute('categories', categories.join(', ')) : '', horizontal ? ' ' + attribute('horizontal', 'true') : ''].join('');
    replacements.push({ ...region, text: `<Projects${props} />`, count: 'projects list', components: ['Projects'] });
    notes.push({ at: region.start, message: "al-folio's projects loop became <Projects />: it lists content/projects/" });
  }

  for (const s of all) {
    if (replacements.some((r) => s.start >= r.start && s.end <= r.end)) continue;
    const includes = s.tokens.map(includeOf).filter((f): f is string => f !== null);
    const only = (test: RegExp) => includes.length > 0 && includes.every((f) => test.test(f));
    // The news list on the page that titles /news/ (or the about page, whose layout lists news).
    if (only(/^news\.(liquid|html)$/) && (page.permalink === routes.news || page.about) && s.tokens.every((t) => t.kind !== 'tag' || CONTROL.has(t.name) || t.name === 'include')) {
      replacements.push({ start: s.start, end: s.end, text: '', count: page.about ? 'news include dropped (the about layout lists news)' : 'news include dropped (the /news/ page lists the news)' });
      continue;
    }
    if (only(/^bib_search\.(liquid|html)$/) && s.tokens.length === 1) {
      replacements.push({ start: s.start, end: s.end, text: '', count: 'publication search box dropped' });
      notes.push({ at: s.start, message: "al-folio's publication search box: dropped; Folio's search (in the header, on every page) finds publications by title, author, venue and year" });
      continue;
    }
    // al-folio v0: one bibliography per year, `{% for y in page.years %}`; <Publications /> groups by year itself.
    const bibliography = s.tokens.filter((t): t is Tag => t.kind === 'tag' && t.name === 'bibliography');
    if (s.tokens[0]?.kind === 'tag' && s.tokens[0].name === 'for' && /\bpage\.years\b/.test(s.tokens[0].markup) && bibliography.length === 1) {
      const { attributes } = publicationsAttributes(bibliography[0]!.markup.replace(/\[\s*year\s*=\s*\{\{[^}]*\}\}\s*\]/, ''));
      replacements.push({ start: s.start, end: s.end, text: ['<Publications', ...attributes, '/>'].join(' '), count: 'publication list', components: ['Publications'] });
      notes.push({ at: s.start, message: 'the publications listed year by year (`page.years`) became one <Publications />: it groups by year itself, every year included' });
      continue;
    }
    if (only(/^repository\//)) {
      const links = repositoryLinks(includes, page.repositories);
      replacements.push({ start: s.start, end: s.end, text: links, count: 'GitHub cards made links' });
      notes.push({
        at: s.start,
        message: links ? "al-folio's GitHub cards (drawn by external services) became a list of links, from _data/repositories.yml" : 'GitHub cards with nothing to list in _data/repositories.yml: dropped',
      });
    }
  }
  return { replacements: replacements.sort((a, b) => a.start - b.start), notes };
}

/**
 * al-folio's projects loop: a `for` over `site.projects` (or over a variable
 * assigned from it: `{% assign sorted = site.projects | sort: "importance" %}`)
 * that draws each card, with projects(_horizontal).liquid (v0.4 on) or with
 * the card's HTML written in the loop (2019-2021), and nothing but Liquid's
 * own tags.
 */
function projectsLoops(all: Statement[]): (s: Statement) => boolean {
  const fromProjects = new Set<string>();
  for (const s of all) {
    const t = s.tokens[0]!;
    if (s.tokens.length === 1 && t.kind === 'tag' && t.name === 'assign' && /\bsite\.projects\b/.test(t.markup)) fromProjects.add(/^\s*([\w-]+)/.exec(t.markup)?.[1] ?? '');
  }
  return (s) => {
    const first = s.tokens[0]!;
    if (s.tokens.length === 1 && first.kind === 'tag' && first.name === 'assign') return /\bsite\.projects\b/.test(first.markup);
    const over = first.kind === 'tag' && first.name === 'for' ? /\bin\s+([\w.-]+)/.exec(first.markup)?.[1] : undefined;
    const loop = over !== undefined && (over === 'site.projects' || fromProjects.has(over));
    const vocabulary = s.tokens.every((t) => t.kind === 'output' || t.kind === 'comment' || (t.kind === 'tag' && (CONTROL.has(t.name) || /^projects(_horizontal)?\.(liquid|html)$/.test(includeOf(t) ?? ''))));
    // v1's: an `if` on the categories around loops that draw the cards with projects.liquid.
    const cards = s.tokens.some((t) => /^projects(_horizontal)?\.(liquid|html)$/.test(includeOf(t) ?? '')) && s.tokens.some((t) => /\bsite\.projects\b/.test(markupOf(t)));
    return (loop || cards) && vocabulary;
  };
}

/** Consecutive statements that pass `test`, with no text a visitor reads between them, holding at least one loop. */
function groupRuns(all: Statement[], body: string, test: (s: Statement) => boolean): { start: number; end: number }[] {
  const runs: { start: number; end: number; loop: boolean }[] = [];
  let current: { start: number; end: number; loop: boolean } | null = null;
  for (const s of all) {
    const loop = s.tokens.some((t) => t.kind === 'tag' && t.name === 'for');
    if (test(s) && current && noText(body.slice(current.end, s.start))) {
      current.end = s.end;
      current.loop ||= loop;
    } else if (test(s)) {
      current = { start: s.start, end: s.end, loop };
      runs.push(current);
    } else current = null;
  }
  return runs.filter((r) => r.loop && noText(stripTokens(body, r.start, r.end)));
}

/** The text of a range with every Liquid tag and output taken out. */
function stripTokens(body: string, start: number, end: number): string {
  return body.slice(start, end).replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, '');
}

/** A run, with the `<div class="...">` that wraps nothing else around it (al-folio's `<div class="projects">`, v0.3's `<div class="projects grid">`). */
function wrapped(body: string, run: { start: number; end: number }, className: string): { start: number; end: number } {
  const before = body.slice(0, run.start);
  const after = body.slice(run.end);
  const open = new RegExp(`<div\\s+class=["'](?:[^"']*\\s)?${className}(?:\\s[^"']*)?["']\\s*>(\\s|<!--[\\s\\S]*?-->)*$`).exec(before);
  const close = /^(\s|<!--[\s\S]*?-->)*<\/div>/.exec(after);
  return open && close ? { start: open.index, end: run.end + close[0].length } : run;
}

/** The GitHub users and repositories al-folio drew as cards, as Markdown links. */
function repositoryLinks(includes: string[], data: PageFacts['repositories']): string {
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : []);
  const lines: string[] = [];
  if (includes.some((f) => /^repository\/repo_user\./.test(f))) for (const user of list(data?.github_users)) lines.push(`- [${user}](https://github.com/${user})`);
  if (includes.some((f) => /^repository\/repo\./.test(f))) for (const repo of list(data?.github_repos)) lines.push(`- [${repo}](https://github.com/${repo})`);
  return lines.join('\n');
}

function wordList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).map((s) => s.trim()).filter(Boolean);
  if (typeof value === 'string') return value.split(/[,\s]+/).filter(Boolean);
  return [];
}

/** YAML 1.1's true, as Jekyll reads it. */
export function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && /^(y|yes|true|on)$/i.test(value.trim()));
}
