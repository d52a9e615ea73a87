import { availableParallelism } from 'node:os';
import { buildCache } from '../build/process-cache';
import type { Content } from '../content';
import type { ContentIssue } from '../issues';
import { encodeAll, verifyReadable } from '../images/encode';
import { imageUses } from '../content/image-uses';
import { plannedFiles, type ImageUse } from '../images';
import { formatPlan } from '../images/plan';
import { damagedIssue, unreadableIssue } from '../images/respond';
import { imageSource, type ImageSource } from '../images/source';

/**
 * The content check's part: every image the site re-encodes is decoded
 * with sharp. One cut short or damaged is shown as far as it can be read,
 * as browsers show it: a warning on each line that shows it. One sharp can
 * read nothing of would stop the build: an error on each line. (A missing
 * file, or a file that is no image at all, is reported where it is named:
 * by the loader for front matter, by the compile for bodies.)
 */
export async function imageIssues(content: Content, { contentDir, publicDir }: { contentDir: string; publicDir: string }): Promise<ContentIssue[]> {
  const sources = new Map<string, { source: ImageSource; uses: ImageUse[] }>();
  for (const use of imageUses(content, contentDir)) {
    let source: ImageSource | null = null;
    try {
      source = imageSource(use.src, publicDir);
    } catch {
      // No image at all: reported where it is named.
    }
    if (!source || !formatPlan(source.type, source.animated)) continue;
    const entry = sources.get(source.file) ?? { source, uses: [] };
    entry.uses.push(use);
    sources.set(source.file, entry);
  }
  const issues = new Map<string, ContentIssue>();
  const cache = buildCache();
  await Promise.all(
    [...sources.values()].map(async ({ source, uses }) => {
      try {
        const damage = await verifyReadable(source, cache);
        if (damage) for (const use of uses) issues.set(`${use.file}:${use.line}`, damagedIssue(use, source.src));
      } catch (error) {
        for (const use of uses) issues.set(`${use.file}:${use.line}`, unreadableIssue(use, source.src, error as Error));
      }
    }),
  );
  // In a build, the check encodes every file the pages will name, into the build cache (lib/images/encode.ts says why).
  if (cache && issues.size === 0) await encodeAll(plannedFiles(imageUses(content, contentDir), publicDir).values(), cache, availableParallelism());
  return [...issues.values()];
}
