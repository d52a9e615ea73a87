'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition } from 'react';

/**
 * Development only: `npm run dev` (scripts/dev.ts) announces content saves
 * over an event stream, and the open page follows them.
 *
 * `startLiveReload` listens, from instrumentation-client.ts, in every
 * document next dev serves, including the error page Next shows in place of
 * a page whose content is broken (where no component of ours is rendered).
 * On a save, the `LiveReload` component (in app/layout.tsx) re-renders the
 * page in place, keeping its scroll position and state; where it is not
 * there, or the page shows an error or a "not found", the page is reloaded.
 *
 * `<html data-live-reload>` says what a save will do, for a look in the
 * inspector and for the live-reload test: `on` (re-render in place),
 * `reload` (connected, but this document can only be reloaded), `off`.
 */

const CHANGE = 'folio:content-change';
/** Asked by the stream, answered (cancelled) by a mounted LiveReload: can this page re-render in place? */
const PROBE = 'folio:live-reload-probe';
/** Sent by LiveReload when it comes and goes, so the mark follows. */
const MARK = 'folio:live-reload-mark';

type Announcement = { changedAt: number };

export function startLiveReload(port: number) {
  // The page shows content read after this moment: its document's request, then each refresh or reload.
  let upToDate = performance.timeOrigin;
  let connected = false;
  const inPlace = () => !window.dispatchEvent(new Event(PROBE, { cancelable: true }));
  const mark = () => (document.documentElement.dataset.liveReload = !connected ? 'off' : inPlace() ? 'on' : 'reload');
  window.addEventListener(MARK, mark);

  const source = new EventSource(`http://127.0.0.1:${port}/events`);
  source.addEventListener('open', () => ((connected = true), mark()));
  source.addEventListener('error', () => ((connected = false), mark()));
  // `change` on a save; `hello` on each (re)connection, so a save made while
  // the page was loading, or the stream was down, is not missed.
  const follow = (event: MessageEvent<string>) => {
    const { changedAt } = JSON.parse(event.data) as Announcement;
    if (changedAt <= upToDate) return;
    upToDate = Date.now();
    // Not cancelled: nothing here can re-render in place. Start afresh.
    if (window.dispatchEvent(new Event(CHANGE, { cancelable: true }))) window.location.reload();
  };
  source.addEventListener('hello', follow);
  source.addEventListener('change', follow);
}

/**
 * Whether the page shows an error or a "not found" that a re-render in place
 * would keep: Next keeps its error dialog up, and its not-found boundary
 * until the address changes, even once the page is back. (next dev marks
 * both kinds of page with a `<meta>`.)
 */
function stuckOnError(): boolean {
  if (document.querySelector('meta[name="next-error"], meta[name="boundary-next-error"]')) return true;
  return [...document.querySelectorAll('nextjs-portal')].some((portal) => portal.shadowRoot?.querySelector('dialog, [role="dialog"], [data-nextjs-dialog]'));
}

export function LiveReload() {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  /** Refreshes asked for since the page last finished re-rendering. */
  const asked = useRef(0);

  useEffect(() => {
    if (!refreshing) asked.current = 0;
  }, [refreshing]);

  useEffect(() => {
    const onChange = (event: Event) => {
      // Not cancelled: the page is reloaded.
      if (stuckOnError()) return;
      event.preventDefault();
      asked.current++;
      startTransition(() => router.refresh());
    };
    const answer = (event: Event) => event.preventDefault();
    window.addEventListener(CHANGE, onChange);
    window.addEventListener(PROBE, answer);
    window.dispatchEvent(new Event(MARK));
    return () => {
      window.removeEventListener(CHANGE, onChange);
      window.removeEventListener(PROBE, answer);
      window.dispatchEvent(new Event(MARK));
      // A broken save's refresh replaced the page with Next's error while a
      // later save's refresh was still on its way: that one would land under
      // the error. Start afresh.
      if (asked.current > 1) window.location.reload();
    };
  }, [router]);
  return null;
}
