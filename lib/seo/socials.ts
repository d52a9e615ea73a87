import type { Site } from '../content';

export type SocialLink = { key: SocialKey; label: string; href: string };

/** al-folio's social keys, in the order al-folio shows them, and the URL each id makes. */
const SOCIALS = {
  email: { label: 'Email', href: (v: string) => `mailto:${v}` },
  scholar_userid: { label: 'Google Scholar', href: (v: string) => `https://scholar.google.com/citations?user=${encodeURIComponent(v)}` },
  orcid_id: { label: 'ORCID', href: (v: string) => `https://orcid.org/${encodeURIComponent(v)}` },
  semanticscholar_id: { label: 'Semantic Scholar', href: (v: string) => `https://www.semanticscholar.org/author/${encodeURIComponent(v)}` },
  researchgate_profile: { label: 'ResearchGate', href: (v: string) => `https://www.researchgate.net/profile/${encodeURIComponent(v)}` },
  dblp_url: { label: 'DBLP', href: (v: string) => v },
  github_username: { label: 'GitHub', href: (v: string) => `https://github.com/${encodeURIComponent(v)}` },
  gitlab_username: { label: 'GitLab', href: (v: string) => `https://gitlab.com/${encodeURIComponent(v)}` },
  linkedin_username: { label: 'LinkedIn', href: (v: string) => `https://www.linkedin.com/in/${encodeURIComponent(v)}` },
  x_username: { label: 'X', href: (v: string) => `https://x.com/${encodeURIComponent(v)}` },
  bluesky_url: { label: 'Bluesky', href: (v: string) => v },
  mastodon_username: { label: 'Mastodon', href: (v: string) => (/^[a-z][a-z\d+.-]*:/i.test(v) ? v : `https://${v.replace(/^@?([^@]+)@(.+)$/, '$2/@$1')}`) },
  instagram_id: { label: 'Instagram', href: (v: string) => `https://www.instagram.com/${encodeURIComponent(v)}` },
  youtube_id: { label: 'YouTube', href: (v: string) => `https://www.youtube.com/@${encodeURIComponent(v)}` },
} as const;

export type SocialKey = keyof typeof SOCIALS;

/** The author's profiles, from `socials:` in site.yml; unknown or empty keys are skipped. */
export function socialLinks(site: Site): SocialLink[] {
  const values = site.socials as Record<string, unknown>;
  return (Object.keys(SOCIALS) as SocialKey[]).flatMap((key) => {
    const value = values[key];
    if (value === undefined || value === null || value === '') return [];
    return [{ key, label: SOCIALS[key].label, href: SOCIALS[key].href(String(value)) }];
  });
}
