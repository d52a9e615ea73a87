/**
 * The theme switch: system → light → dark → system. The choice is kept in
 * localStorage (system: nothing kept) and shown on `<html>` as the inline
 * head script (lib/build/theme-script.ts) shows it on load: `data-theme` is the
 * choice, the class `dark` or `light` what is drawn. The button's label and
 * icon follow `data-theme` in CSS, so nothing in the page's markup changes.
 */
import { THEME_STORAGE_KEY } from '../lib/build/theme-script';

type Choice = 'system' | 'light' | 'dark';

const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const NEXT: Record<Choice, Choice> = { system: 'light', light: 'dark', dark: 'system' };

const current = (): Choice => (root.dataset.theme === 'light' || root.dataset.theme === 'dark' ? root.dataset.theme : 'system');

function show(choice: Choice) {
  const dark = choice === 'dark' || (choice === 'system' && systemDark.matches);
  root.dataset.theme = choice;
  root.classList.toggle('dark', dark);
  root.classList.toggle('light', !dark);
}

addEventListener('click', (event) => {
  if (!(event.target instanceof Element) || !event.target.closest('[data-folio-theme]')) return;
  const choice = NEXT[current()];
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage refused (a private window's policy): the choice holds for this page.
  }
  show(choice);
});

// Following the system: the system's switch shows at once.
systemDark.addEventListener('change', () => show(current()));

// A choice made in another tab of the site shows here too.
addEventListener('storage', (event) => {
  if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
  const stored = event.newValue;
  show(stored === 'light' || stored === 'dark' ? stored : 'system');
});
