import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { parseBody } from '../content/derive';
import type { Content, Document } from '../content/types';
import type { ContentIssue } from '../issues';
import { categoryList } from '../mdx/props';
import { VOCABULARY } from '../mdx/vocabulary';

/** Where <Projects /> is checked: its props need the site's projects (the vocabulary says so: `checkedBy: 'site'`). */
const PROJECTS = VOCABULARY.Projects;

type Element = MdxJsxFlowElement | MdxJsxTextElement;
type Place = Pick<ContentIssue, 'file' | 'line' | 'column'>;

/** What to write instead of a value the prop's rule refuses. */
const EXAMPLES: Record<keyof typeof PROJECTS.props, string> = { categories: 'categories="work, fun"', horizontal: 'horizontal="true"' };

/**
 * Problems with the `<Projects />` of every MDX document, and with the
 * `display_categories` of every page that lists projects, on their file
 * lines: a prop the vocabulary does not give <Projects>, a value its rule
 * refuses (errors); a category no project has (a warning: al-folio shows
 * nothing for it either).
 */
export function projectsIssues(content: Content, documents: Document[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const known = new Set(content.projects.map((p) => p.category).filter((c): c is string => c !== undefined));
  const knownList = [...known].map((c) => `\`${c}\``).join(', ');
  const unknownCategories = (categories: string[], at: Place) => {
    for (const category of categories.filter((c) => !known.has(c))) {
      issues.push({
        ...at,
        severity: 'warning',
        message: `no project has the category \`${category}\`, so it shows no cards`,
        fix: known.size > 0 ? `use one of ${knownList}, or set \`category: ${category}\` in a project` : `set \`category: ${category}\` in a project in content/projects/`,
      });
    }
  };
  const error = (at: Place, message: string, fix: string) => issues.push({ ...at, severity: 'error', message, fix });
  for (const doc of documents) {
    if (!doc.derived.components.some((c) => c.name === 'Projects')) continue;
    for (const node of projectsElements(doc)) {
      const at = { file: doc.file, line: (node.position?.start.line ?? 1) + doc.source.bodyLine - 1, column: node.position?.start.column ?? 1 };
      for (const attr of node.attributes) {
        if (attr.type !== 'mdxJsxAttribute') continue; // `{...spread}`: reported as blocked script
        const name = attr.name;
        if (!Object.hasOwn(PROJECTS.props, name)) {
          error(at, `<Projects> has no \`${name}\` attribute`, `use ${Object.values(EXAMPLES).join(' or ')}`);
          continue;
        }
        const prop = name as keyof typeof PROJECTS.props;
        if (attr.value === null || attr.value === undefined) error(at, `<Projects ${name}> needs a value`, `write ${EXAMPLES[prop]}`);
        else if (typeof attr.value !== 'string') continue; // an expression is reported as blocked script
        else if (!PROJECTS.props[prop].test(attr.value)) {
          if (prop === 'horizontal') error(at, `<Projects horizontal="${attr.value}">: expected "true" or "false"`, 'write horizontal="true" for al-folio\'s horizontal cards, or leave it out');
          else error(at, '<Projects categories=""> names no category', 'list categories separated by commas, e.g. categories="work, fun", or leave it out to show every project');
        } else if (prop === 'categories') unknownCategories(categoryList(attr.value), at);
      }
    }
  }
  for (const page of content.pages) {
    if (page.projects.categories?.length && page.derived.components.some((c) => c.name === 'Projects')) {
      unknownCategories(page.projects.categories, { file: page.file, line: page.source.lineOf(['display_categories']), column: 1 });
    }
  }
  return issues;
}

/** The <Projects> elements of a body, from the parse the page's compile makes (lib/content/derive.ts). */
function projectsElements(doc: Document): Element[] {
  const tree = parseBody(doc.source.body, doc.source.format);
  const found: Element[] = [];
  if (tree) {
    visit(tree, (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Projects') found.push(node);
    });
  }
  return found;
}
