import { describe, expect, it } from 'vitest';
import { Edits } from './edits';
import { liquidTokens } from './liquid';
import { runStaticBlocks, type BlockRun } from './liquid-blocks';
import type { LiquidScope } from './liquid-values';

const TALKS = [
  { title: 'Where readers look', venue: 'CHI 2024', date: '2024-05-14', slides: '/assets/pdf/chi.pdf' },
  { title: 'Eye tracking on a budget', venue: 'Cologne', date: '2023-11-02' },
];

function run(body: string, scope: LiquidScope = {}) {
  const edits = new Edits(body);
  const runs: BlockRun[] = [];
  runStaticBlocks(body, liquidTokens(body), { site: { data: { talks: TALKS } }, page: {}, ...scope }, edits, runs);
  return { text: edits.slice(), runs };
}

describe('Liquid blocks over what the import knows', () => {
  it('are run as Jekyll ran them: a loop over a data file, with filters and a missing key printing nothing', () => {
    const body = 'Talks:\n\n{% for talk in site.data.talks %}\n**{{ talk.title }}**, {{ talk.venue }}, {{ talk.date | date: "%Y" }}.\n{% if talk.slides %}[Slides]({{ talk.slides | relative_url }}){% endif %}\n{% endfor %}\n';
    const { text, runs } = run(body);
    expect(text).toBe('Talks:\n\n\n**Where readers look**, CHI 2024, 2024.\n[Slides](/assets/pdf/chi.pdf)\n\n**Eye tracking on a budget**, Cologne, 2023.\n\n\n');
    expect(runs).toEqual([
      {
        at: body.indexOf('{% for'),
        end: body.indexOf('{% endfor %}') + '{% endfor %}'.length,
        message: 'the Liquid `for` block was run as Jekyll ran it, over _data/talks.yml: what it printed is now the text (an entry added to that file later must be added here by hand)',
      },
    ]);
  });

  it('run an `if` on the front matter', () => {
    expect(run('{% if page.show %}shown{% else %}hidden{% endif %}', { page: { show: true } }).text).toBe('shown');
  });

  it('are left alone when they read what Jekyll computes, include a file, use a tag or filter Jekyll adds, or a variable assigned outside them', () => {
    for (const body of [
      '{% for post in site.posts %}{{ post.title }}{% endfor %}',
      '{% for post in paginator.posts %}{{ post.title }}{% endfor %}',
      '{% if page.url %}x{% endif %}',
      '{% for talk in site.data.talks %}{% include talk.liquid %}{% endfor %}',
      '{% for talk in site.data.talks %}{{ talk.title | markdownify }}{% endfor %}',
      '{% for talk in site.data.talks %}{% cite x %}{% endfor %}',
      '{% assign sorted = site.data.talks | sort: "date" %}{% for talk in sorted %}{{ talk.title }}{% endfor %}',
    ]) {
      const { text, runs } = run(body, { collections: ['posts'] });
      expect(text, body).toBe(body);
      expect(runs, body).toEqual([]);
    }
  });
});
