import YAML, { isMap, isScalar } from 'yaml';

/**
 * Edits to a file's front matter, made on the text at the positions the
 * `yaml` Document gives: only the keys the importer sets are rewritten; the
 * author's comments, quoting, order and YAML 1.1 spellings (`news: yes`)
 * stay as written.
 */
export class FrontMatter {
  /** `---\n...\n---\n` as written (empty when the file has none). */
  private text: string;

  constructor(text: string) {
    this.text = text;
  }

  toString(): string {
    return this.text;
  }

  /** The YAML between the `---` lines, and where it starts. */
  private yaml(): { start: number; end: number } | null {
    const open = /^---[ \t]*\r?\n/.exec(this.text);
    if (!open) return null;
    const close = /^---[ \t]*$/m.exec(this.text.slice(open[0].length));
    if (!close) return null;
    return { start: open[0].length, end: open[0].length + close.index };
  }

  /** Sets a top-level key: its value replaced in place, or a line added at the end. A map or a list is written in flow style (`{beginning: true}`). */
  set(key: string, value: string | number | boolean | Record<string, unknown> | unknown[]): this {
    const scalar = typeof value === 'object' ? YAML.stringify(value, { flowCollectionPadding: false, collectionStyle: 'flow' }).trimEnd() : YAML.stringify(value).trimEnd();
    const block = this.yaml();
    if (!block) {
      this.text = `---\n${key}: ${scalar}\n---\n${this.text}`;
      return this;
    }
    const source = this.text.slice(block.start, block.end);
    const doc = YAML.parseDocument(source);
    const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
    const current = pair?.value;
    if (pair && isScalar(current) && current.range) {
      const [from, to] = current.range;
      // `layout:` with no value: the new one goes after the colon.
      const written = from === to ? ` ${scalar}` : scalar;
      this.text = this.text.slice(0, block.start + from) + written + this.text.slice(block.start + to);
    } else if (pair && isScalar(pair.key) && pair.key.range && current && 'range' in current && current.range) {
      // A map or a list (`toc:` and its items below): from the end of the key to the end of the value.
      let end = current.range[1];
      while (end > 0 && /\s/.test(source[end - 1]!)) end--;
      this.text = this.text.slice(0, block.start + pair.key.range[1]) + `: ${scalar}` + this.text.slice(block.start + end);
    } else if (pair) {
      throw new Error(`front matter: \`${key}\` has no value to replace`);
    } else {
      const before = source.endsWith('\n') || source === '' ? source : source + '\n';
      this.text = this.text.slice(0, block.start) + before + `${key}: ${scalar}\n` + this.text.slice(block.end);
    }
    return this;
  }

  /** Replaces a top-level key's whole value (a list, a map) with `value` written as YAML, or removes the key when `value` is undefined. */
  replace(key: string, value: unknown): this {
    const block = this.yaml();
    if (!block) return value === undefined ? this : this.set(key, value as string);
    const source = this.text.slice(block.start, block.end);
    const doc = YAML.parseDocument(source);
    const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
    const keyRange = isScalar(pair?.key) ? pair.key.range : undefined;
    const valueRange = (pair?.value as { range?: [number, number, number] } | null | undefined)?.range;
    if (!pair || !keyRange) throw new Error(`front matter: no \`${key}\` to replace`);
    // From the key to the end of its value, and that line's break.
    let end = valueRange ? valueRange[1] : keyRange[2];
    while (end < source.length && source[end] !== '\n') end++;
    if (source[end] === '\n') end++;
    const written = value === undefined ? '' : YAML.stringify({ [key]: value }, { lineWidth: 0 });
    this.text = this.text.slice(0, block.start + keyRange[0]) + written + this.text.slice(block.start + end);
    return this;
  }
}
