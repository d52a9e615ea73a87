import { faGithub } from '@fortawesome/free-brands-svg-icons/faGithub';
import { faBook } from '@fortawesome/free-solid-svg-icons/faBook';
import { faCodeFork } from '@fortawesome/free-solid-svg-icons/faCodeFork';
import { faStar } from '@fortawesome/free-solid-svg-icons/faStar';
import { faUsers } from '@fortawesome/free-solid-svg-icons/faUsers';
import type { Repositories } from '@/lib/content/repositories';
import { formatDay } from '@/lib/text/dates';
import { Icon } from '../Icon';

/**
 * al-folio's repositories page in Folio's own HTML and CSS: a card per
 * GitHub user (name, bio, public repositories, followers) and per
 * repository (name, description, language, stars, forks, last push), from
 * the snapshot `npm run refresh` writes. Nothing is loaded from GitHub or an
 * image service. An entry the snapshot lacks shows its name and link only.
 */

const CARD = 'group relative flex min-w-0 flex-col gap-2 rounded-xl border border-line p-4 transition-colors hover:border-accent focus-within:border-accent';
const count = (n: number, lang: string) => new Intl.NumberFormat(lang, { notation: n >= 10_000 ? 'compact' : 'standard' }).format(n);

function Stat({ icon, label, value }: { icon: typeof faStar; label: string; value: string }) {
  return (
    <span className="inline-flex items-center gap-1">
      <Icon icon={icon} className="size-3.5" />
      <span className="sr-only">{label}: </span>
      {value}
    </span>
  );
}

function CardLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} className="break-words after:absolute after:inset-0 after:content-[''] group-hover:text-accent">
      {children}
    </a>
  );
}

export function UserCards({ users, lang }: { users: Repositories['users']; lang: string }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {users.map(({ login, url, data }) => (
        <li key={login} className={CARD}>
          <h3 className="flex items-center gap-2 font-serif text-lg font-semibold leading-snug text-ink">
            <Icon icon={faGithub} className="size-5 shrink-0" />
            <CardLink href={data?.html_url ?? url}>
              {data?.name || login}
              {data?.name && <span className="ml-1.5 font-sans text-sm font-normal text-muted">@{data.login}</span>}
            </CardLink>
          </h3>
          {data?.bio && <p className="text-sm leading-relaxed text-ink/85">{data.bio}</p>}
          {data && (
            <p className="mt-auto flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
              <Stat icon={faBook} label="Public repositories" value={count(data.public_repos, lang)} />
              <Stat icon={faUsers} label="Followers" value={count(data.followers, lang)} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

export function RepoCards({ repos, lang, descriptionLines }: { repos: Repositories['repos']; lang: string; descriptionLines?: number }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {repos.map(({ name, url, data }) => (
        <li key={name} className={CARD}>
          <h3 className="font-mono text-[0.95rem] font-semibold leading-snug text-ink">
            <CardLink href={data?.html_url ?? url}>{data?.full_name ?? name}</CardLink>
            {data?.archived && <span className="ml-2 rounded-full border border-line px-2 py-0.5 align-middle font-sans text-xs font-medium text-muted">Archived</span>}
          </h3>
          {data?.description && (
            <p className="text-sm leading-relaxed text-ink/85" style={descriptionLines ? { display: '-webkit-box', WebkitLineClamp: descriptionLines, WebkitBoxOrient: 'vertical', overflow: 'hidden' } : undefined}>
              {data.description}
            </p>
          )}
          {data && (
            <p className="mt-auto flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
              {data.language && <span>{data.language}</span>}
              <Stat icon={faStar} label="Stars" value={count(data.stargazers_count, lang)} />
              <Stat icon={faCodeFork} label="Forks" value={count(data.forks_count, lang)} />
              {data.pushed_at && (
                <span>
                  Updated <time dateTime={data.pushed_at}>{formatDay(data.pushed_at.slice(0, 10), lang)}</time>
                </span>
              )}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Both lists under al-folio's headings; nothing when the page has no repositories.yml. */
export function RepositoryLists({ repositories, lang }: { repositories?: Repositories; lang: string }) {
  if (!repositories || (repositories.users.length === 0 && repositories.repos.length === 0)) return null;
  return (
    <div className="mt-10 space-y-10">
      {repositories.users.length > 0 && (
        <section aria-labelledby="github-users">
          <h2 id="github-users" className="mb-4 font-serif text-2xl font-semibold text-ink">
            GitHub users
          </h2>
          <UserCards users={repositories.users} lang={lang} />
        </section>
      )}
      {repositories.repos.length > 0 && (
        <section aria-labelledby="github-repositories">
          <h2 id="github-repositories" className="mb-4 font-serif text-2xl font-semibold text-ink">
            Repositories
          </h2>
          <RepoCards repos={repositories.repos} lang={lang} descriptionLines={repositories.descriptionLines} />
        </section>
      )}
    </div>
  );
}
