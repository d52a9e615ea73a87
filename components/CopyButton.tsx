'use client';
import { useState } from 'react';
import { faCheck } from '@fortawesome/free-solid-svg-icons/faCheck';
import { faCopy } from '@fortawesome/free-solid-svg-icons/faCopy';
import { Icon } from './Icon';

type Props = {
  /** The button's accessible name, e.g. "Copy code". */
  label: string;
  /** Its name once the text is on the clipboard, e.g. "Copied". */
  doneLabel: string;
  /** Visible text beside the icon (icon only when absent). */
  short?: { idle: string; done: string };
  className?: string;
};

/**
 * Copies the text of the `[data-copy-source]` element inside the closest
 * `[data-copy-scope]` around it (a code block, a BibTeX panel). One small
 * component for every copy button on the site, so they share one script.
 */
export function CopyButton({ label, doneLabel, short, className = 'copy-button' }: Props) {
  const [status, setStatus] = useState<'idle' | 'done' | 'failed'>('idle');
  const name = status === 'done' ? doneLabel : status === 'failed' ? `${label} failed` : label;
  return (
    <button
      type="button"
      className={className}
      aria-label={name}
      onClick={async (event) => {
        const source = event.currentTarget.closest('[data-copy-scope]')?.querySelector<HTMLElement>('[data-copy-source]');
        if (!source) return;
        try {
          await navigator.clipboard.writeText(source.innerText.replace(/\s+$/, ''));
          setStatus('done');
        } catch {
          setStatus('failed');
        }
        setTimeout(() => setStatus('idle'), 2000);
      }}
    >
      <Icon icon={status === 'done' ? faCheck : faCopy} className="size-3.5" />
      {short && <span aria-hidden="true">{status === 'done' ? short.done : short.idle}</span>}
      <span aria-live="polite" className="copy-status sr-only">
        {status === 'done' ? doneLabel : ''}
      </span>
    </button>
  );
}
