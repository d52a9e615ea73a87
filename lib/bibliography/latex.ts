import katex from 'katex';
import { micromark } from 'micromark';
import sanitizeHtml from 'sanitize-html';
import type { RichText } from './types';

/**
 * The BibTeX parser decodes LaTeX to Unicode, and marks up \emph, \textbf,
 * \textsc, \textsuperscript and the like as HTML. Math is kept out of its
 * way: each `$...$` is swapped for a placeholder before decoding and rendered
 * by KaTeX afterwards, so `$\mathcal{O}(n^2)$` is typeset rather than
 * approximated in Unicode.
 */

export type MathSpan = { tex: string; display: boolean };

// `$$...$$` or `$...$`, not `\$`.
const MATH = /(?<!\\)\$\$((?:\\.|[^\\])+?)\$\$|(?<!\\)\$((?:\\.|[^$\\])+?)\$/g;
const PLACEHOLDER = /⟦(\d+)⟧/g;

/** Replaces math with placeholders the decoder passes through untouched. */
export function maskMath(raw: string, spans: MathSpan[]): string {
  if (raw.includes('⟦')) return raw;
  return raw.replace(MATH, (_match, display: string | undefined, inline: string | undefined) => {
    spans.push({ tex: (display ?? inline)!.trim(), display: display !== undefined });
    return `⟦${spans.length - 1}⟧`;
  });
}

const SANITIZE: sanitizeHtml.IOptions = {
  // What the parser emits for LaTeX markup, and what Markdown fields need.
  allowedTags: ['i', 'b', 'em', 'strong', 'sup', 'sub', 'code', 'span', 'a', 'p', 'br', 'ul', 'ol', 'li', 'blockquote'],
  allowedAttributes: { a: ['href'], span: ['style'] },
  allowedStyles: { span: { 'font-variant': [/^small-caps$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
};

/** Renders one math span; a LaTeX error is returned as well, and the source shows in red. */
export function renderMath(span: MathSpan): { html: string; error?: string } {
  const options = { displayMode: span.display, output: 'htmlAndMathml' as const };
  try {
    return { html: katex.renderToString(span.tex, { ...options, throwOnError: true }) };
  } catch (error) {
    const html = katex.renderToString(span.tex, { ...options, throwOnError: false, errorColor: '#cc0000' });
    return { html, error: error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error) };
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/** Plain text of sanitised HTML (whose only `<` start tags), for metadata and labels. */
export function htmlToText(html: string): string {
  return html
    .normalize('NFC')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_m, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Decoded text (with the parser's markup and math placeholders) to safe HTML
 * and plain text. `renderedMath` holds KaTeX's output for each placeholder.
 */
export function richText(decoded: string, spans: MathSpan[], renderedMath: string[]): RichText {
  // The parser writes {\~n} as n + a combining tilde: compose it, so it is the ñ typed in other entries.
  const html = sanitizeHtml(decoded.normalize('NFC'), SANITIZE).trim();
  return {
    html: html.replace(PLACEHOLDER, (_m, i: string) => renderedMath[Number(i)] ?? ''),
    text: htmlToText(html).replace(PLACEHOLDER, (_m, i: string) => {
      const span = spans[Number(i)];
      return span ? (span.display ? `$$${span.tex}$$` : `$${span.tex}$`) : '';
    }),
  };
}

/** al-folio's Markdown fields (`award`, `additional_info`): Markdown and simple HTML, sanitised. */
export function markdownToHtml(markdown: string, { inline = false } = {}): string {
  const html = sanitizeHtml(micromark(markdown, { allowDangerousHtml: true }), SANITIZE).trim();
  return inline ? html.replace(/<\/?p>/g, '') : html;
}
