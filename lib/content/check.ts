import { checkDocument } from '../mdx';
import type { ContentIssue } from './issues';
import { readContent, type LoadOptions } from './load';

/**
 * The whole content check: front matter against the schemas, then every body
 * compiled with the site's own MDX pipeline. Returns every issue found.
 */
export async function checkContent(options: LoadOptions): Promise<ContentIssue[]> {
  const { log, documents } = readContent({ ...options, includeDrafts: true });
  const issues = [...log.issues];
  for (const doc of documents) issues.push(...(await checkDocument(doc, options.publicDir)));
  return issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
