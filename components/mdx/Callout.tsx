import type { IconDefinition } from '@fortawesome/fontawesome-common-types';
import { faCircleInfo } from '@fortawesome/free-solid-svg-icons/faCircleInfo';
import { faLightbulb } from '@fortawesome/free-solid-svg-icons/faLightbulb';
import { faTriangleExclamation } from '@fortawesome/free-solid-svg-icons/faTriangleExclamation';
import { faCircleExclamation } from '@fortawesome/free-solid-svg-icons/faCircleExclamation';
import type { CALLOUT_TYPES } from '@/lib/mdx/props';
import type { PropsOf } from '@/lib/mdx/vocabulary';
import { Icon } from '../Icon';

const KINDS = {
  note: { label: 'Note', icon: faCircleInfo },
  tip: { label: 'Tip', icon: faLightbulb },
  warning: { label: 'Warning', icon: faTriangleExclamation },
  danger: { label: 'Danger', icon: faCircleExclamation },
} satisfies Record<(typeof CALLOUT_TYPES)[number], { label: string; icon: IconDefinition }>;

/**
 * A highlighted aside: `<Callout type="tip" title="...">`. GitHub's
 * `> [!NOTE]` alerts get the same look (the `markdown-alert` classes).
 */
export function Callout({ type = 'note', title, children }: PropsOf<'Callout'> & { children: React.ReactNode }) {
  // The content check stops on any other type; a page rendered anyway shows a note.
  const name = type in KINDS ? type : 'note';
  const kind = KINDS[name];
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
