import { trustedHtml } from '../sanitize/sanitize';
import { arxivId } from './links';
import type { RichText } from './types';

/** An entry's fields as safe text: one field, and a list field (`and`-separated) as one line. */
export type Getters = {
  rich: (name: string) => RichText | undefined;
  listText: (name: string) => RichText | undefined;
};

/** "In *Book title*, Series, vol. 3, pp. 1–6": the parts of a citation that say where, without the year. */
export function venueOf(entry: { type: string; fields: Map<string, string> }, { rich, listText }: Getters): RichText | undefined {
  const parts: RichText[] = [];
  // Safe parts joined with fixed text: still safe.
  const em = (r: RichText | undefined, prefix = '') => r && parts.push({ html: trustedHtml(`${prefix}<em>${r.html}</em>`), text: prefix + r.text });
  const add = (r: RichText | undefined, prefix = '') => r && parts.push({ html: trustedHtml(prefix + r.html), text: prefix + r.text });
  const journal = rich('journal');
  const booktitle = rich('booktitle');
  if (journal) em(journal);
  else if (booktitle) em(booktitle, 'In ');
  else if (rich('howpublished')) add(rich('howpublished'));
  else if (entry.type === 'misc' || entry.type === 'unpublished' || entry.type === 'online') {
    const arxiv = arxivId(entry);
    // The identifier says it is a preprint, once (not "arXiv preprint arXiv:...").
    if (arxiv) add({ html: trustedHtml(`arXiv:${escape(arxiv)}`), text: `arXiv:${arxiv}` });
  }
  add(rich('school') ?? listText('institution'));
  if (!journal) add(rich('series'));
  const volume = rich('volume');
  const number = rich('number') ?? rich('issue');
  if (journal && volume) add({ html: trustedHtml(volume.html + (number ? `(${number.html})` : '')), text: volume.text + (number ? `(${number.text})` : '') });
  else {
    add(volume, 'vol. ');
    add(number, 'no. ');
  }
  const pages = rich('pages');
  if (pages) add(pages, /[-–—,]/.test(pages.text) ? 'pp. ' : 'p. ');
  if (!journal && !booktitle) add(listText('publisher') ?? listText('organization'));
  if (parts.length === 0) return undefined;
  return { html: trustedHtml(parts.map((p) => p.html).join(', ')), text: parts.map((p) => p.text).join(', ') };
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
