import type { Edits } from './edits';
import { statements, type LiquidToken } from './liquid';
import { computedByJekyll, renderLiquid, type LiquidScope } from './liquid-values';

/**
 * Liquid blocks (`{% for talk in site.data.talks %}`, `{% if page.x %}`)
 * that read only what the import knows, _config.yml's values, the site's
 * data files and the file's own front matter, are run once, as Jekyll ran
 * them: their output becomes the file's text. A block that reads what
 * Jekyll computes (`site.posts`, `paginator`, `page.url`), includes a file
 * or uses a tag or a filter Jekyll adds is left to the conversions that
 * know it (pages.ts, body-liquid.ts).
 */

/** What a run block did, at its offset in the body. */
export type BlockRun = { at: number; end: number; message: string };

const BLOCK_OPENERS = new Set(['for', 'if', 'unless', 'case']);
/** Liquid's own tags: nothing else may appear in a block that is run. */
const LIQUID_TAGS = new Set(['for', 'endfor', 'if', 'elsif', 'else', 'endif', 'unless', 'endunless', 'case', 'when', 'endcase', 'assign', 'capture', 'endcapture', 'break', 'continue', 'cycle', 'increment', 'decrement']);
/** Words in tag markup that are not variables. */
const KEYWORDS = new Set(['in', 'and', 'or', 'contains', 'reversed', 'limit', 'offset', 'cols', 'true', 'false', 'nil', 'null', 'empty', 'blank', 'with', 'as']);

export function runStaticBlocks(body: string, tokens: LiquidToken[], scope: LiquidScope, edits: Edits, runs: BlockRun[]) {
  // A variable the body assigns outside a block is not known inside it (the block is run alone).
  const assigned = new Set(tokens.flatMap((t) => (t.kind === 'tag' && /^(assign|capture)$/.test(t.name) ? [/^\s*([\w-]+)/.exec(t.markup)?.[1] ?? ''] : [])));
  for (const statement of statements(tokens)) {
    const first = statement.tokens[0]!;
    if (first.kind !== 'tag' || !BLOCK_OPENERS.has(first.name) || !knownBlock(statement.tokens, { ...scope, defined: assigned })) continue;
    const output = renderLiquid(body.slice(statement.start, statement.end), scope);
    if (output === null) continue;
    const data = [...new Set(statement.tokens.flatMap((t) => [...markupOf(t).matchAll(/\bsite\.data\.([\w-]+)/g)].map((m) => `_data/${m[1]}.yml`)))];
    runs.push({
      at: statement.start,
      end: statement.end,
      message: `the Liquid \`${first.name}\` block was run as Jekyll ran it${data.length ? `, over ${data.join(', ')}` : ''}: what it printed is now the text${data.length ? ` (an entry added to ${data.length === 1 ? 'that file' : 'those files'} later must be added here by hand)` : ''}`,
    });
    edits.replace(statement.start, statement.end, output);
  }
}

const markupOf = (token: LiquidToken) => (token.kind === 'tag' ? token.markup : token.kind === 'output' ? token.expression : '');

/** Whether every tag of a block is Liquid's own and every variable it reads is one the import knows. */
function knownBlock(tokens: LiquidToken[], scope: LiquidScope): boolean {
  const local = new Set(['forloop', 'tablerowloop']);
  for (const token of tokens) {
    if (token.kind === 'comment' || token.kind === 'raw') continue;
    if (token.kind !== 'tag' && token.kind !== 'output') return false;
    let expression = markupOf(token);
    if (token.kind === 'tag') {
      if (!LIQUID_TAGS.has(token.name)) return false;
      const defines = /^(?:for|assign|capture|increment|decrement)$/.test(token.name) ? /^\s*([\w-]+)/.exec(expression)?.[1] : undefined;
      if (defines) {
        local.add(defines);
        expression = expression.replace(/^\s*[\w-]+\s*(?:=|\bin\b)?/, '');
      }
    }
    for (const variable of variables(expression)) {
      const root = variable.split('.')[0]!;
      if (!local.has(root) && (computedByJekyll(variable, scope) || scope.defined?.has(root))) return false;
    }
  }
  return true;
}

/** The variables an expression reads (`site.data.talks`, `talk.slides`): strings, filter names and named arguments aside. */
function variables(expression: string): string[] {
  const bare = expression
    .replace(/"[^"]*"|'[^']*'/g, ' ')
    .replace(/\|\s*[\w-]+/g, ' ')
    .replace(/\b[\w-]+\s*:/g, ' ')
    .replace(/\[[^\]]*\]/g, '');
  return [...bare.matchAll(/(?<![\w.-])([A-Za-z_][\w-]*(?:\.[\w-]+)*)/g)].map((m) => m[1]!).filter((v) => !KEYWORDS.has(v));
}
