import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { Tokenizer, type Token, type TokenHandler } from 'parse5';
import { find, hastToReact, html as htmlSpace } from 'property-information';
import type { Position } from 'unist';
import { location } from 'vfile-location';
import { judgeAddress, show } from '../routing/addresses';
import parseStyle from 'style-to-object';
import styleToJs from 'style-to-js';
import { addressKinds, EMBED_HOSTS, schema, styleDeclarationProblem } from './policy';

/**
 * HTML that went through the sanitizer (or is built only from such HTML and
 * escaped text): the only kind a component may render as HTML.
 */
export type SafeHtml = string & { readonly __brand: 'SafeHtml' };

/** For HTML Folio builds itself from safe parts: escaped text, sanitized fragments, KaTeX's output. */
export const trustedHtml = (html: string) => html as SafeHtml;

/** Plain text as HTML that shows it as written. */
export const textHtml = (text: string) => trustedHtml(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));

/** Safe fragments joined by plain text (`, `, ` in `): still safe. */
export const joinHtml = (parts: readonly SafeHtml[], separator: string) => trustedHtml(parts.join(textHtml(separator)));

/**
 * The first tag or comment in text Folio shows as text (a post's `title`),
 * as an HTML parser reads it (`<em>`, `</b>`, `<!--`): a feed reader renders
 * some of these fields as HTML. Undefined when there is none: `a < b` and
 * `Q&amp;A` are text.
 */
export function markupIn(text: string): string | undefined {
  let found: string | undefined;
  tokenize(text, (stop) => {
    const markup = (what: string) => {
      found ??= what;
      stop();
    };
    return {
      onStartTag: (token) => markup(`<${token.tagName}>`),
      onEndTag: (token) => markup(`</${token.tagName}>`),
      onComment: () => markup('<!--'),
      onDoctype: () => markup('<!DOCTYPE>'),
    };
  });
  return found;
}

/** Reads HTML with parse5's tokenizer (tags and their places, no tree), until a handler calls `stop`. */
function tokenize(html: string, handlers: (stop: () => void) => Partial<TokenHandler>): void {
  const ignore = () => {};
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag: ignore,
      onEndTag: ignore,
      onComment: ignore,
      onDoctype: ignore,
      onEof: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
      ...handlers(() => tokenizer.pause()),
    },
  );
  tokenizer.write(html, true);
}

/** Something the sanitizer took out of the author's HTML, to report with its line. */
export type Removal = {
  message: string;
  fix: string;
  position?: Position;
};

type MdxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;
/**
 * An element as the library was given it, the node it stands for, and (for
 * HTML in MDX) each property's attribute as written, with where it is, and
 * the attributes that repeat an earlier one.
 */
type Tracked = { node: Element; original: RootContent; attributes?: Map<string, Written>; repeats?: Repeat[]; refused?: Refused[]; style?: StyleRemoval[] };
/** What the CSS policy took out of a `style` attribute: a declaration, or the whole attribute when it is no CSS. */
type StyleRemoval = { message: string; fix: string };
/** An address the gate (lib/routing/addresses.ts) refused: taken off the element before the policy runs. */
type Refused = { property: string; value: string; problem: string; fix: string };
/** An attribute of HTML written as JSX (or HTML): its name as written, and where. */
type Written = { name: string; position?: Position; attribute?: MdxJsxAttribute };
/** An attribute written again on the same element, in any case (`HREF` ... `href`): a browser reads only the first. */
type Repeat = { first: Written; repeat: Written };
type Bookkeeping = { byId: Map<number, Tracked>; idOf: Map<RootContent, number>; next: number };

/** Stands for an MDX component (`<Figure>`) while the library sanitizes the HTML around and inside it. */
const COMPONENT = 'folio-mdx-component';
/** Stands for any other node the library does not know (it would drop it). */
const OPAQUE = 'folio-opaque';
const internalSchema = { ...schema, tagNames: [...(schema.tagNames ?? []), COMPONENT, OPAQUE] };

const isMdxElement = (node: RootContent | Root): node is MdxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
/** An MDX tag in lower case is HTML (`<img>`), in capitals a component (`<Figure>`). */
const isHtmlTag = (name: string | null) => !!name && /^[a-z][a-z0-9-]*$/.test(name);

/**
 * Sanitizes a tree by the one policy (lib/sanitize/policy.ts), with
 * hast-util-sanitize, and reports each removal. The tree may be an MDX
 * tree: HTML written as JSX (`<img onError="...">`) is sanitized like HTML,
 * and components (`<Figure>`) are kept, their children sanitized.
 */
export function sanitizeTree(tree: Root, report: (removal: Removal) => void = () => {}, { source }: { source?: string } = {}): Root {
  const books: Bookkeeping = { byId: new Map(), idOf: new Map(), next: 0 };
  const prepared = prepare(tree, books) as Root;
  const clean = sanitize(prepared, internalSchema) as Root;
  const kept = new Map<number, Element>();
  collect(clean, kept);
  reportRemovals(tree, books, kept, report, source);
  return restore(clean, books.byId) as Root;
}

/** Sanitizes an HTML fragment (front matter, BibTeX fields, feed entries) by the same policy. */
export function sanitizeHtml(html: string, report?: (removal: Removal) => void): SafeHtml {
  const tree = fromHtml(html, { fragment: true });
  return toHtml(sanitizeTree(tree, report, { source: html }), { characterReferences: { useNamedReferences: true } }) as SafeHtml;
}

// ---- preparing: every element gets an id; MDX nodes become elements the library understands

function prepare(node: Root | RootContent, books: Bookkeeping): Root | RootContent {
  if (node.type === 'root') return { ...node, children: node.children.map((c) => prepare(c, books) as RootContent) };
  const id = books.next++;
  const children = 'children' in node ? (node.children as RootContent[]).map((c) => prepare(c, books) as ElementContent) : [];
  let element: Element;
  let attributes: Map<string, Written> | undefined;
  let repeats: Repeat[] | undefined;
  if (node.type === 'element') {
    element = { ...node, properties: { ...node.properties }, children };
  } else if (isMdxElement(node) && isHtmlTag(node.name)) {
    attributes = new Map();
    repeats = [];
    const properties: Properties = {};
    // The attribute set the browser reads: React writes each name as given (`HREF`), the browser folds
    // its case, and of a name given twice it keeps the first. The policy judges that set, and only
    // that set is written back (`restore`).
    const byName = new Map<string, Written>();
    for (const attribute of node.attributes) {
      // An expression (`width={300}`) is removed by next-mdx-remote's blockJS, and reported by report-blocked-script.
      if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) continue;
      const info = find(htmlSpace, attribute.name);
      const written: Written = { name: attribute.name, position: attribute.position, attribute };
      const first = byName.get(info.attribute.toLowerCase());
      if (first) {
        repeats.push({ first, repeat: written });
        continue;
      }
      byName.set(info.attribute.toLowerCase(), written);
      attributes.set(info.property, written);
      properties[info.property] = attribute.value ?? true;
    }
    element = { type: 'element', tagName: node.name!, properties, children, position: node.position };
  } else if (node.type === 'text' || node.type === 'comment' || node.type === 'doctype') {
    return node;
  } else if (node.type === 'raw') {
    // rehype-raw has parsed every raw node before the sanitizer runs; one left over is not HTML Folio can vouch for.
    element = { type: 'element', tagName: 'folio-raw', properties: {}, children: [], position: node.position };
  } else {
    element = { type: 'element', tagName: isMdxElement(node) ? COMPONENT : OPAQUE, properties: {}, children, position: node.position };
  }
  const refused = refuseAddresses(element);
  const style = cleanStyle(element);
  element.data = { ...element.data, folioId: id } as Element['data'];
  books.byId.set(id, { node: element, original: node, attributes, repeats, refused, style });
  books.idOf.set(node, id);
  return element;
}

/**
 * Every address of an element through the one gate, as the browser would
 * read it: what it refuses is taken off (so the policy never sees it) and
 * reported with the gate's reason.
 */
function refuseAddresses(element: Element): Refused[] | undefined {
  let refused: Refused[] | undefined;
  for (const [property, value] of Object.entries(element.properties)) {
    const kinds = typeof value === 'string' ? addressKinds(element.tagName, property) : undefined;
    if (!kinds) continue;
    const verdict = judgeAddress(value as string, kinds);
    if (verdict.ok) continue;
    delete element.properties[property];
    (refused ??= []).push({ property, value: value as string, problem: verdict.problem, fix: verdict.fix });
  }
  return refused;
}

/**
 * An element's `style` by the CSS policy (lib/sanitize/policy.ts): each
 * declaration it refuses is taken out (all of it, when it is no CSS), the
 * rest written back as `property: value` pairs.
 */
function cleanStyle(element: Element): StyleRemoval[] | undefined {
  const style = element.properties.style;
  if (typeof style !== 'string') return undefined;
  const tag = tagOf(element);
  const kept: string[] = [];
  const removed: StyleRemoval[] = [];
  try {
    parseStyle(style, (property, value) => {
      const problem = styleDeclarationProblem(property, value);
      if (problem) removed.push({ message: `\`${property}\` in the style of ${tag} is removed: ${problem}`, fix: 'style with a class, or a property that loads nothing from elsewhere' });
      else kept.push(`${property}: ${value}`);
    });
  } catch (error) {
    delete element.properties.style;
    return [{ message: `the style ${show(style)} of ${tag} is not CSS Folio can read (${(error as Error).message}), so it is removed`, fix: 'write it as `property: value; property: value`' }];
  }
  if (kept.length > 0) element.properties.style = kept.join('; ');
  else delete element.properties.style;
  return removed.length > 0 ? removed : undefined;
}

function idOf(node: { data?: unknown }): number | undefined {
  return (node.data as { folioId?: number } | undefined)?.folioId;
}

function collect(node: Root | RootContent, kept: Map<number, Element>) {
  if (node.type === 'element') {
    const id = idOf(node);
    if (id !== undefined) kept.set(id, node);
  }
  if ('children' in node) for (const child of node.children) collect(child, kept);
}

// ---- reporting: what the library removed, in the author's terms

function reportRemovals(tree: Root, books: Bookkeeping, kept: Map<number, Element>, report: (removal: Removal) => void, source?: string) {
  const visit = (node: Root | RootContent, removedAbove: boolean) => {
    const id = node.type === 'root' ? undefined : books.idOf.get(node);
    let removed = removedAbove;
    if (id !== undefined && !removedAbove) {
      const before = books.byId.get(id)!;
      const after = kept.get(id);
      if (!after || isEmptyFrame(after)) {
        report(elementRemoval(before.node, before.refused));
        removed = !!after || (schema.strip?.includes(before.node.tagName) ?? false);
      } else {
        for (const refusal of before.refused ?? []) report(addressRemoval(before.node, refusal, before.attributes?.get(refusal.property) ?? writtenIn(source, before.node, refusal.property)));
        const style = before.style && (before.attributes?.get('style') ?? writtenIn(source, before.node, 'style'));
        for (const removal of before.style ?? []) report({ ...removal, position: style?.position ?? before.node.position });
        for (const [property, value] of Object.entries(before.node.properties)) {
          // Plugins leave properties set to nothing (`className: undefined`); only a value can be removed.
          if (value === undefined || value === null || value === false) continue;
          if (!(property in after.properties)) report(attributeRemoval(before.node, property, before.attributes?.get(property) ?? writtenIn(source, before.node, property)));
        }
      }
      // HTML in a `.md` body was parsed already (the first of a repeated name kept): its repeats are read from the source.
      if (after) for (const repeat of before.repeats ?? repeatsIn(source, before.node)) report(repeatRemoval(before.node, repeat));
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child, removed);
  };
  visit(tree, false);
}

const SCRIPT_FIX = 'delete it; for a diagram use a ```mermaid block, for a video <Video> or <YouTube>, for a figure <Figure>';

function elementRemoval(node: Element, refused?: Refused[]): Omit<Removal, 'position'> & { position?: Position } {
  const tag = node.tagName;
  const position = node.position;
  const src = typeof node.properties.src === 'string' ? node.properties.src : refused?.find((r) => r.property === 'src')?.value;
  switch (tag) {
    case 'script':
      return { position, message: '<script> is removed: content cannot run scripts', fix: SCRIPT_FIX };
    case 'style':
      return { position, message: '<style> is removed: a page\'s styles come from the site', fix: 'style one element with a `style="..."` attribute, or use a class' };
    case 'iframe': {
      const hosts = [...new Set(EMBED_HOSTS.map((h) => h.name))].join(' and ');
      const player = src && EMBED_HOSTS.find((h) => src.startsWith(h.prefix));
      let message = src ? `<iframe> showing \`${src}\` is removed: only ${hosts} players may be embedded` : `<iframe> without an embeddable \`src\` is removed: only ${hosts} players may be embedded`;
      if (player) message = `<iframe> showing \`${src}\` is removed: a ${player.name} player's address is ${player.prefix}, a video's id, then options (\`?start=30\`)`;
      return {
        position,
        message,
        fix: 'use <YouTube id="..."> or <Video src="..."> for a video; link to anything else',
      };
    }
    case 'meta':
    case 'base':
    case 'link':
    case 'title':
    case 'head':
      return { position, message: `<${tag}> is removed: a page's <head> comes from its front matter`, fix: 'set `title` and `description` in the front matter; a page that moved gets `redirect:` in its front matter' };
    case 'object':
    case 'embed':
    case 'applet':
      return { position, message: `<${tag}> is removed: it can run plugins and scripts`, fix: 'use <Figure> for an image, <Video> for a video, or link to the file (e.g. a PDF in public/assets/pdf/)' };
    case 'form':
    case 'input':
    case 'button':
    case 'select':
    case 'textarea':
      return { position, message: `<${tag}> is removed: content has no forms`, fix: 'link to the form instead (e.g. its Google Forms address)' };
    case COMPONENT:
    case OPAQUE:
    case 'folio-raw':
      return { position, message: 'HTML that could not be checked is removed', fix: 'write it as plain HTML in a .md file' };
    default:
      return {
        position,
        message: schema.strip?.includes(tag) ? `<${tag}> is removed, with its content` : `<${tag}> is not allowed, so it is removed (its text is kept)`,
        fix: 'use Markdown, or the HTML README lists under "When something is wrong"',
      };
  }
}

function attributeRemoval(node: Element, property: string, written?: Written): Omit<Removal, 'position'> & { position?: Position } {
  const name = written?.name ?? find(htmlSpace, property).attribute;
  const tag = node.tagName === COMPONENT ? 'component' : `<${node.tagName}>`;
  const raw = node.properties[property];
  const value = typeof raw === 'string' ? raw : Array.isArray(raw) ? raw.join(' ') : '';
  // On the attribute's line when it has one (HTML written as JSX over several lines).
  const position = written?.position ?? node.position;
  if (/^on/i.test(name)) return { position, message: `the \`${name}\` attribute of ${tag} is removed: content cannot run scripts`, fix: 'delete it' };
  if (/^\s*(javascript|vbscript)\s*:/i.test(value)) return { position, message: `the ${name} \`${value.slice(0, 40)}\` of ${tag} is removed: it would run a script`, fix: 'link to an https: or mailto: address, or a path of this site' };
  if (/^\s*data\s*:/i.test(value)) return { position, message: `the ${name} of ${tag} is removed: a \`data:\` address is allowed in images only`, fix: 'put the file in public/ and use its path' };
  if (name === 'srcdoc') return { position, message: `the \`srcdoc\` of ${tag} is removed: it would run a page inside the page`, fix: 'use <YouTube id="..."> or <Video src="...">' };
  if (name === 'dangerouslySetInnerHTML') return { position, message: `\`dangerouslySetInnerHTML\` on ${tag} is removed`, fix: 'write the HTML itself in the file' };
  if (name === 'name') return { position, message: `the \`name\` attribute of ${tag} is removed: it could override the page's scripts`, fix: 'use `id` to give the element an anchor' };
  return { position, message: `the \`${name}\` attribute of ${tag} is not allowed, so it is removed`, fix: 'allowed everywhere: class, style, id, title, lang, dir, aria-*, data-*; see README, "When something is wrong"' };
}

function addressRemoval(node: Element, { property, value, problem, fix }: Refused, written?: Written): Removal {
  const name = written?.name ?? find(htmlSpace, property).attribute;
  return { position: written?.position ?? node.position, message: `the ${name} ${show(value)} of ${tagOf(node)} is removed: it ${problem}`, fix };
}

const tagOf = (node: Element) => (node.tagName === COMPONENT ? 'component' : `<${node.tagName}>`);

function repeatRemoval(node: Element, { first, repeat }: Repeat): Removal {
  const names = first.name === repeat.name ? `\`${first.name}\`` : `\`${first.name}\`, then \`${repeat.name}\``;
  return {
    position: repeat.position ?? node.position,
    message: `the attribute \`${repeat.name.toLowerCase()}\` is written twice on <${node.tagName}> (${names}): a browser reads only the first, so the second is removed`,
    fix: 'write each attribute once (a browser reads a name the same in any case)',
  };
}

/**
 * The start tag of an element of HTML written as HTML (a `.md` body), read
 * again from the source with parse5's tokenizer: the parser that made the
 * element keeps neither attribute places nor repeated names. Undefined when
 * the element was not written as a tag there.
 */
function startTagIn(source: string | undefined, node: Element, onRepeat?: (offset: number) => void): { tag: Token.TagToken; start: number } | undefined {
  const start = node.position?.start.offset;
  if (source === undefined || start === undefined || source[start] !== '<') return undefined;
  let tag: Token.TagToken | undefined;
  tokenize(source.slice(start, node.position?.end.offset ?? source.length), (stop) => ({
    // The first start tag is the element's: the rest of the source is not read.
    onStartTag: (token) => {
      tag ??= token;
      stop();
    },
    // Reported where the repeated name ends.
    onParseError: (error) => {
      if (error.code === 'duplicate-attribute' && !tag) onRepeat?.(error.startOffset);
    },
  }));
  return tag && tag.tagName === node.tagName ? { tag, start } : undefined;
}

/** The attributes of a `.md` body's HTML element that repeat an earlier one (`<a HREF="..." href="...">`). */
function repeatsIn(source: string | undefined, node: Element): Repeat[] {
  const ends: number[] = [];
  const found = startTagIn(source, node, (offset) => ends.push(offset));
  if (!found || ends.length === 0) return [];
  const place = location(source!);
  const at = (from: number, to: number) => {
    const start = place.toPoint(found.start + from);
    const end = place.toPoint(found.start + to);
    return start && end ? { start, end } : undefined;
  };
  return ends.map((end) => {
    const name = /[^\s/"'=>]+$/.exec(source!.slice(found.start, found.start + end))?.[0] ?? '';
    const first = found.tag.location?.attrs?.[name.toLowerCase()];
    const firstName = first ? /^[^\s/"'=>]+/.exec(source!.slice(found.start + first.startOffset))?.[0] : undefined;
    return {
      first: { name: firstName ?? name.toLowerCase(), position: first && at(first.startOffset, first.endOffset) },
      repeat: { name, position: at(end - name.length, end) },
    };
  });
}

/**
 * Where an attribute of HTML written as HTML (a `.md` body) is: the parser
 * that made the element keeps only the element's place, so its start tag is
 * read again from the source, with parse5's tokenizer (on the error path
 * only). Undefined when the source or the attribute cannot be found.
 */
function writtenIn(source: string | undefined, node: Element, property: string): Written | undefined {
  const found = startTagIn(source, node);
  const name = find(htmlSpace, property).attribute;
  const attribute = found?.tag.location?.attrs?.[name];
  if (!found || !attribute) return undefined;
  const place = location(source!);
  const from = place.toPoint(found.start + attribute.startOffset);
  const to = place.toPoint(found.start + attribute.endOffset);
  return from && to ? { name, position: { start: from, end: to } } : undefined;
}

/** An `<iframe>` whose `src` the policy removed shows nothing, or its `srcdoc`: it goes altogether. */
function isEmptyFrame(node: Element): boolean {
  return node.tagName === 'iframe' && typeof node.properties.src !== 'string';
}

// ---- restoring: the sanitized tree, with MDX nodes back in place

function restore(node: Root | RootContent, tracked: Map<number, Tracked>): Root | RootContent | undefined {
  if (node.type === 'root') return { ...node, children: restoreAll(node.children, tracked) as RootContent[] };
  if (node.type !== 'element') return node;
  if (isEmptyFrame(node)) return undefined;
  const id = idOf(node);
  const children = restoreAll(node.children, tracked) as ElementContent[];
  const data = { ...(node.data as Record<string, unknown> | undefined) };
  delete data.folioId;
  const entry = id === undefined ? undefined : tracked.get(id);
  // A component, or a node the library does not know: the node itself, with its children sanitized.
  if (entry && (entry.node.tagName === COMPONENT || entry.node.tagName === OPAQUE)) return ('children' in entry.original ? { ...entry.original, children } : entry.original) as RootContent;
  if (entry && entry.attributes && isMdxElement(entry.original)) {
    // The attributes the policy kept, once each, under the names React writes as the browser reads them (`HREF` as `href`).
    const attributes = [...entry.attributes]
      .filter(([property]) => property in node.properties)
      .map(([property, written]): MdxJsxAttribute => (property === 'style' ? styleAttribute(written, String(node.properties.style)) : { ...written.attribute!, name: propName(property, written.name) }));
    return { ...entry.original, attributes, children } as RootContent;
  }
  const restored: Element = { ...node, children };
  if (Object.keys(data).length > 0) restored.data = data as unknown as Element['data'];
  else delete restored.data;
  return restored;
}

/**
 * A `style` as React takes it, an object (`{fontSize: '90%'}`), from the
 * CSS the policy kept: converted as MDX converts the style of HTML in a
 * `.md` body (style-to-js), and written as a literal the compile reads as
 * it reads an expression: no code but the object.
 */
function styleAttribute(written: Written, css: string): MdxJsxAttribute {
  const properties = Object.entries(styleToJs(css, { reactCompat: true })).map(([key, value]) => ({
    type: 'Property' as const,
    kind: 'init' as const,
    method: false,
    shorthand: false,
    computed: false,
    key: { type: 'Literal' as const, value: key },
    value: { type: 'Literal' as const, value: String(value) },
  }));
  const expression = { type: 'ObjectExpression' as const, properties };
  return {
    ...written.attribute!,
    name: 'style',
    value: { type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(Object.fromEntries(properties.map((p) => [p.key.value, p.value.value]))), data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression }] } } },
  };
}

/**
 * The prop React writes as an attribute of that name: its React name
 * (`className`, `srcSet`), `aria-*` and `data-*` in lower case. (`style`
 * is an object there: styleAttribute.)
 */
function propName(property: string, written: string): string {
  if (/^(aria|data)[A-Z]/.test(property)) return find(htmlSpace, written).attribute.toLowerCase();
  return hastToReact[property] ?? property;
}

/** Props of MDX components that hold an address, and the HTML attribute whose rule they follow. */
const URL_PROPS: Record<string, [tag: string, property: string]> = { src: ['img', 'src'], href: ['a', 'href'], poster: ['video', 'poster'], url: ['a', 'href'] };

/**
 * The address props of a component (`<Figure src>`, `<Video poster>`)
 * that the policy would not allow on the matching HTML element. A component
 * cannot lose a prop it needs, so these stop the compile.
 */
export function unsafeComponentProps(node: MdxElement): Removal[] {
  const problems: Removal[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !URL_PROPS[attribute.name]) continue;
    const [tagName, property] = URL_PROPS[attribute.name]!;
    const verdict = judgeAddress(attribute.value, addressKinds(tagName, property)!);
    const probe = sanitize({ type: 'element', tagName, properties: { [property]: attribute.value }, children: [] }, schema) as Root | Element;
    const element = probe.type === 'element' ? probe : (probe.children[0] as Element | undefined);
    if (!verdict.ok || element?.properties[property] === undefined) {
      problems.push({
        position: attribute.position ?? node.position,
        message: `the ${attribute.name} ${show(attribute.value)} of <${node.name}> is not a safe address${verdict.ok ? '' : `: it ${verdict.problem}`}`,
        fix: 'use a path of this site (a file in public/) or an https: address',
      });
    }
  }
  return problems;
}

function restoreAll(nodes: RootContent[], tracked: Map<number, Tracked>): RootContent[] {
  return nodes.map((c) => restore(c, tracked)).filter((c): c is RootContent => c !== undefined);
}
