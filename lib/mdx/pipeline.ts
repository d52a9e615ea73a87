import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { compile, runSync, type CompileOptions } from '@mdx-js/mdx';
import { compileMDX } from 'next-mdx-remote/rsc';
import { serialize } from 'next-mdx-remote/serialize';
import { createElement } from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import type { MDXComponents } from 'mdx/types';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeKatex from 'rehype-katex';
import rehypePrettyCode from 'rehype-pretty-code';
import type { Point } from 'unist';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { VFileMessage } from 'vfile-message';
import { COMPONENT_NAMES } from './vocabulary';
import remarkCite from '../bibliography/remark-cite';
import { cacheKey, type BuildCache } from '../build/cache';
import { buildCache } from '../build/process-cache';
import { ContentError, formatIssue, type ContentIssue } from '../issues';
import { mathStrict, mathTrust, RefusedInMath } from '../sanitize/policy';
import { basePath } from '../routing/urls';
import { structureRehypePlugins, structureRemarkPlugins } from './structure';
import { remarkComponentProps } from './plugins/remark-component-props';
import { rehypeInlineCodeBreaks } from './plugins/rehype-inline-code-breaks';
import { remarkInternalLinks } from './plugins/remark-internal-links';
import { rehypeJsxImages } from './plugins/rehype-jsx-images';
import { remarkListHeadingLevel } from './plugins/remark-list-heading-level';
import { stillThere, type CheckedFile } from './plugins/local-file-check';
import { remarkLocalFiles } from './plugins/remark-local-files';
import { rehypeLocalHtmlImages } from './plugins/rehype-local-html-images';
import { remarkMermaid } from './plugins/remark-mermaid';
import { remarkNoLiquid } from './plugins/remark-no-liquid';
import { remarkBlockedScript } from './plugins/remark-blocked-script';
import { rehypeSanitizeContent } from './plugins/rehype-sanitize-content';
import { rehypeSiteLinks } from './plugins/rehype-site-links';
import { rehypeTaskListLabels } from './plugins/rehype-task-list-labels';
import { remarkUnknownComponents } from './plugins/remark-unknown-components';
import { settings } from '../build/settings';

/**
 * next-mdx-remote evaluates each compiled body with `new Function`, and V8
 * keeps every such source in its eval cache for the life of the process
 * (about 150 KB a post, bytecode included). A build evaluates each body
 * once, so the cache never hits: with 1000 posts it held 150 MB in each
 * build worker, and the heap grew to several times that. Build workers
 * turn it off; nothing else changes (V8 reads the flag at each lookup).
 */
if (process.env.NEXT_PHASE === 'phase-production-build') {
  v8.setFlagsFromString('--no-compilation-cache');
  collectGarbageOften();
}

/**
 * V8 (whose heap limit on a machine with memory to spare is gigabytes) let
 * a prerender worker's heap grow to 600-700 MB, mostly garbage, before it
 * collected: two workers at about 1 GB each were the peak of a 1000-post
 * build. Each worker collects in full once its heap has grown
 * FOLIO_GC_HEADROOM_MB (256 unless set; 0 leaves it to V8) past what the
 * last collection kept. At 1000 posts, cold: peak 1716 MB instead of
 * 2169 MB, prerendering 91.5 s instead of 89.3 s (a full collection every
 * 2 s instead: 1502 MB, but 120.6 s).
 */
function collectGarbageOften(): void {
  const headroom = settings.gcHeadroomMB * 2 ** 20;
  if (!(headroom > 0)) return;
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  if (typeof gc !== 'function') return;
  let limit = 2 * headroom;
  setInterval(() => {
    if (v8.getHeapStatistics().used_heap_size < limit) return;
    gc();
    limit = v8.getHeapStatistics().used_heap_size + headroom;
  }, 250).unref();
}

type Pipeline = Pick<CompileOptions, 'format' | 'remarkPlugins' | 'rehypePlugins'>;

/** What the pipeline compiles (the content layer's Document is one): a body, the file it is in, and the public/ its files are in. */
export type MdxDocument = {
  /** Path relative to the project root, for messages. */
  file: string;
  source: { path: string; format: 'md' | 'mdx'; body: string; bodyLine: number };
  publicDir: string;
};

/**
 * The one Markdown/MDX pipeline. Routes never configure MDX: they hand a
 * document to `renderDocument`, and the content check runs `checkDocument`
 * with the same plugins. `report` receives what the compile found but did
 * not stop for (HTML the sanitizer removed, LaTeX errors): rendering prints
 * it, so the build says what it left out.
 */
function pipeline(format: 'md' | 'mdx', publicDir: string, report?: (message: VFileMessage) => void, checked?: CheckedFile[]): Pipeline {
  return {
    format,
    remarkPlugins: [
      // What a heading, a table, math is: the content layer's one pass (lib/content/derive.ts) starts the same way.
      ...structureRemarkPlugins(),
      remarkNoLiquid,
      ...(format === 'mdx' ? [remarkBlockedScript, [remarkUnknownComponents, { known: COMPONENT_NAMES }], remarkComponentProps, remarkCite, remarkListHeadingLevel] : []),
      // A missing image fails the page (and the check) on its line, not as a broken image.
      [remarkLocalFiles, { publicDir, checked }],
      remarkMermaid,
    ] as Pipeline['remarkPlugins'],
    rehypePlugins: [
      // Raw HTML in `.md`, and heading ids: the ids the table of contents (lib/content/derive.ts) links to.
      ...structureRehypePlugins(format),
      // An <img> in a `.md` body's HTML is checked as a Markdown image is.
      ...(format === 'md' ? [[rehypeLocalHtmlImages, { publicDir, checked }]] : []),
      [rehypeAutolinkHeadings, { behavior: 'append', properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 }, content: { type: 'text', value: '#' } }],
      // KaTeX renders math at build; a LaTeX error shows its source in red and is reported by the check,
      // and so is an address the gate refuses in \href or \url (mathTrust).
      [rehypeKatex, { throwOnError: false, errorColor: '#cc0000', trust: mathTrust, strict: mathStrict }],
      // Shiki highlights at build in both themes; the site's theme picks one in CSS. One highlighter serves every page.
      [rehypePrettyCode, { theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, keepBackground: false, defaultLang: { block: 'plaintext' } }],
      rehypeTaskListLabels,
      // Last, on the tree as it will render: HTML the policy does not allow is removed, and reported.
      rehypeSanitizeContent,
      // An <img> written as JSX, once clean, renders as a Markdown image does (through MarkdownImage).
      ...(format === 'mdx' ? [rehypeJsxImages] : []),
      // Long names in inline code break at their separators on a phone, not mid-word.
      rehypeInlineCodeBreaks,
      // Then site paths gain the base path, when the site has one.
      [rehypeSiteLinks, { basePath }],
      ...(report ? [() => (_tree: unknown, file: VFile) => file.messages.forEach(report)] : []),
    ] as Pipeline['rehypePlugins'],
  };
}

type CompilerMessage = Pick<VFileMessage, 'reason' | 'line' | 'column' | 'fatal' | 'note' | 'source' | 'cause' | 'ancestors'>;

/**
 * Where in the body a message points. Some carry no position: micromark puts
 * it in the reason ("... (3:1-3:10)"), and KaTeX's display math is a `code`
 * element made without one, inside a `pre` that has it.
 */
function placeOf(message: CompilerMessage): { line: number; column: number } {
  if (message.line) return { line: message.line, column: message.column ?? 1 };
  const ancestor = message.ancestors?.findLast((node) => node.position)?.position?.start;
  if (ancestor) return { line: ancestor.line, column: ancestor.column };
  const inReason = / \((\d+):(\d+)(-\d+:\d+)?\)$/.exec(message.reason);
  if (inReason) return { line: Number(inReason[1]), column: Number(inReason[2]) };
  return { line: 1, column: 1 };
}

/** Turns an MDX compiler message into an issue on the right line of the file (not of the body). */
function toIssue(doc: MdxDocument, message: CompilerMessage): ContentIssue {
  const place = placeOf(message);
  const latex = message.source === 'rehype-katex';
  const ours = message.source === 'folio';
  // micromark appends the position to its reason: "... (3:1-3:10)"; the line says it already.
  const reason = message.reason.replace(/ \(\d+:\d+(-\d+:\d+)?\)$/, '');
  const refused = message.cause instanceof RefusedInMath ? message.cause : undefined;
  let text = `MDX syntax error: ${reason}`;
  if (latex) text = `LaTeX error: ${(message.cause as Error | undefined)?.message ?? reason}`;
  else if (ours) text = reason;
  return {
    severity: message.fatal === false && !latex ? 'warning' : 'error',
    file: doc.file,
    line: place.line + doc.source.bodyLine - 1,
    column: place.column,
    message: text,
    fix: message.note ?? refused?.fix ?? (latex ? 'check the LaTeX between the dollar signs; the page shows it in red until fixed' : syntaxFix(reason, doc.source.format)),
  };
}

function syntaxFix(reason: string, format: 'md' | 'mdx'): string {
  if (/comment/i.test(reason)) return 'MDX has no HTML comments: delete the <!-- --> block, or rename the file to .md';
  if (/closing tag|end of file.*tag|expected.*tag/i.test(reason)) return 'close the component (<Name>...</Name>) or make it self-closing (<Name />)';
  if (/expression|brace|acorn/i.test(reason)) return 'a literal { or } must be written \\{ or \\}';
  if (/character.*before name|start a name/i.test(reason)) return 'a literal < must be written &lt; (or \\<)';
  return format === 'mdx' ? 'see https://mdxjs.com/docs/troubleshooting-mdx/' : 'check the Markdown near this line';
}

/** Compiles a document the way rendering does and reports every problem with its file line. */
export async function checkDocument(doc: MdxDocument, publicDir: string, routes?: ReadonlySet<string>): Promise<ContentIssue[]> {
  const file = new VFile({ value: doc.source.body, path: doc.source.path });
  try {
    const options = pipeline(doc.source.format, publicDir);
    // Only the check follows internal links, against the site's routes (lib/check/index.ts lists them);
    // first, so a missing image (which stops the compile) does not hide them.
    if (routes) options.remarkPlugins = [[remarkInternalLinks, { routes, publicDir }], ...(options.remarkPlugins ?? [])];
    await compile(file, options);
  } catch (error) {
    // Syntax errors are thrown, not added to the file's messages.
    if (!file.messages.includes(error as VFileMessage)) {
      const e = error as Partial<VFileMessage> & { message: string };
      let start = e.place && 'start' in e.place ? e.place.start : e.place;
      if (e.ruleId === 'unexpected-eof' && e.source === 'micromark-extension-mdx-expression' && start?.offset !== undefined) start = openingBrace(doc.source.body, start.offset) ?? start;
      file.messages.push(Object.assign(new VFileMessage(e.reason ?? e.message, { place: start ?? undefined }), { fatal: true }));
    }
  }
  return file.messages.map((m) => toIssue(doc, m));
}

/**
 * An unclosed `{` is reported where its expression ran out: the end of the
 * paragraph, or of the file, paragraphs later. The author needs the `{`:
 * the last one before that point whose braces do not balance (micromark
 * counts braces the same way).
 */
function openingBrace(body: string, end: number): Point | undefined {
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    if (body[i] === '}') depth++;
    else if (body[i] === '{' && depth-- === 0) return location(body).toPoint(i);
  }
  return undefined;
}

/** Renders a document's body to React on the server. Errors name the file and line. */
export async function renderDocument(doc: MdxDocument, components: MDXComponents): Promise<React.ReactElement> {
  try {
    const report = (message: CompilerMessage) => console.warn(formatIssue(toIssue(doc, message)));
    const cache = buildCache();
    if (cache) return await renderCached(doc, components, report, cache);
    const { content } = await compileMDX({ source: doc.source.body, components, options: { mdxOptions: pipeline(doc.source.format, doc.publicDir, report) } });
    return content;
  } catch (error) {
    const issues = (await checkDocument(doc, doc.publicDir)).filter((i) => i.severity === 'error');
    if (issues.length > 0) throw new ContentError(issues);
    throw new ContentError([{ severity: 'error', file: doc.file, line: doc.source.bodyLine, column: 1, message: String((error as Error).message) }]);
  }
}

/** A body compiled to JavaScript (next-mdx-remote's compile: JavaScript blocked), what the compile reported, and the files it checked. */
type Compiled = { code: string; messages: CompilerMessage[]; files: CheckedFile[] };

/**
 * `compileMDX`'s two halves, the compile kept in the build cache (lib/build/cache.ts)
 * by the body, its format and the base path: a build compiles only the bodies that
 * changed. What the compile reported is reported again, and the files the body shows
 * are checked again, so a file gone from public/ fails the page as before.
 */
async function renderCached(doc: MdxDocument, components: MDXComponents, report: (message: CompilerMessage) => void, cache: BuildCache): Promise<React.ReactElement> {
  const { format, body } = doc.source;
  const { publicDir } = doc;
  const compiled = await cache.rememberJson<Compiled>(
    'mdx',
    cacheKey(format, body, basePath),
    async () => {
      const messages: CompilerMessage[] = [];
      const files: CheckedFile[] = [];
      // As it is kept: the place resolved, the cause reduced to its message.
      const keep = (m: VFileMessage) => messages.push({ ...placeOf(m), ancestors: undefined, reason: m.reason, fatal: m.fatal, note: m.note, source: m.source, cause: m.cause ? { message: (m.cause as Error).message } : undefined });
      const { compiledSource } = await serialize(body, { mdxOptions: pipeline(format, publicDir, keep, files) }, true);
      return { code: compiledSource, messages, files };
    },
    (kept) => kept.files.every((file) => stillThere(file, publicDir)),
  );
  compiled.messages.forEach(report);
  // What compileMDX does with the compiled body: run it with React's JSX runtime, as a component.
  const { default: Content } = runSync(compiled.code, jsxRuntime as Parameters<typeof runSync>[1]);
  return createElement(Content, { components });
}
