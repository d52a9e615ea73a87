import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { DemoContent, demoSettings, isDemoSetting } from './demo-content';

const lineOf = (text: string) => (keys: ReadonlyArray<string | number>) => {
  const doc = YAML.parseDocument(text);
  const node = doc.getIn(keys, true) as { range?: [number] } | undefined;
  return node?.range ? text.slice(0, node.range[0]).split('\n').length : 1;
};

describe("al-folio's demo values in _config.yml", () => {
  it('are known by value: its giscus repository, Disqus shortname, sample feeds, Einstein, blog name', () => {
    const text = [
      'blog_name: al-folio',
      'blog_description: a simple whitespace theme for academics',
      'giscus:',
      '  repo: alshedivat/al-folio',
      'disqus_shortname: al-folio',
      'external_sources:',
      '  - name: medium.com',
      '    rss_url: https://medium.com/@al-folio/feed',
      '  - name: my blog',
      '    rss_url: https://me.example.org/feed.xml',
      'scholar:',
      '  last_name: [Einstein]',
      '',
    ].join('\n');
    const config = YAML.parse(text) as Record<string, unknown>;
    const found = demoSettings(config, lineOf(text));
    expect(found.map((s) => `${s.line} ${s.key}`)).toEqual(['4 giscus', '5 disqus_shortname', '7 external_sources.0', '12 scholar', '1 blog_name', '2 blog_description']);
    // A list of external sources is the author's when one entry is.
    expect(isDemoSetting('external_sources', config.external_sources, found)).toBe(false);
    expect(isDemoSetting('external_sources', [config.external_sources as unknown[]][0]!.slice(0, 1), found)).toBe(true);
  });

  it("leave the author's own values alone", () => {
    const text = 'blog_name: field notes\ngiscus:\n  repo: ada/ada.github.io\ndisqus_shortname: ada-blog\nscholar:\n  last_name: [Lovelace]\n';
    expect(demoSettings(YAML.parse(text) as Record<string, unknown>, lineOf(text))).toEqual([]);
  });
});

describe("al-folio's demo BibTeX entries", () => {
  const bib = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/demo-published/_bibliography/papers.bib'), 'utf8');

  it("are taken out of the .bib with the line breaks after them; the author's entries stay byte for byte", () => {
    const demo = new DemoContent(false);
    const kept = demo.bibliography('_bibliography/papers.bib', bib);
    expect(demo.report.bibEntries.map((e) => e.key)).toHaveLength(6);
    expect(kept).not.toMatch(/einstein/);
    for (const entry of bib.split(/\n(?=@)/).filter((e) => !/einstein/.test(e))) expect(kept).toContain(entry.trim());
  });

  it('stay with --include-demo, and are still listed', () => {
    const demo = new DemoContent(true);
    expect(demo.bibliography('_bibliography/papers.bib', bib)).toBe(bib);
    expect(demo.report.bibEntries).toHaveLength(6);
  });
});
