import { href } from '@/lib/routing/urls';
import type { IconDefinition } from '@fortawesome/fontawesome-common-types';
import { faBluesky } from '@fortawesome/free-brands-svg-icons/faBluesky';
import { faGithub } from '@fortawesome/free-brands-svg-icons/faGithub';
import { faGitlab } from '@fortawesome/free-brands-svg-icons/faGitlab';
import { faGoogleScholar } from '@fortawesome/free-brands-svg-icons/faGoogleScholar';
import { faImdb } from '@fortawesome/free-brands-svg-icons/faImdb';
import { faInstagram } from '@fortawesome/free-brands-svg-icons/faInstagram';
import { faLeetcode } from '@fortawesome/free-brands-svg-icons/faLeetcode';
import { faLinkedin } from '@fortawesome/free-brands-svg-icons/faLinkedin';
import { faMastodon } from '@fortawesome/free-brands-svg-icons/faMastodon';
import { faOrcid } from '@fortawesome/free-brands-svg-icons/faOrcid';
import { faResearchgate } from '@fortawesome/free-brands-svg-icons/faResearchgate';
import { faStackOverflow } from '@fortawesome/free-brands-svg-icons/faStackOverflow';
import { faTelegram } from '@fortawesome/free-brands-svg-icons/faTelegram';
import { faXTwitter } from '@fortawesome/free-brands-svg-icons/faXTwitter';
import { faYoutube } from '@fortawesome/free-brands-svg-icons/faYoutube';
import { faEnvelope } from '@fortawesome/free-solid-svg-icons/faEnvelope';
import { faGlobe } from '@fortawesome/free-solid-svg-icons/faGlobe';
import { faLink } from '@fortawesome/free-solid-svg-icons/faLink';
import { faLocationDot } from '@fortawesome/free-solid-svg-icons/faLocationDot';
import { faPhone } from '@fortawesome/free-solid-svg-icons/faPhone';
import type { Cv } from '@/lib/content';
import { Icon } from '../Icon';
import { RichHtml } from '../RichHtml';

const NETWORK_ICONS: Record<string, IconDefinition> = {
  github: faGithub,
  gitlab: faGitlab,
  linkedin: faLinkedin,
  'google scholar': faGoogleScholar,
  orcid: faOrcid,
  researchgate: faResearchgate,
  x: faXTwitter,
  twitter: faXTwitter,
  mastodon: faMastodon,
  bluesky: faBluesky,
  instagram: faInstagram,
  youtube: faYoutube,
  stackoverflow: faStackOverflow,
  telegram: faTelegram,
  imdb: faImdb,
  leetcode: faLeetcode,
};

type Item = { key: string; icon: IconDefinition; text: string; href?: string; label: string };

/** Services whose "username" is an identifier no reader recognises (Google Scholar's `MVkQ_XQAAAAJ`): the link says the service's name. */
const NAMED_BY_SERVICE = new Set(['google scholar', 'semantic scholar', 'scopus', 'dblp', 'researcherid', 'web of science', 'inspire', 'inspirehep', 'arxiv']);

function contactItems(cv: Cv): Item[] {
  const { email, phone, website, location } = cv.contact;
  const items: Item[] = [];
  if (email) items.push({ key: 'email', icon: faEnvelope, text: email, href: `mailto:${email}`, label: 'Email' });
  if (phone) items.push({ key: 'phone', icon: faPhone, text: phone, href: `tel:${phone.replace(/[^\d+]/g, '')}`, label: 'Phone' });
  if (website) items.push({ key: 'website', icon: faGlobe, text: website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''), href: website, label: 'Website' });
  if (location) items.push({ key: 'location', icon: faLocationDot, text: location, label: 'Location' });
  for (const p of cv.profiles) {
    const text = p.username && !NAMED_BY_SERVICE.has(p.network.trim().toLowerCase()) ? p.username : p.network;
    items.push({ key: `p-${p.network}-${p.username}`, icon: NETWORK_ICONS[p.network.toLowerCase()] ?? faLink, text, href: p.url, label: p.network });
  }
  return items;
}

/** The top of a CV: name, title, how to reach the person, and the summary. */
export function CvHeader({ cv }: { cv: Cv }) {
  const items = contactItems(cv);
  return (
    <div className="cv-header mb-10 border-b border-line pb-8">
      {cv.name && <p className="font-serif text-3xl font-semibold tracking-tight text-ink">{cv.name}</p>}
      {cv.label && <p className="mt-1 text-lg text-muted">{cv.label}</p>}
      {items.length > 0 && (
        <ul className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-[0.95rem]" aria-label="Contact">
          {items.map((item) => {
            const body = (
              <>
                <Icon icon={item.icon} className="size-4 shrink-0 text-muted" />
                {item.text !== item.label && <span className="sr-only">{item.label}: </span>}
                <span className="break-all">{item.text}</span>
              </>
            );
            return (
              <li key={item.key} className="flex items-center gap-2">
                {item.href ? (
                  <a href={href(item.href)} className="flex items-center gap-2 text-ink hover:text-accent">
                    {body}
                  </a>
                ) : (
                  <span className="flex items-center gap-2 text-ink">{body}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {cv.summary && <RichHtml html={cv.summary} className="mt-5 max-w-prose leading-relaxed text-ink" />}
    </div>
  );
}
