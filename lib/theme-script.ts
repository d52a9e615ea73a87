/**
 * The one inline script of every page: it sets the theme before the first
 * paint (no flash of the wrong theme). Kept as one constant string, so the
 * static export's Content-Security-Policy can name it by its hash.
 */
export const THEME_SCRIPT = `(()=>{try{var t=localStorage.getItem('theme');var d=t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d);document.documentElement.style.colorScheme=d?'dark':'light'}catch(e){}})()`;
