// `npm run dev` only (scripts/dev.ts sets the port): the page follows content
// saves, in every document next dev serves, its error page included. A
// production build has neither the variable nor this code.
if (process.env.NODE_ENV === 'development' && process.env.NEXT_PUBLIC_FOLIO_LIVE_RELOAD_PORT) {
  const port = Number(process.env.NEXT_PUBLIC_FOLIO_LIVE_RELOAD_PORT);
  void import('./components/LiveReload').then(({ startLiveReload }) => startLiveReload(port));
}
