import type { CvDate, CvPeriod } from '@/lib/content';

/** `2020` as is, `2020-09` and `2020-09-24` as "Sep 2020" (a CV's precision), words as written. */
function label(date: CvDate, lang: string): string {
  if (!date.iso) return date.text ?? '';
  if (date.iso.length === 4) return date.iso;
  const [year, month] = date.iso.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}

function One({ date, lang }: { date: CvDate; lang: string }) {
  return date.iso ? <time dateTime={date.iso}>{label(date, lang)}</time> : <>{label(date, lang)}</>;
}

/** A date, or a start and an end ("Sep 2018 – present"). */
export function CvDates({ period, lang, className }: { period: CvPeriod; lang: string; className?: string }) {
  return (
    <span className={className}>
      <One date={period[0]} lang={lang} />
      {period[1] && (
        <>
          {' – '}
          <One date={period[1]} lang={lang} />
        </>
      )}
    </span>
  );
}
