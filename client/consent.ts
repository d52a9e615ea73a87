/**
 * GA4 only with the visitor's consent (components/Analytics.tsx,
 * ConsentNotice): the notice shows until the visitor answers; "Allow" loads
 * Google's tag (gtag.js) and counts the visit, "Decline" loads nothing. The
 * answer is kept in this browser; the footer's "Analytics" link asks again.
 */
const KEY = 'folio-analytics-consent';

type Answer = 'granted' | 'denied';

function stored(): Answer | undefined {
  try {
    const answer = localStorage.getItem(KEY);
    return answer === 'granted' || answer === 'denied' ? answer : undefined;
  } catch {
    return undefined;
  }
}

function startGtag(id: string) {
  const w = window as unknown as { dataLayer: unknown[]; gtag: (...args: unknown[]) => void };
  w.dataLayer = w.dataLayer || [];
  // gtag.js reads `arguments` objects from the data layer, as Google's snippet pushes them.
  w.gtag = function gtag() {
    // eslint-disable-next-line prefer-rest-params
    w.dataLayer.push(arguments);
  };
  w.gtag('js', new Date());
  w.gtag('config', id);
  const script = document.createElement('script');
  script.async = true;
  script.src = `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(id)}`;
  document.head.append(script);
}

export function enhanceConsent() {
  const notice = document.querySelector<HTMLElement>('[data-folio-consent]');
  const id = notice?.dataset.folioConsent;
  if (!notice || !id || !/^G-[A-Z\d]+$/.test(id)) return;
  const answer = stored();
  if (answer === 'granted') startGtag(id);
  else if (!answer) notice.hidden = false;
  notice.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-folio-consent-answer]') : null;
    const given = button?.dataset.folioConsentAnswer;
    if (given !== 'granted' && given !== 'denied') return;
    try {
      localStorage.setItem(KEY, given);
    } catch {
      // Storage refused: the answer holds for this page.
    }
    notice.hidden = true;
    if (given === 'granted' && !document.querySelector('script[src^="https://www.googletagmanager.com/"]')) startGtag(id);
  });
  // The footer's "Analytics" link asks again (and a visitor who allowed can decline: nothing more is sent after a reload).
  const ask = document.querySelector<HTMLElement>('[data-folio-consent-ask]');
  if (!ask) return;
  ask.hidden = false;
  ask.addEventListener('click', () => {
    notice.hidden = false;
    notice.querySelector<HTMLElement>('button')?.focus();
  });
}
