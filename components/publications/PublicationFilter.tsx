import { filterOptions, type FilterOption } from '@/lib/bibliography/select';
import type { Publication } from '@/lib/bibliography/types';

type Options = ReturnType<typeof filterOptions>;

/**
 * The publications page's filter by year and by kind: two groups of radio
 * buttons, which CSS answers (`:has(:checked)`), so it works without
 * JavaScript. The rules are written for the years and kinds this list has;
 * `scope` is the id of the element around the filter and the list.
 */
export function PublicationFilter({ scope, options, total }: { scope: string; options: Options; total: number }) {
  const rules = [
    ...options.years.map(({ value }) => `#${scope}:has(#${scope}-year-${value}:checked) .pub-year:not([data-year="${value}"])`),
    ...options.kinds.flatMap(({ value }) => [
      `#${scope}:has(#${scope}-kind-${value}:checked) .pub-entry:not([data-kind="${value}"])`,
      `#${scope}:has(#${scope}-kind-${value}:checked) .pub-year:not(:has([data-kind="${value}"]))`,
    ]),
  ];
  const empty = options.years.flatMap(({ value: year }) =>
    options.kinds.filter(({ value: kind }) => options.isEmpty(year, kind)).map(({ value: kind }) => `#${scope}:has(#${scope}-year-${year}:checked):has(#${scope}-kind-${kind}:checked) .pub-empty`),
  );
  const css = `${rules.join(',\n')} { display: none; }${empty.length > 0 ? `\n${empty.join(',\n')} { display: block; }` : ''}`;
  return (
    <div className="mb-8 flex flex-col gap-4 border-b border-line pb-6 print:hidden">
      <style>{css}</style>
      <Choices scope={scope} name="year" legend="Year" options={[{ value: 'all', label: 'All years', count: total }, ...options.years]} />
      {options.kinds.length > 1 && <Choices scope={scope} name="kind" legend="Type" options={[{ value: 'all', label: 'All types', count: total }, ...options.kinds]} />}
    </div>
  );
}

function Choices({ scope, name, legend, options }: { scope: string; name: string; legend: string; options: FilterOption<string | number>[] }) {
  return (
    <fieldset>
      <legend className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">{legend}</legend>
      <div className="flex flex-wrap gap-1.5">
        {options.map((option) => (
          <label key={option.value} className="pub-chip">
            <input type="radio" name={`${scope}-${name}`} id={`${scope}-${name}-${option.value}`} value={option.value} defaultChecked={option.value === 'all'} className="sr-only" />
            {option.label}
            <span className="pub-chip-count">{option.count}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** An id for a list's filter, the same at every build: from the entries it lists. */
export function filterScope(publications: Publication[]): string {
  let hash = 5381;
  for (const char of publications.map((p) => p.key).join(' ')) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  return `publications-${hash.toString(36)}`;
}
