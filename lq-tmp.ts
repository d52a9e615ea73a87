import { parseMarkdown } from './lib/importer/markdown';
const s = process.argv[2]!.replace(/\\n/g, '\n');
const show = (n: any, d = 0) => { console.log(' '.repeat(d) + n.type, JSON.stringify(n.value ?? ''), n.position?.start.offset, n.position?.end.offset); (n.children || []).forEach((c: any) => show(c, d + 1)); };
show(parseMarkdown(s));
