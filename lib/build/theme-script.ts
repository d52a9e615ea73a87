/**
 * The one inline script of every page, in `<head>`, run before the first
 * paint: it puts the visitor's theme on `<html>` (`data-theme` is the choice,
 * `system`, `light` or `dark`; the class `dark` or `light` is what shows), so
 * a page never flashes the other theme. Without JavaScript the CSS follows
 * the system (`prefers-color-scheme`). client/theme.ts switches it later.
 *
 * Constant text, exported from here alone: the static export's
 * Content-Security-Policy allows it by its hash, computed from this string.
 * Under `next start` the policy's 'unsafe-inline' covers it.
 */
export const THEME_STORAGE_KEY = 'folio-theme';

export const THEME_SCRIPT = `(()=>{let t;try{t=localStorage.getItem("${THEME_STORAGE_KEY}")}catch{}t=t==="light"||t==="dark"?t:"system";const d=document.documentElement,k=t==="dark"||t==="system"&&matchMedia("(prefers-color-scheme: dark)").matches;d.dataset.theme=t;d.classList.add(k?"dark":"light")})()`;
