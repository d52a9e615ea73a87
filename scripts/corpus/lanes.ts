/**
 * The sites of each lane, in order: the exports first (the longest steps), grouped by base path (the
 * root's first: the project's compiler cache is the root's), each group whole in one lane, the lanes
 * given about the same time (a group's first export compiles in full: about three warm exports).
 */
export function planLanes(fixtures: string[], toExport: Set<string>, jobs: number, basePath: (fixture: string) => string): string[][] {
  const groups = new Map<string, string[]>();
  for (const fixture of fixtures.filter((f) => toExport.has(f))) {
    const key = basePath(fixture);
    groups.set(key, [...(groups.get(key) ?? []), fixture]);
  }
  const lanes = Array.from({ length: jobs }, () => ({ sites: [] as string[], load: 0 }));
  const ordered = [...groups].sort(([a, x], [b, y]) => Number(a !== '') - Number(b !== '') || y.length - x.length || a.localeCompare(b));
  for (const [, sites] of ordered) {
    const lightest = lanes.reduce((min, l) => (l.load < min.load ? l : min));
    lightest.sites.push(...sites);
    lightest.load += sites.length + 3;
  }
  for (const fixture of fixtures.filter((f) => !toExport.has(f))) {
    const lightest = lanes.reduce((min, l) => (l.load < min.load ? l : min));
    lightest.sites.push(fixture);
    lightest.load += 0.2;
  }
  return lanes.map((l) => l.sites).filter((sites) => sites.length);
}
