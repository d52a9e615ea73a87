import { convertDistillElements, type Finding } from './distill';
import { Edits } from './edits';
import { liquidTokens } from './liquid';
import { runStaticBlocks } from './liquid-blocks';
import type { LiquidScope } from './liquid-values';

/**
 * What is done to a body before its conversion (body.ts): Liquid blocks
 * that read only what the import knows are run (liquid-blocks.ts), and a
 * distill post's elements become Markdown and Liquid the conversion knows
 * (distill.ts). The conversion then reads the result, and reports lines of
 * the body as written through `origin`.
 */

export type PreparedBody = {
  text: string;
  /** Set when the text differs from the body: the body as written, and where an offset of `text` was in it. */
  written?: { text: string; origin: (offset: number) => number };
  /** What the author should know, at offsets of the body as written. */
  findings: Finding[];
};

export function prepareBody(body: string, options: { distill: boolean; runBlocks: boolean; scope: LiquidScope }): PreparedBody {
  const edits = new Edits(body);
  const findings: Finding[] = [];
  if (options.runBlocks) {
    const runs: { at: number; end: number; message: string }[] = [];
    runStaticBlocks(body, liquidTokens(body), options.scope, edits, runs);
    for (const run of runs) findings.push({ at: run.at, message: run.message, leftover: false });
  }
  if (options.distill) convertDistillElements(body, edits, findings);
  const text = edits.slice();
  return text === body ? { text, findings } : { text, written: { text: body, origin: (offset) => edits.originOf(offset) }, findings };
}
