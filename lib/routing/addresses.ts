import { decodeHTML } from 'entities/decode';

/**
 * The one gate for every address Folio writes into a page, a feed or a
 * file: permalinks, redirects, links and media in bodies (the sanitizer
 * asks it), component props, BibTeX and CV fields, socials, JSON-LD. An
 * address is judged as a browser would read it, after HTML character
 * references (`&#106;avascript:`), percent-encoding (`%2e%2e`), and the
 * tabs, newlines and controls a URL parser drops or stumbles on: a path of
 * the site, or an `http(s):` or `mailto:` address (and, where a writer
 * accepts them, `tel:`, relative references, `#fragments` and `data:`
 * images). Anything else is refused with what is wrong and how to fix it,
 * for the caller to report on its file's line: never dropped in silence.
 */

/**
 * The kinds of address a writer may accept.
 * - `site`: a path from the site's root, `/teaching/`, `/assets/pdf/cv.pdf#page=2`
 * - `web`: `https://...` or `http://...`, with a host
 * - `mailto`, `tel`: `mailto:me@example.org`, `tel:+3912345`
 * - `relative`: a path from the page it is on, `notes/`, `../x.png`, `?q=1`
 * - `fragment`: `#section`
 * - `data-image`: an inline PNG, JPEG, GIF, WebP or AVIF (`data:image/png;base64,...`)
 */
export type AddressKind = 'site' | 'web' | 'mailto' | 'tel' | 'relative' | 'fragment' | 'data-image';

/** What is wrong with an address, and how to put it right, in the author's terms. */
export type Refusal = { message: string; fix: string };

/** A refusal also says its problem alone (`is a \`javascript:\` address, which would run a script`), for a caller that words the subject itself. */
export type Verdict = { ok: true; kind: AddressKind } | ({ ok: false; problem: string } & Refusal);

/** Tabs and newlines: a URL parser removes them wherever they are (`java\tscript:` is `javascript:`). */
const TAB_OR_NEWLINE = /[\t\n\r]/;
/** Controls and invisible characters: nothing an author means in an address, and a way to make one look like another. */
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/u;
const SCHEME = /^([a-zA-Z][a-zA-Z\d+.-]*):/;
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif)[;,]/i;

const RUNS_SCRIPT = new Set(['javascript', 'vbscript', 'livescript']);

/**
 * The address as a URL parser reads it: character references decoded,
 * leading and trailing spaces and controls stripped, tabs and newlines
 * removed.
 */
export function readAsBrowser(value: string): string {
  return decodeHTML(value)
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '');
}

/** Percent-escapes decoded; where the whole does not decode (a stray `%`), the ASCII ones (`%2e`, `%3a`, `%00`). */
export function percentDecoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value.replace(/%([0-7][\da-fA-F])/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

/** A value in a message: in backticks, shortened, its invisible characters escaped. */
export const show = (value: string) => {
  const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value).slice(1, -1);
  return `\`${shown}\``;
};

/** How to write an address a writer accepts. */
function fixFor(accept: readonly AddressKind[]): string {
  const forms: string[] = [];
  if (accept.includes('site')) forms.push('a path of this site (/teaching/, /assets/pdf/paper.pdf)');
  if (accept.includes('web')) forms.push('an https:// address');
  if (accept.includes('mailto')) forms.push('mailto:you@example.org');
  if (accept.includes('relative')) forms.push('a relative path');
  return `write ${forms.length > 1 ? `${forms.slice(0, -1).join(', ')} or ${forms.at(-1)}` : (forms[0] ?? 'another address')}`;
}

/**
 * Judges one address for a writer that accepts `accept`. `what` names it
 * in the message (`the href of <a>`, `permalink`); without it, the message
 * starts with the address, for a caller that names the key.
 */
export function judgeAddress(value: string, accept: readonly AddressKind[], what = ''): Verdict {
  const refuse = (problem: string, fix = fixFor(accept)): Verdict => ({ ok: false, message: `${what ? `${what} ` : ''}${show(value)} ${problem}`, problem, fix });
  const read = readAsBrowser(value);
  if (read === '') return refuse('is empty');
  if (TAB_OR_NEWLINE.test(decodeHTML(value).trim()) || INVISIBLE.test(read)) return refuse('holds an invisible or control character, which a browser reads differently than it shows', 'retype the address without it');
  const decoded = percentDecoded(read);
  const scheme = (SCHEME.exec(read) ?? SCHEME.exec(readAsBrowser(decoded)))?.[1]?.toLowerCase();

  if (scheme !== undefined) {
    if (RUNS_SCRIPT.has(scheme)) return refuse(`is a \`${scheme}:\` address, which would run a script`);
    if (scheme === 'data') {
      if (accept.includes('data-image') && DATA_IMAGE.test(read)) return { ok: true, kind: 'data-image' };
      return refuse(accept.includes('data-image') ? 'is a `data:` address that is not a PNG, JPEG, GIF, WebP or AVIF image' : 'is a `data:` address, which may hold a page or a script', 'put the file in public/ and write its path');
    }
    if (!SCHEME.test(read)) return refuse(`reads as a \`${scheme}:\` address once its %-escapes are decoded`);
    if (scheme === 'http' || scheme === 'https') {
      if (!accept.includes('web')) return refuse('is an address elsewhere, and only a path of this site fits here');
      if (!/^https?:\/\/[^/\\?#@\s]*[^/\\?#\s]/i.test(read)) return refuse('has no host after `//`', 'write it as https://example.org/...');
      if (/\s/.test(read)) return refuse('holds a space', 'write a space in an address as %20');
      return { ok: true, kind: 'web' };
    }
    if (scheme === 'mailto' || scheme === 'tel') {
      if (!accept.includes(scheme)) return refuse(`is a \`${scheme}:\` address, which does not fit here`);
      return { ok: true, kind: scheme };
    }
    return refuse(`is a \`${scheme}:\` address, which Folio does not link to`);
  }

  if (/^[/\\]{2}/.test(read) || /^[/\\]{2}/.test(decoded)) return refuse('starts with `//`, which a browser reads as the address of another site', 'write a path of this site with one leading slash, or a full https:// address');
  if (read.startsWith('#')) {
    if (accept.includes('fragment')) return { ok: true, kind: 'fragment' };
    return refuse('is only a `#fragment`');
  }
  const site = read.startsWith('/') || read.startsWith('\\');
  if (!site && !accept.includes('relative')) return refuse(accept.includes('site') ? 'is not a path from the site\'s root' : 'is not a full address');
  if (site && !accept.includes('site')) return refuse('is a path of this site, and only an address elsewhere fits here');
  const path = decoded.split(/[?#]/)[0]!;
  if (site) {
    if (path.includes('\\')) return refuse('holds a backslash, which a browser reads as a slash', 'write / between the parts of a path');
    if (INVISIBLE.test(path)) return refuse('holds a control character once its %-escapes are decoded', 'remove the %-escape');
    if (path.split('/').some((segment) => segment === '.' || segment === '..')) return refuse('holds a `.` or `..` part, which leads out of the path it names', 'write the path from the site\'s root without . or .. parts');
    if (/\/\//.test(path)) return refuse('holds an empty part (`//`)', 'write one slash between the parts of a path');
    return { ok: true, kind: 'site' };
  }
  return { ok: true, kind: 'relative' };
}

/**
 * The longest part of a path (in UTF-8 bytes, decoded) Folio makes a page
 * for: each part becomes a folder or a file of the build and the export
 * (`<part>.html`, `<part>.segments/`), and file systems take names of 255
 * bytes at most.
 */
export const MAX_SEGMENT_BYTES = 200;

/** A part of a path Folio makes from content (a post's or a project's file name, a tag): a name a folder can have. */
export function judgeSegment(segment: string, what: string): Refusal | undefined {
  if (segment === '.' || segment === '..') return { message: `${what} \`${segment}\` is not a name a page can have: \`${segment}\` in an address means ${segment === '.' ? 'this folder' : 'the folder above'}`, fix: 'use a word' };
  if (INVISIBLE.test(segment)) return { message: `${what} ${show(segment)} holds an invisible or control character`, fix: 'retype it without it' };
  const bytes = Buffer.byteLength(segment);
  if (bytes > MAX_SEGMENT_BYTES) return { message: `${what} \`${segment.slice(0, 40)}...\` is ${bytes} bytes long: a part of an address may have ${MAX_SEGMENT_BYTES} at most (each becomes a file name)`, fix: 'shorten it' };
  return undefined;
}

/**
 * A page's `permalink` (as written, decoded: `/über/`): a path of the site
 * with no query, fragment, space or colon (Folio does not expand Jekyll's
 * `:title` placeholders, and a part with a colon reads as a scheme once an
 * address is made relative), each part a name a folder can have.
 */
export function judgePermalink(value: string): Refusal | undefined {
  const verdict = judgeAddress(value, ['site'], 'permalink');
  if (!verdict.ok) return { message: verdict.message, fix: verdict.fix };
  const fix = 'write it like /teaching/: a leading slash, then words separated by /, without spaces, ?, # or :';
  if (/[?#\s]/.test(value)) return { message: `permalink ${show(value)} holds a space, \`?\` or \`#\``, fix };
  for (const written of value.split('/').filter(Boolean)) {
    let segment: string;
    try {
      segment = decodeURIComponent(written);
    } catch {
      return { message: `permalink ${show(value)} holds a \`%\` that starts no %-escape`, fix: 'write the path as it reads (`/über/`), or write % as %25' };
    }
    if (segment.includes('/')) return { message: `permalink ${show(value)} holds an escaped slash (%2F)`, fix };
    if (segment.includes(':')) return { message: `permalink ${show(value)} holds a \`:\`${/(^|\/):[a-z]/i.test(value) ? ' (Folio does not fill in Jekyll placeholders such as `:title`)' : ''}`, fix };
    const problem = judgeSegment(segment, 'a part of the permalink');
    if (problem) return { message: `permalink ${show(value)}: ${problem.message}`, fix: problem.fix };
  }
  return undefined;
}
