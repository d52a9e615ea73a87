/**
 * kramdown's additions to Markdown that al-folio content uses: attribute
 * lists (`{: .class}`, `{:target="_blank"}`, a heading's `{#id}`), the
 * callouts they make of a blockquote (`{: .block-tip}`), and LaTeX
 * environments written bare (MathJax finds them; KaTeX needs `$$`).
 */

/** An attribute list, or a heading's `{#id}`, anywhere in a line. */
export const ATTRIBUTE_LIST = /\{:[^}\n]*\}|\{#[\w:.-]+\}/g;

/** A callout's attribute list, alone on its line. */
export const CALLOUT_LINE = /^[ \t]*(?:>[ \t]?)?\{:\s*\.block-(tip|warning|danger)\s*\}[ \t]*$/;

export type CalloutKind = 'tip' | 'warning' | 'danger';

/**
 * The callout attribute list that ends a blockquote (inside the quote, or
 * a lazy continuation line: `> text` then `{: .block-tip}`), with its
 * offsets in `text`.
 */
export function calloutEnding(text: string, quoteStart: number, quoteEnd: number): { kind: CalloutKind; start: number; end: number } | null {
  const lastLineStart = text.lastIndexOf('\n', quoteEnd - 1) + 1;
  const last = CALLOUT_LINE.exec(text.slice(lastLineStart, quoteEnd));
  return last && lastLineStart > quoteStart ? { kind: last[1] as CalloutKind, start: lastLineStart, end: quoteEnd } : null;
}

/** Strips one level of `>` from each line of a blockquote's inside. */
export function unquote(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^[ \t]{0,3}> ?/, ''))
    .join('\n');
}

const ENVIRONMENT = /^\\begin\{((?:equation|align|alignat|gather|multline|eqnarray)\*?)\}[\s\S]*\\end\{\1\}$/;

/** A paragraph that is one bare LaTeX environment: its name. */
export function latexEnvironment(paragraph: string): string | null {
  return ENVIRONMENT.exec(paragraph.trim())?.[1] ?? null;
}
