'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Development only (app/layout.tsx renders it under `next dev` started by
 * `npm run dev`): when a file under content/ is saved, scripts/dev.ts sends
 * an event and the open page re-renders from the server, keeping its scroll
 * position and state. When a save breaks the content, Next shows the error
 * (with the file and line) in place of the page and this component is gone
 * with it; the connection outlives it, and the next save reloads the page.
 */

let source: EventSource | undefined;
let refresh: (() => void) | undefined;

function connect(port: number) {
  if (source) return;
  source = new EventSource(`http://127.0.0.1:${port}/events`);
  // For a look in the inspector (and the live-reload test): is the page listening?
  source.addEventListener('open', () => (document.documentElement.dataset.liveReload = 'on'));
  source.addEventListener('error', () => (document.documentElement.dataset.liveReload = 'off'));
  source.addEventListener('change', () => {
    // After an error, Next's overlay can stay up over a page that has
    // recovered: start afresh. Otherwise re-render in place.
    if (refresh && !showingError()) refresh();
    else window.location.reload();
  });
}

/** Whether Next's development overlay is showing an error dialog. */
function showingError(): boolean {
  return [...document.querySelectorAll('nextjs-portal')].some((portal) => portal.shadowRoot?.querySelector('dialog, [role="dialog"], [data-nextjs-dialog]'));
}

export function LiveReload({ port }: { port: number }) {
  const router = useRouter();
  useEffect(() => {
    connect(port);
    refresh = () => router.refresh();
    return () => {
      refresh = undefined;
    };
  }, [port, router]);
  return null;
}
