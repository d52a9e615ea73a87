import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import type { ContentIssue } from '../issues';
import type { Content, Document } from './types';

/**
 * `<Projects />` in MDX, al-folio's projects loop. Its props are strings
 * (scripts are blocked in content): `categories="work, fun"` groups the
 * cards by those categories, `horizontal="true"` lays them out as al-folio's
 * horizontal cards. Without them, the page's `display_categories` and
 * `horizontal` apply.
 */
export type ProjectsProps = { categories?: string; horizontal?: string };

export type ProjectsView = { categories?: string[]; horizontal: boolean };

const PROPS = ['categories', 'horizontal'] as const;

export function categoryList(value: string): string[] {
  return [...new Set(value.split(',').map((c) => c.trim()).filter(Boolean))];
}

/** What a `<Projects />` shows: its own props over the page's defaults (the check has vouched for the props). */
export function projectsView(props: ProjectsProps, page: ProjectsView | undefined): ProjectsView {
  return {
    categories: props.categories !== undefined ? categoryList(props.categories) : page?.categories,
    horizontal: props.horizontal !== undefined ? props.horizontal.trim() === 'true' : (page?.horizontal ?? false),
  };
}

type Element = MdxJsxFlowElement | MdxJsxTextElement;
let parser: ReturnType<typeof createProcessor> | undefined;

function projectsElements(body: string): Element[] {
  parser ??= createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm, remarkMath] });
  let tree: Root;
  try {
    tree = parser.parse(body) as Root;
  } catch {
    return []; // the check reports the syntax error
  }
  const found: Element[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Projects') found.push(node);
  });
  return found;
}

/**
 * Problems with the `<Projects />` of every MDX document, and with the
 * `display_categories` of every page, on their file lines: an unknown prop,
 * a value that is not a string or not `true`/`false`, an empty category
 * list (errors); a category no project has (a warning: al-folio shows
 * nothing for it either).
 */
export function projectsElementIssues(content: Content, documents: Document[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const known = new Set(content.projects.map((p) => p.category).filter((c): c is string => c !== undefined));
  const knownList = [...known].map((c) => `\`${c}\``).join(', ');
  const unknownCategories = (categories: string[], at: Omit<ContentIssue, 'severity' | 'message' | 'fix'>) => {
    for (const category of categories.filter((c) => !known.has(c))) {
      issues.push({
        ...at,
        severity: 'warning',
        message: `no project has the category \`${category}\`, so it shows no cards`,
        fix: known.size > 0 ? `use one of ${knownList}, or set \`category: ${category}\` in a project` : `set \`category: ${category}\` in a project in content/projects/`,
      });
    }
  };
  for (const doc of documents) {
    if (doc.source.format !== 'mdx' || !doc.source.body.includes('<Projects')) continue;
    for (const node of projectsElements(doc.source.body)) {
      const at = { file: doc.file, line: (node.position?.start.line ?? 1) + doc.source.bodyLine - 1, column: node.position?.start.column ?? 1 };
      for (const attr of node.attributes) {
        if (attr.type !== 'mdxJsxAttribute') continue; // `{...spread}`: reported as blocked script
        const name = attr.name;
        if (!(PROPS as readonly string[]).includes(name)) {
          issues.push({ ...at, severity: 'error', message: `<Projects> has no \`${name}\` attribute`, fix: 'use categories="work, fun" or horizontal="true"' });
        } else if (typeof attr.value !== 'string') {
          if (attr.value === null || attr.value === undefined) {
            issues.push({ ...at, severity: 'error', message: `<Projects ${name}> needs a value`, fix: name === 'horizontal' ? 'write horizontal="true"' : 'write categories="work, fun"' });
          } // an expression is reported as blocked script
        } else if (name === 'horizontal' && !/^(true|false)$/.test(attr.value.trim())) {
          issues.push({ ...at, severity: 'error', message: `<Projects horizontal="${attr.value}">: expected "true" or "false"`, fix: 'write horizontal="true" for al-folio\'s horizontal cards, or leave it out' });
        } else if (name === 'categories') {
          const categories = categoryList(attr.value);
          if (categories.length === 0) {
            issues.push({ ...at, severity: 'error', message: '<Projects categories=""> names no category', fix: 'list categories separated by commas, e.g. categories="work, fun", or leave it out to show every project' });
          } else unknownCategories(categories, at);
        }
      }
    }
  }
  for (const page of content.pages) {
    if (page.projects.categories?.length && page.source.body.includes('<Projects')) unknownCategories(page.projects.categories, { file: page.file, line: page.source.lineOf(['display_categories']), column: 1 });
  }
  return issues;
}
