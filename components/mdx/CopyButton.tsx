'use client';
import { useState } from 'react';
import { faCheck } from '@fortawesome/free-solid-svg-icons/faCheck';
import { faCopy } from '@fortawesome/free-solid-svg-icons/faCopy';
import { Icon } from '../Icon';

/** Copies the code of the block it sits in; the only script a code block ships. */
export function CopyButton() {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="copy-button"
      onClick={async (event) => {
        const code = event.currentTarget.closest('.code-block')?.querySelector('pre code') as HTMLElement | null;
        if (!code) return;
        await navigator.clipboard.writeText(code.innerText.replace(/\n$/, ''));
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      <Icon icon={copied ? faCheck : faCopy} className="size-3.5" />
      <span className="sr-only">{copied ? 'Copied' : 'Copy code'}</span>
      <span aria-live="polite" className="copy-status">
        {copied ? 'Copied' : ''}
      </span>
    </button>
  );
}
