import type { ScheduleEntry } from '@/lib/content';
import { href } from '@/lib/routing/urls';
import { RichHtml } from '../RichHtml';

/**
 * A course's schedule, as al-folio's course layout shows it: week, date,
 * topic (with its description) and materials. On a phone the table keeps
 * its columns and scrolls sideways in its own region, which a keyboard can
 * reach (it is focusable) and a screen reader names.
 */
export function ScheduleTable({ schedule }: { schedule: ScheduleEntry[] }) {
  const hasDates = schedule.some((entry) => entry.date);
  return (
    <section className="mt-10">
      <h2 id="schedule" className="mb-4 font-serif text-2xl font-semibold text-ink">
        Schedule
      </h2>
      <div className="overflow-x-auto rounded-lg border border-line" tabIndex={0} role="region" aria-labelledby="schedule">
        <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
          <thead className="bg-surface text-ink">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">Week</th>
              {hasDates && <th scope="col" className="px-3 py-2 font-semibold">Date</th>}
              <th scope="col" className="px-3 py-2 font-semibold">Topic</th>
              <th scope="col" className="px-3 py-2 font-semibold">Materials</th>
            </tr>
          </thead>
          <tbody>
            {schedule.map((entry, i) => (
              <tr key={i} className="border-t border-line align-top">
                <td className="whitespace-nowrap px-3 py-2 tabular-nums text-muted">{entry.week}</td>
                {hasDates && <td className="whitespace-nowrap px-3 py-2 text-muted">{entry.date}</td>}
                <td className="px-3 py-2">
                  {entry.topic && <strong className="font-semibold text-ink">{entry.topic}</strong>}
                  {entry.description && <RichHtml html={entry.description} className="mt-0.5 text-muted [&_a]:underline" />}
                </td>
                <td className="px-3 py-2">
                  {entry.materials.length > 0 && (
                    <ul className="space-y-0.5">
                      {entry.materials.map((material, j) => (
                        <li key={j}>
                          {material.url ? (
                            <a href={href(material.url)} className="text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent">
                              {material.name}
                            </a>
                          ) : (
                            material.name
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
