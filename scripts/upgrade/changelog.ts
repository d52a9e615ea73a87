import type { Heading, ListItem, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import semver from 'semver';
import { unified } from 'unified';

/**
 * CHANGELOG.md, as Keep a Changelog writes it: a `## [version] - date`
 * heading per release (`## [Unreleased]` first), `### Added`-style groups of
 * list items under it. Parsed as Markdown, so a `##` inside a code block is text;
 * text before the first release (the title, a preface) is no release.
 */
export type ChangelogSection = {
  /** The version of the heading; null for `[Unreleased]`. */
  version: string | null;
  /** The section as written, heading included, without the blank lines that end it. */
  text: string;
};

const parser = unified().use(remarkParse);

type Release = { version: string | null; start: number; end: number; nodes: RootContent[] };

function releases(markdown: string): Release[] {
  const tree = parser.parse(markdown) as Root;
  const found: Release[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      const last = found.at(-1);
      if (last) last.end = node.position!.start.offset!;
      const version = node.depth === 2 ? headingVersion(node) : undefined;
      if (version !== undefined) found.push({ version, start: node.position!.start.offset!, end: markdown.length, nodes: [] });
    } else found.at(-1)?.nodes.push(node);
  }
  return found;
}

/** `[1.2.0] - 2026-12-20`, `v1.2.0`, `1.2.0 (2026-12-20)`: the version; `Unreleased`: null; anything else: undefined. */
function headingVersion(heading: Heading): string | null | undefined {
  const text = plain(heading);
  if (/^\s*\[?unreleased\]?/i.test(text)) return null;
  const match = /v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)/.exec(text);
  return match && semver.valid(match[1]!) ? match[1]! : undefined;
}

function plain(node: RootContent | Heading): string {
  if ('value' in node) return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(plain).join('') : '';
}

/**
 * What a newer Folio's CHANGELOG.md says that the author's does not: the
 * releases after the author's version up to the new one, and the
 * `[Unreleased]` section. An item the author's CHANGELOG.md already has (a
 * change they took from Folio's main branch before its release) is left out,
 * and a section with nothing left goes.
 */
export function changesSince(upstream: string, author: string | undefined, fromVersion: string | undefined, toVersion: string | undefined): ChangelogSection[] {
  const known = new Set(author ? releases(author).flatMap((r) => items(r, author)) : []);
  const from = fromVersion && semver.valid(fromVersion) ? fromVersion : undefined;
  const to = toVersion && semver.valid(toVersion) ? toVersion : undefined;
  const sections: ChangelogSection[] = [];
  for (const release of releases(upstream)) {
    const { version } = release;
    if (version !== null && ((from && !semver.gt(version, from)) || (to && semver.gt(version, to)))) continue;
    const text = withoutKnownItems(release, upstream, known);
    if (text !== null) sections.push({ version, text });
  }
  return sections;
}

/** The list items of a release, as written (trimmed), each a change. */
function items(release: Release, markdown: string): string[] {
  return release.nodes.flatMap((node) => (node.type === 'list' ? node.children.map((item) => itemText(item, markdown)) : []));
}

const itemText = (item: ListItem, markdown: string) => markdown.slice(item.position!.start.offset!, item.position!.end.offset!).trim();

/** The release's text without the items in `known`, and without groups left empty; null when no change is new. */
function withoutKnownItems(release: Release, markdown: string, known: Set<string>): string | null {
  const heading = markdown.slice(release.start, release.nodes[0]?.position?.start.offset ?? release.end).trimEnd();
  const blocks: string[] = [];
  let group: string | undefined;
  let changes = 0;
  for (const node of release.nodes) {
    if (node.type === 'heading') {
      group = markdown.slice(node.position!.start.offset!, node.position!.end.offset!);
      continue;
    }
    const text =
      node.type === 'list'
        ? node.children.map((item) => itemText(item, markdown)).filter((item) => !known.has(item)).join('\n')
        : markdown.slice(node.position!.start.offset!, node.position!.end.offset!);
    if (text === '') continue;
    if (node.type === 'list') changes++;
    if (group) blocks.push(group);
    group = undefined;
    blocks.push(text);
  }
  // A release whose every item the author has is no news; one written without a list is news as a whole.
  const listed = release.nodes.some((node) => node.type === 'list');
  if ((listed && changes === 0) || release.nodes.length === 0) return null;
  return [heading, ...blocks].join('\n\n');
}
