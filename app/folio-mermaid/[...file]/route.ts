import fs from 'node:fs';
import path from 'node:path';

/**
 * mermaid's own ES module build, served from the installed package and
 * prerendered at build: Folio's script (client/mermaid.ts) imports it only
 * on pages that have a diagram, and it imports the chunks it needs beside it.
 */
const DIST = path.join(process.cwd(), 'node_modules', 'mermaid', 'dist');
const CHUNKS = ['chunks', 'mermaid.esm.min'];

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const chunks = fs.readdirSync(path.join(DIST, ...CHUNKS)).filter((name) => name.endsWith('.mjs'));
  return [{ file: ['mermaid.esm.min.mjs'] }, ...chunks.map((name) => ({ file: [...CHUNKS, name] }))];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const relative = (await params).file.join('/');
  return new Response(fs.readFileSync(path.join(DIST, relative)), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=86400' },
  });
}
