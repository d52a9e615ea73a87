import katex from 'katex';
import { micromark } from 'micromark';
import { mathStrict, mathTrust, RefusedInMath } from '../sanitize/policy';
import { sanitizeHtml, textHtml, trustedHtml, type Removal } from '../sanitize/sanitize';
import { composed, htmlToText } from '../text';
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

/** Renders one math span; a LaTeX error (or an address the gate refuses in `\\href`) is returned as well, with its fix, and the source shows in red. */
export function renderMath(span: MathSpan): { html: string; error?: string; fix?: string } {
  const options = { displayMode: span.display, output: 'htmlAndMathml' as const, trust: mathTrust, strict: mathStrict };
  try {
    return { html: katex.renderToString(span.tex, { ...options, throwOnError: true }) };
  } catch (error) {
    let html: string;
    try {
      html = katex.renderToString(span.tex, { ...options, throwOnError: false, errorColor: '#cc0000' });
    } catch {
      // Not a LaTeX error KaTeX draws (an address refused): the source, as text.
      html = `<span class="katex-error">${textHtml(span.tex)}</span>`;
    }
    return { html, error: error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error), fix: error instanceof RefusedInMath ? error.fix : undefined };
  }
}


/**
 * Decoded text (with the parser's markup and math placeholders) to safe HTML
 * and plain text. `renderedMath` holds KaTeX's output for each placeholder.
 * HTML in the field goes through the site's one sanitizer; `report` hears what it removed.
 */
export function richText(decoded: string, spans: MathSpan[], renderedMath: string[], report?: (removal: Removal) => void): RichText {
  // The parser writes {\~n} as n + a combining tilde: compose it, so it is the ñ typed in other entries.
  const html = sanitizeHtml(composed(decoded), report).trim();
  return {
    // KaTeX's output replaces the placeholders after sanitizing: it is Folio's own markup.
    html: trustedHtml(html.replace(PLACEHOLDER, (_m, i: string) => renderedMath[Number(i)] ?? '')),
    text: htmlToText(html).replace(PLACEHOLDER, (_m, i: string) => {
      const span = spans[Number(i)];
      return span ? (span.display ? `$$${span.tex}$$` : `$${span.tex}$`) : '';
    }),
  };
}

/** al-folio's Markdown fields (`award`, `additional_info`): Markdown and HTML, through the one sanitizer. */
export function markdownToHtml(markdown: string, { inline = false, report }: { inline?: boolean; report?: (removal: Removal) => void } = {}) {
  // micromark would blank a `javascript:` link in silence: the sanitizer (and its address gate) judges every link, and reports it.
  const html = sanitizeHtml(micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true }), report).trim();
  return trustedHtml(inline ? html.replace(/<\/?p>/g, '') : html);
}
