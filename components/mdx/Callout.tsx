import type { IconDefinition } from '@fortawesome/fontawesome-common-types';
import { faCircleInfo } from '@fortawesome/free-solid-svg-icons/faCircleInfo';
import { faLightbulb } from '@fortawesome/free-solid-svg-icons/faLightbulb';
import { faTriangleExclamation } from '@fortawesome/free-solid-svg-icons/faTriangleExclamation';
import { faCircleExclamation } from '@fortawesome/free-solid-svg-icons/faCircleExclamation';
import { Icon } from '../Icon';

const KINDS = {
  note: { label: 'Note', icon: faCircleInfo },
  tip: { label: 'Tip', icon: faLightbulb },
  warning: { label: 'Warning', icon: faTriangleExclamation },
  danger: { label: 'Danger', icon: faCircleExclamation },
} satisfies Record<string, { label: string; icon: IconDefinition }>;

/**
 * A highlighted aside: `<Callout type="tip" title="...">`. GitHub's
 * `> [!NOTE]` alerts get the same look (the `markdown-alert` classes).
 */
export function Callout({ type = 'note', title, children }: { type?: string; title?: string; children: React.ReactNode }) {
  const kind = KINDS[type as keyof typeof KINDS] ?? KINDS.note;
  const name = type in KINDS ? type : 'note';
  return (
    <aside className={`markdown-alert markdown-alert-${name}`} aria-label={title ?? kind.label}>
      <p className="markdown-alert-title">
        <Icon icon={kind.icon} className="size-4" />
        {title ?? kind.label}
      </p>
      {children}
    </aside>
  );
}
