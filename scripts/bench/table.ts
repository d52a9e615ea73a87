/** Prints rows as an aligned plain-text table. */
export function printTable(header: string[], rows: string[][], log: (line: string) => void = console.log): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  log(line(header));
  log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) log(line(row));
}
