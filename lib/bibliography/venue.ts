import { trustedHtml } from '../sanitize/sanitize';
import { arxivId } from './links';
import type { RichText } from './types';

/** An entry's fields as safe text: one field, and a list field (`and`-separated) as one line. */
export type Getters = {
  rich: (name: string) => RichText | undefined;
  listText: (name: string) => RichText | undefined;
};

/** What a thesis or a report is called when its `type` field does not say. */
const TYPE_NAMES: Record<string, string> = { phdthesis: 'PhD thesis', mastersthesis: 'Master’s thesis', techreport: 'Technical report' };

/**
 * "In *Book title*, Series, vol. 3, pp. 1–6": the parts of a citation that
 * say where, without the year. An entry that names no journal or book says
 * what it has: `howpublished`, its arXiv id ("arXiv:2506.23630", once: not
 * "arXiv preprint arXiv:..."), "PhD thesis, *School*", "Technical report 12,
 * Institution", the publisher; then al-folio's `location`.
 */
export function venueOf(entry: { type: string; fields: ReadonlyMap<string, string> }, { rich, listText }: Getters): RichText | undefined {
  const parts: RichText[] = [];
  // Safe parts joined with fixed text: still safe.
  const em = (r: RichText | undefined, prefix = '') => r && parts.push({ html: trustedHtml(`${prefix}<em>${r.html}</em>`), text: prefix + r.text });
  const add = (r: RichText | undefined, prefix = '') => r && parts.push({ html: trustedHtml(prefix + r.html), text: prefix + r.text });
  const plain = (text: string): RichText => ({ html: trustedHtml(escape(text)), text });
  const journal = rich('journal');
  const booktitle = rich('booktitle');
  const howpublished = rich('howpublished');
  const arxiv = arxivId(entry.fields);
  if (journal) em(journal);
  else if (booktitle) em(booktitle, 'In ');
  else if (howpublished) add(howpublished);
  else if (arxiv) add(plain(`arXiv:${arxiv}`));
  const typeName = rich('type') ?? (TYPE_NAMES[entry.type] ? plain(TYPE_NAMES[entry.type]!) : undefined);
  const number = rich('number') ?? rich('issue');
  const report = entry.type === 'techreport' || entry.type === 'report';
  if (typeName && !journal && !booktitle) add(report && number ? { html: trustedHtml(`${typeName.html} ${number.html}`), text: `${typeName.text} ${number.text}` } : typeName);
  const school = rich('school');
  if (school && !journal && !booktitle) em(school);
  else add(school ?? listText('institution'));
  if (!journal) add(rich('series'));
  const volume = rich('volume');
  if (journal && volume) add({ html: trustedHtml(volume.html + (number ? `(${number.html})` : '')), text: volume.text + (number ? `(${number.text})` : '') });
  else {
    add(volume, 'vol. ');
    if (!(report && typeName)) add(number, 'no. ');
  }
  const pages = rich('pages');
  if (pages) add(pages, /[-–—,]/.test(pages.text) ? 'pp. ' : 'p. ');
  if (!journal && !booktitle) add(listText('publisher') ?? listText('organization'));
  add(listText('location'));
  if (parts.length === 0) return undefined;
  return { html: trustedHtml(parts.map((p) => p.html).join(', ')), text: parts.map((p) => p.text).join(', ') };
}

/** Text as HTML. */
export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
