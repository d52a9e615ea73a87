import fs from 'node:fs';
import path from 'node:path';

/**
 * KaTeX's stylesheet and fonts, served from the installed katex package (the
 * same version that rendered the math) and prerendered at build. Pages link
 * the stylesheet only when they contain math.
 */
const KATEX_DIST = path.join(process.cwd(), 'node_modules', 'katex', 'dist');
const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const fonts = fs.readdirSync(path.join(KATEX_DIST, 'fonts')).map((name) => ({ file: ['fonts', name] }));
  return [{ file: ['katex.min.css'] }, ...fonts];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const relative = (await params).file.join('/');
  const body = fs.readFileSync(path.join(KATEX_DIST, relative));
  return new Response(body, {
    headers: {
      'Content-Type': TYPES[path.extname(relative)] ?? 'application/octet-stream',
      'Cache-Control': 'public, max-age=86400',
    },
  });
}
