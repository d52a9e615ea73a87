import type { IconDefinition } from '@fortawesome/fontawesome-common-types';
import { faBluesky } from '@fortawesome/free-brands-svg-icons/faBluesky';
import { faGithub } from '@fortawesome/free-brands-svg-icons/faGithub';
import { faGitlab } from '@fortawesome/free-brands-svg-icons/faGitlab';
import { faGoogleScholar } from '@fortawesome/free-brands-svg-icons/faGoogleScholar';
import { faInstagram } from '@fortawesome/free-brands-svg-icons/faInstagram';
import { faLinkedin } from '@fortawesome/free-brands-svg-icons/faLinkedin';
import { faMastodon } from '@fortawesome/free-brands-svg-icons/faMastodon';
import { faOrcid } from '@fortawesome/free-brands-svg-icons/faOrcid';
import { faResearchgate } from '@fortawesome/free-brands-svg-icons/faResearchgate';
import { faXTwitter } from '@fortawesome/free-brands-svg-icons/faXTwitter';
import { faYoutube } from '@fortawesome/free-brands-svg-icons/faYoutube';
import { faEnvelope } from '@fortawesome/free-solid-svg-icons/faEnvelope';
import { faGraduationCap } from '@fortawesome/free-solid-svg-icons/faGraduationCap';
import type { SocialKey, SocialLink } from '@/lib/seo/socials';
import { Icon } from './Icon';

const ICONS: Record<SocialKey, IconDefinition> = {
  email: faEnvelope,
  scholar_userid: faGoogleScholar,
  orcid_id: faOrcid,
  semanticscholar_id: faGraduationCap,
  researchgate_profile: faResearchgate,
  dblp_url: faGraduationCap,
  github_username: faGithub,
  gitlab_username: faGitlab,
  linkedin_username: faLinkedin,
  x_username: faXTwitter,
  bluesky_url: faBluesky,
  mastodon_username: faMastodon,
  instagram_id: faInstagram,
  youtube_id: faYoutube,
};

/** The author's profiles as a row of labelled icons; `sm` is the header's (smaller on wide screens, a full touch target on a phone). */
export function SocialLinks({ links, size = 'md' }: { links: SocialLink[]; size?: 'sm' | 'md' | 'lg' }) {
  if (links.length === 0) return null;
  return (
    <ul className="flex flex-wrap items-center justify-center" aria-label="Profiles elsewhere">
      {links.map((link) => (
        <li key={link.key}>
          <a
            href={link.href}
            rel="me noopener"
            className={`inline-flex size-11 items-center justify-center rounded-full text-muted transition-colors hover:bg-surface hover:text-accent ${size === 'sm' ? 'lg:size-8' : ''}`}
            title={link.label}
          >
            <Icon icon={ICONS[link.key]} className={size === 'lg' ? 'size-6' : size === 'sm' ? 'size-5 lg:size-4' : 'size-5'} />
            <span className="sr-only">{link.label}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
