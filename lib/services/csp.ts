/**
 * What a service of the site (analytics, comments) needs the
 * Content-Security-Policy to allow, by directive: exactly its hosts, added
 * to the site's own policy (lib/build/security-headers.ts).
 */
export type CspSources = { script?: string[]; style?: string[]; img?: string[]; connect?: string[]; frame?: string[] };

export function mergeSources(...all: (CspSources | undefined)[]): CspSources {
  const merged: Required<CspSources> = { script: [], style: [], img: [], connect: [], frame: [] };
  for (const sources of all) {
    for (const key of Object.keys(merged) as (keyof CspSources)[]) for (const host of sources?.[key] ?? []) if (!merged[key].includes(host)) merged[key].push(host);
  }
  return merged;
}

/** An address's origin, as a policy names a host: `https://plausible.io`. */
export const originOf = (url: string) => new URL(url).origin;
