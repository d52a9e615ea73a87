import { faGithub } from '@fortawesome/free-brands-svg-icons/faGithub';
import { Icon } from '../Icon';

/** A project's repository (`github: user/repo`), named as GitHub names it. */
export function GithubLink({ repo, className }: { repo: string; className: string }) {
  return (
    <a href={`https://github.com/${repo}`} className={`inline-flex items-center gap-1.5 text-sm text-muted hover:text-accent ${className}`}>
      <Icon icon={faGithub} className="size-4" />
      <span>
        <span className="sr-only">Source on GitHub: </span>
        {repo}
      </span>
    </a>
  );
}
