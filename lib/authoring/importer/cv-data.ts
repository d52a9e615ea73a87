/**
 * al-folio's older CV (v0's `_data/cv.yml`: a list of sections, each
 * `title`, `type` and `contents`) in RenderCV's form, which Folio's CV page
 * reads (`cv:` with `sections:`): each type becomes the entry RenderCV has
 * for it. Its text (HTML, Markdown) is kept as written.
 */

type OldSection = { title?: unknown; type?: unknown; contents?: unknown };
type Entry = Record<string, unknown>;

/** Whether data is al-folio's older CV: a list of sections with `title` and `contents`. */
export function isOlderCv(data: unknown): data is OldSection[] {
  return Array.isArray(data) && data.length > 0 && data.every((s) => s && typeof s === 'object' && 'title' in s && 'contents' in s);
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** `1933 - 1955`, `2015-now`, `1905`: RenderCV's dates (a range split into start and end, free text kept). */
function dates(year: unknown): Entry {
  const y = text(year);
  if (!y) return {};
  const range = /^(\d{4}(?:-\d{2})?)\s*[-–—]{1,2}\s*(\d{4}(?:-\d{2})?|now|present|today|current)$/i.exec(y);
  if (range) return { start_date: range[1], end_date: /^\d/.test(range[2]!) ? range[2] : 'present' };
  return { date: /^\d{4}$/.test(y) ? Number(y) : y };
}

/** A description: a line, or lines (a nested `{title, contents}` becomes one line). */
function highlights(description: unknown): Entry {
  if (Array.isArray(description)) {
    const lines = description.map((d) => (d && typeof d === 'object' ? `${text((d as Entry).title)} ${((d as Entry).contents as unknown[] | undefined)?.map(text).join('; ') ?? ''}`.trim() : text(d)));
    return { highlights: lines.filter(Boolean) };
  }
  return text(description) ? { summary: text(description) } : {};
}

function entries(section: OldSection): Entry[] {
  const contents = Array.isArray(section.contents) ? (section.contents as Entry[]) : [];
  const education = /educat/i.test(text(section.title));
  switch (section.type) {
    case 'map':
      return contents.map((c) => ({ label: text(c.name), details: text(c.value) }));
    case 'list':
      return contents.map((c) => ({ bullet: text(c) }));
    case 'nested_list':
      return contents.map((c) => ({ name: text(c.title), ...highlights(c.items) }));
    case 'time_table':
      return contents.flatMap((c): Entry[] => {
        // `year` with `items`: one entry per item (al-folio's awards).
        if (Array.isArray(c.items) && !c.title) return c.items.map((item) => ({ name: text(item), ...dates(c.year) }));
        const when = dates(c.year);
        const what = highlights(c.description);
        if (c.institution && education) return [{ institution: text(c.institution), degree: text(c.title), ...when, ...what }];
        if (c.institution) return [{ company: text(c.institution), position: text(c.title), ...when, ...what }];
        return [{ name: text(c.title), ...when, ...what }];
      });
    default:
      return contents.map((c) => (typeof c === 'object' && c ? { name: text(c.title ?? c.name), ...highlights(c.description ?? c.items) } : { bullet: text(c) }));
  }
}

/** The older CV as RenderCV's `cv:`; `name` from its "Full Name" line when it has one. */
export function olderCvToRenderCv(sections: OldSection[], fallbackName: string): { cv: Entry } {
  const full = sections
    .flatMap((s) => (s.type === 'map' && Array.isArray(s.contents) ? (s.contents as Entry[]) : []))
    .find((c) => /^(full )?name$/i.test(text(c.name)));
  const converted: Record<string, Entry[]> = {};
  for (const section of sections) converted[text(section.title) || 'Section'] = entries(section);
  return { cv: { name: full ? text(full.value) : fallbackName, sections: converted } };
}
