import fs from 'node:fs';
import path from 'node:path';
import { CV_FILES } from '@/lib/content/cv';
import { loadOptions } from '@/lib/content';
import { NO_PAGE, staticParams } from '@/lib/routing/static-params';

/**
 * content/resume.json (a JSON Resume CV) at the address al-folio served it
 * from, `/assets/json/resume.json`: links to it, and tools that read it,
 * keep working after the move, and it is always the CV the site shows.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

const NAME = CV_FILES.jsonresume;

function resumeFile(): string | null {
  const file = path.join(/*turbopackIgnore: true*/ loadOptions().contentDir, NAME);
  return fs.existsSync(file) ? file : null;
}

export function generateStaticParams() {
  return staticParams(resumeFile() ? [{ file: NAME }] : [], { file: NO_PAGE });
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = resumeFile();
  if ((await params).file !== NAME || !file) return new Response('Not found', { status: 404 });
  return new Response(fs.readFileSync(/*turbopackIgnore: true*/ file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
