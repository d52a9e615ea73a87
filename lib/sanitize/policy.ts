import type { Schema } from 'hast-util-sanitize';
import type { TrustContext } from 'katex';
import { judgeAddress, type AddressKind } from '../routing/addresses';

/**
 * What HTML content may contain: the one policy for pages, posts, news,
 * publication fields, front-matter HTML and the feeds. Everything else is
 * removed by the sanitizer (lib/sanitize/sanitize.ts) and reported with its
 * file and line by the content check.
 *
 * It keeps what al-folio content legitimately uses (figures, tables,
 * `<details>`, video and audio, embeds from the hosts below, KaTeX's and
 * Shiki's output, `class`, `style` and `id`) and nothing that runs: no
 * scripts, event handlers, `javascript:` URLs, `srcdoc`, `<meta>`, `<base>`,
 * `<link>`, `<style>` elements, `<object>`, `<embed>` or forms.
 */

/** The players an `<iframe>` may show (README: "When something is wrong"). */
export const EMBED_HOSTS = [
  { name: 'YouTube', prefix: 'https://www.youtube-nocookie.com/embed/' },
  { name: 'YouTube', prefix: 'https://www.youtube.com/embed/' },
  { name: 'Vimeo', prefix: 'https://player.vimeo.com/video/' },
] as const;

/** The origins of those players, for the Content-Security-Policy's `frame-src`. */
export const EMBED_ORIGINS = [...new Set(EMBED_HOSTS.map((h) => new URL(h.prefix).origin))];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/**
 * A player's address: its prefix, one path segment naming the video (`abc123`, `videoseries`), then
 * options. Nothing a browser would resolve to another page of the host: no `..` or `%2e`, no `\`, no
 * second segment, no whitespace (a URL parser drops tabs and newlines).
 */
const EMBED_SRC = new RegExp(`^(?:${EMBED_HOSTS.map((h) => escapeRegExp(h.prefix)).join('|')})[\\w-]+(?:[?#][^\\s\\\\]*)?$`);

/** A URL a page may load media from: this site (a path) or https. Never `data:`, `javascript:` or another scheme. */
const MEDIA_SRC = /^(?:https:\/\/|\/(?!\/)|\.{0,2}\/|[^:/?#]+(?:[/?#]|$))/;
/** Images may also be inline `data:` images (not SVG, which can carry script when opened on its own). */
const IMAGE_SRC = new RegExp(`${MEDIA_SRC.source}|^data:image\\/(?:png|jpe?g|gif|webp|avif);`, 'i');
/** A `srcset` that names no script URL. */
const SRCSET = /^(?![\s\S]*(?:javascript|vbscript|data):)/i;

/** Where a link may lead: a page or file of the site, another site, an e-mail or a phone number, a place on the page. */
const LINK: readonly AddressKind[] = ['site', 'web', 'mailto', 'tel', 'relative', 'fragment'];
const MEDIA: readonly AddressKind[] = ['site', 'web', 'relative'];

/**
 * The attributes that hold an address, and the kinds each may be: every
 * one passes the one address gate (lib/routing/addresses.ts) before the
 * rules below, which narrow media further (https, the embeddable players).
 */
export function addressKinds(tagName: string, property: string): readonly AddressKind[] | undefined {
  if (property === 'href' || property === 'cite') return LINK;
  if (property === 'src') return tagName === 'img' ? [...MEDIA, 'data-image'] : MEDIA;
  if (property === 'poster') return MEDIA;
  return undefined;
}

/** A command in math that would write an address or an attribute Folio does not allow: a LaTeX error on its line, with this fix. */
export class RefusedInMath extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
    this.name = 'RefusedInMath';
  }
}

/**
 * KaTeX's `trust` option, for math in bodies and in BibTeX: `\href`, `\url`
 * and `\includegraphics` render when the address gate lets their address
 * through; anything else (`\href{javascript:...}`, `\htmlStyle`) throws,
 * so the compile reports it on the formula's line instead of KaTeX drawing
 * the command in red.
 */
export function mathTrust(context: TrustContext): boolean {
  // (KaTeX warns about \htmlStyle and the like before asking: `mathStrict` quiets that one warning.)
  if ('url' in context) {
    const verdict = judgeAddress(context.url, context.command === '\\includegraphics' ? addressKinds('img', 'src')! : LINK);
    if (verdict.ok) return true;
    throw new RefusedInMath(`${context.command}: ${verdict.message}`, verdict.fix);
  }
  throw new RefusedInMath(`${context.command} is not allowed in math: it would write HTML attributes`, `remove ${context.command}; style math with LaTeX (\\color, \\textbf)`);
}

/** CSS escapes (`\\6a`, `\\:`) read as the characters they stand for, so `ur\\6c(` is judged as `url(`. */
function unescapeCss(value: string): string {
  const character = (hex: string) => {
    const code = parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  };
  return value.replace(/\\([\da-f]{1,6})\s?|\\(.)/gi, (_m, hex: string | undefined, char: string | undefined) => (hex ? character(hex) : char!));
}

/**
 * What a declaration of a `style` attribute may be: any property, but none
 * that runs code (old browsers' `expression()`, `behavior`, `-moz-binding`,
 * a script address), and any image it loads (`url(...)`) an address the
 * gate lets through for an image. Undefined when it may stay; else why not.
 */
export function styleDeclarationProblem(property: string, value: string): string | undefined {
  const name = property.trim().toLowerCase();
  if (!/^(--[\w-]+|-?[a-z][a-z\d-]*)$/.test(name)) return `\`${property}\` is not a CSS property`;
  if (name === 'behavior' || name === '-moz-binding') return `\`${name}\` loads code`;
  const plain = unescapeCss(value);
  if (/expression\s*\(|(java|vb)script\s*:/i.test(plain)) return 'it would run a script';
  if (/\b(image-set|src)\s*\(/i.test(plain)) return 'Folio reads an image in a style from `url(...)` only';
  for (const [, , address] of plain.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)) {
    const verdict = judgeAddress(address!, addressKinds('img', 'src')!);
    if (!verdict.ok) return `its url(...) ${verdict.problem}`;
  }
  return undefined;
}

/** KaTeX's `strict` option: its defaults, less the warning about the HTML extension, which mathTrust refuses with a message of its own. */
export const mathStrict = (code: string) => (code === 'htmlExtension' ? 'ignore' : 'warn');

/** KaTeX writes MathML beside its HTML (for screen readers and feeds). */
const MATHML_TAGS = [
  'math', 'semantics', 'annotation', 'mrow', 'mi', 'mo', 'mn', 'ms', 'mtext', 'mspace', 'msup', 'msub', 'msubsup', 'mfrac',
  'msqrt', 'mroot', 'mover', 'munder', 'munderover', 'mtable', 'mtr', 'mtd', 'mlabeledtr', 'mstyle', 'mpadded', 'mphantom',
  'menclose', 'merror', 'mmultiscripts', 'mprescripts', 'none',
];
const MATHML_ATTRIBUTES = [
  'display', 'mathvariant', 'stretchy', 'fence', 'separator', 'lspace', 'rspace', 'minsize', 'maxsize', 'accent', 'accentunder',
  'largeop', 'movablelimits', 'symmetric', 'linethickness', 'notation', 'scriptlevel', 'displaystyle', 'mathcolor', 'mathbackground',
  'mathsize', 'voffset', 'depth', 'rowspacing', 'columnspacing', 'columnalign', 'rowalign', 'columnlines', 'rowlines', 'frame',
  'framespacing', 'equalrows', 'equalcolumns', 'side', 'linebreak',
];
/** The SVG KaTeX draws (roots, arrows, braces, \cancel) and GitHub alerts' icons: shapes only, no links, scripts or animation. */
const SVG_TAGS = ['svg', 'g', 'path', 'line', 'rect', 'circle', 'ellipse', 'polyline', 'polygon'];
const SVG_ATTRIBUTES = ['viewBox', 'preserveAspectRatio', 'd', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'points', 'fill', 'stroke', 'strokeWidth', 'transform'];

export const schema: Schema = {
  tagNames: [
    // Text
    'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'kbd', 'samp', 'var', 'tt',
    'a', 'b', 'i', 'em', 'strong', 'u', 's', 'strike', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'abbr', 'cite', 'dfn', 'q', 'time',
    'span', 'div', 'section', 'article', 'aside', 'header', 'footer', 'center', 'address',
    'ruby', 'rp', 'rt',
    // Lists, tables, disclosure
    'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'details', 'summary',
    'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    // Media
    'figure', 'figcaption', 'img', 'picture', 'source', 'video', 'audio', 'track', 'iframe',
    // GFM task lists
    'input',
    ...MATHML_TAGS,
    ...SVG_TAGS,
  ],
  // Removed with their content (the others are unwrapped: their text stays).
  strip: ['script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'title', 'textarea', 'select', 'object', 'embed', 'applet', 'iframe', 'frame', 'frameset', 'head', 'foreignObject'],
  // An <input> is a GFM task list's checkbox, in a list item; no other input survives.
  ancestors: { input: ['li'], tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'], caption: ['table'], col: ['table'], colgroup: ['table'] },
  attributes: {
    '*': ['className', 'style', 'id', 'title', 'lang', 'dir', 'role', 'ariaHidden', 'ariaLabel', 'ariaLabelledBy', 'ariaDescribedBy', 'data*', ['tabIndex', -1, 0], 'align', 'width', 'height'],
    a: ['href', 'hrefLang', 'target', 'rel', 'download', 'dataFootnoteRef', 'dataFootnoteBackref'],
    img: [['src', IMAGE_SRC], ['srcSet', SRCSET], 'sizes', 'alt', 'loading', 'decoding'],
    picture: [],
    source: [['src', MEDIA_SRC], ['srcSet', SRCSET], 'sizes', 'type', 'media'],
    video: [['src', MEDIA_SRC], ['poster', MEDIA_SRC], 'controls', 'autoPlay', 'loop', 'muted', 'playsInline', 'preload'],
    audio: [['src', MEDIA_SRC], 'controls', 'loop', 'muted', 'preload'],
    track: [['src', MEDIA_SRC], 'kind', 'srcLang', 'label', 'default'],
    iframe: [['src', EMBED_SRC], 'allow', 'allowFullScreen', 'loading', 'referrerPolicy', 'frameBorder'],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    details: ['open'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
    time: ['dateTime'],
    ol: ['start', 'reversed', 'type'],
    li: ['value'],
    th: ['colSpan', 'rowSpan', 'scope', 'headers', 'abbr'],
    td: ['colSpan', 'rowSpan', 'headers'],
    col: ['span'],
    colgroup: ['span'],
    section: ['dataFootnotes'],
    math: ['xmlns', ...MATHML_ATTRIBUTES],
    annotation: ['encoding'],
    // `href`: KaTeX's \href, whose address mathTrust has let through (the gate judges it again here).
    ...Object.fromEntries(MATHML_TAGS.filter((t) => t !== 'math' && t !== 'annotation').map((t) => [t, [...MATHML_ATTRIBUTES, 'href']])),
    svg: ['xmlns', ...SVG_ATTRIBUTES],
    ...Object.fromEntries(SVG_TAGS.filter((t) => t !== 'svg').map((t) => [t, SVG_ATTRIBUTES])),
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    cite: ['http', 'https'],
    src: ['http', 'https', 'data'],
    poster: ['http', 'https'],
  },
  required: { input: { disabled: true, type: 'checkbox' } },
  // Ids are kept as written: headings' ids are their anchors, and footnotes
  // are prefixed already. `name` is not allowed, so content cannot clobber
  // `document.<name>`; Folio's own script reads no global an id could shadow.
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};
