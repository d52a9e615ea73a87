import { includeFigureProps } from './body-figures';
import { resolveUrl } from './body-links';
import type { BodyText, Context } from './body-text';
import { evaluateOutput } from './liquid-values';
import { convertTag, type TagContext } from './liquid-tags';
import { escapeMdx, fenceFor } from './markdown';

/**
 * Liquid in a body, token by token, as Jekyll would have run it: what Folio
 * can write another way is converted (values, highlights, includes, tags:
 * liquid-tags.ts), the rest is kept where the author will find it, hidden
 * from visitors, and reported.
 */

export function expandToken(b: BodyText, index: number, context: Context, at: number): string {
  const token = b.tokens[index]!;
  const first = !b.expanded.has(index);
  b.expanded.add(index);
  const keep = (message: string) => {
    b.leftover(at, token.source, message);
    return context === 'text' ? hidden(b, token.source) : token.source;
  };
  switch (token.kind) {
    case 'replace':
      b.count(token.count);
      for (const c of token.components ?? []) b.use(c);
      return token.text;
    case 'comment':
      b.count('Liquid comment dropped');
      return '';
    case 'raw':
      if (first) b.count('raw block');
      return '';
    case 'highlight': {
      if (/\{[{%]/.test(token.code)) b.leftover(at, token.source.split('\n')[0]!, 'Liquid inside {% highlight %}: Jekyll ran it; the code block keeps it as text');
      if (context !== 'text') return token.source;
      b.count('code block');
      const code = token.code.replace(/^\s*\n/, '').replace(/\n\s*$/, '');
      const fence = fenceFor(code);
      return `\n${fence}${token.lang}${token.lineNumbers ? ' showLineNumbers' : ''}\n${code}\n${fence}\n`;
    }
    case 'unclosed':
      b.leftover(at, token.source, 'a Liquid tag that is never closed');
      return context === 'text' && b.options.mdx ? escapeMdx(token.source) : token.source;
    case 'output': {
      const output = evaluateOutput(token.expression, b.scope);
      if (output === null) return keep('a Liquid value Folio cannot compute: write the text or link by hand');
      b.count('Liquid value resolved');
      if (output.unset.length > 0 && first)
        b.note(at, `\`${token.source}\`: ${output.unset.map((v) => `\`${v}\``).join(', ')} ${output.unset.length === 1 ? 'is' : 'are'} never set, so Jekyll printed ${output.value ? `\`${output.value}\`` : 'nothing'} here, and so does the import`);
      return context === 'text' && b.options.mdx ? escapeMdx(output.value) : output.value;
    }
    case 'tag':
      if (token.name === 'post_url' || token.name === 'link') return siteLink(b, token, context, at, keep);
      if (context === 'code') return keep('Liquid inside code: Jekyll ran it; edit the code by hand');
      if (context !== 'text') return keep(`Liquid tag \`${token.source}\` inside a link or attribute cannot be translated`);
      return convertTag(token, tagContext(b, at, token.source), keep);
  }
}

/**
 * `{% post_url 2019-09-05-name %}` and `{% link path %}`: the Folio address
 * of the post, page or file, wherever it stands (Jekyll printed it in code
 * too). A file is copied along.
 */
function siteLink(b: BodyText, token: Extract<BodyText['tokens'][number], { kind: 'tag' }>, context: Context, at: number, keep: (message: string) => string): string {
  const target = token.markup.replace(/^(["'])(.*)\1$/, '$2').trim();
  if (/\{\{|\{%/.test(target)) return keep(`\`${token.name}\` with a Liquid value: write the address by hand`);
  const url = token.name === 'post_url' ? b.options.links?.post(target) : b.options.links?.file(target.replace(/^\/+/, ''));
  if (!url) return keep(token.name === 'post_url' ? `no post \`${target}\` in _posts/ (Jekyll stops on it): write the address by hand` : `no file \`${target}\` in the site (Jekyll stops on it): write the address by hand`);
  b.count(token.name === 'post_url' ? 'post_url made a link' : 'link tag made a link');
  const resolved = context === 'url' || context === 'attr' ? url : (resolveUrl(b, url, at) ?? url);
  return context === 'text' && b.options.mdx ? escapeMdx(resolved) : resolved;
}

/** What converting a tag at `at` needs. */
function tagContext(b: BodyText, at: number, source: string): TagContext {
  return {
    kind: b.options.kind,
    about: b.options.about,
    mdx: b.options.mdx,
    scope: b.scope,
    resolveUrl: (url) => resolveUrl(b, url, at),
    figure: (params) => includeFigureProps(b, params, source, at),
    leftover: (message) => b.leftover(at, source, message),
    count: (kind) => b.count(kind),
    use: (component) => b.use(component),
  };
}

/** Liquid Folio cannot run, kept in the file where the author will find it, never shown to a visitor. */
function hidden(b: BodyText, source: string): string {
  return b.options.mdx ? `{/* ${source.replaceAll('*/', '* /')} */}` : `<!-- ${source.replaceAll('--', '- -')} -->`;
}
