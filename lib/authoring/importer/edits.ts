/**
 * A text and the replacements made in it, by offset. The importer never
 * writes a parsed tree back: it replaces the ranges it converts, so every
 * other character stays as the author wrote it.
 */
export class Edits {
  /** Non-overlapping, sorted by start. */
  private readonly edits: { start: number; end: number; text: string }[] = [];

  constructor(readonly text: string) {}

  /** Replaces [start, end); replacements made inside it before are dropped (the new text includes them). */
  replace(start: number, end: number, text: string) {
    const within = (e: { start: number; end: number }) => start < end && e.start >= start && e.end <= end && !(e.start === e.end && (e.start === start || e.start === end));
    const kept = this.edits.filter((e) => !within(e));
    if (kept.some((e) => e.start < end && e.end > start)) throw new Error(`overlapping edits at ${start}-${end}`);
    kept.push({ start, end, text });
    kept.sort((a, b) => a.start - b.start || a.end - b.end);
    this.edits.splice(0, this.edits.length, ...kept);
  }

  /** Whether an offset is inside a replaced range. */
  covered(offset: number): boolean {
    return this.edits.some((e) => e.start <= offset && offset < e.end);
  }

  /** The offset in the original text of an offset in the edited one (inside a replacement: where the replaced range started). */
  originOf(offset: number): number {
    let delta = 0;
    for (const e of this.edits) {
      const newStart = e.start + delta;
      if (offset < newStart) break;
      if (offset < newStart + e.text.length) return e.start;
      delta += e.text.length - (e.end - e.start);
    }
    return offset - delta;
  }

  /** The text of [start, end) with the replacements inside it applied. */
  slice(start = 0, end = this.text.length): string {
    let out = '';
    let at = start;
    for (const e of this.edits) {
      if (e.start < start || e.end > end) continue;
      out += this.text.slice(at, e.start) + e.text;
      at = e.end;
    }
    return out + this.text.slice(at, end);
  }
}
