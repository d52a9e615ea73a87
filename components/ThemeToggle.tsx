import type { IconDefinition } from '@fortawesome/fontawesome-common-types';
import { faCircleHalfStroke } from '@fortawesome/free-solid-svg-icons/faCircleHalfStroke';
import { faMoon } from '@fortawesome/free-solid-svg-icons/faMoon';
import { faSun } from '@fortawesome/free-solid-svg-icons/faSun';
import { Icon } from './Icon';

const STATES: { choice: string; icon: IconDefinition; label: string; title: string }[] = [
  { choice: 'system', icon: faCircleHalfStroke, label: 'Theme: system', title: 'The theme follows your system; click for light' },
  { choice: 'light', icon: faSun, label: 'Theme: light', title: 'Light theme; click for dark' },
  { choice: 'dark', icon: faMoon, label: 'Theme: dark', title: 'Dark theme; click to follow your system' },
];

/**
 * The theme switch: system, light, dark (client/theme.ts cycles them and
 * keeps the choice). Its three faces are all in the HTML; CSS shows the one
 * `<html data-theme>` names. Without JavaScript the theme follows the system
 * and the switch, which could not work, is not shown.
 */
export function ThemeToggle() {
  return (
    <button type="button" data-folio-theme="" className="theme-toggle inline-flex size-11 items-center justify-center rounded-full text-muted transition-colors hover:bg-surface hover:text-accent">
      {STATES.map((state) => (
        <span key={state.choice} data-theme-face={state.choice} title={state.title}>
          <Icon icon={state.icon} className="size-5" />
          <span className="sr-only">{state.label}</span>
        </span>
      ))}
    </button>
  );
}
