import { attribute } from './html-jsx';

/**
 * jekyll-scholar's options → <Publications> string attributes:
 * `--query @article[year=2024, selected=true]` → `type="article" year="2024" selected="true"`.
 */
export function publicationsAttributes(markup: string): { attributes: string[]; problems: string[] } {
  const attributes: string[] = [];
  const problems: string[] = [];
  // A query keeps its brackets together: `@*[year=2024, selected=true]*`.
  const words = markup.match(/"[^"]*"|'[^']*'|@\S*?\[[^\]]*\]\*?|\S+/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const value = words[i + 1]?.replace(/^["']|["']$/g, '');
    if (word === '-f' || word === '--file') {
      if (value && value.replace(/\.bib$/, '') !== 'papers') problems.push(`bibliography file \`${value}\`: only _bibliography/papers.bib is imported (content/publications.bib)`);
      i++;
    } else if (word === '-q' || word === '--query') {
      i++;
      const query = /^@(\*|\w+)(?:\[(.*)\])?\*?$/.exec(value ?? '');
      if (!query) {
        problems.push(`bibliography query \`${value ?? ''}\` cannot be translated: filter with selected, year, type or author`);
        continue;
      }
      if (query[1] !== '*') attributes.push(attribute('type', query[1]!.toLowerCase()));
      for (const condition of (query[2] ?? '').split(/\s*(?:,|&&|\band\b)\s*/).filter(Boolean)) {
        const c = /^(\w+)\s*(=|~=|\^=)\s*["']?([^"']*)["']?$/.exec(condition.trim());
        if (c && ['selected', 'year', 'author', 'type'].includes(c[1]!) && (c[2] === '=' || c[1] === 'author'))
          attributes.push(attribute(c[1]!, c[3]!.replace(/^\{|\}$/g, '')));
        else problems.push(`bibliography condition \`${condition}\` has no <Publications> attribute: filter by hand`);
      }
    } else if (word === '-g' || word === '--group_by' || word === '--group_order' || word === '-T' || word === '--template') {
      i++;
    } else {
      problems.push(`bibliography option \`${word}\` has no <Publications> equivalent`);
    }
  }
  return { attributes, problems };
}
