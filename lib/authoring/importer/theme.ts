import YAML from 'yaml';
import type { ImportRun } from './import-run';

/**
 * The look an author gave their al-folio site: the theme colours and fonts
 * in the site's own stylesheets (v0's `_sass/_variables.scss` and
 * `_themes.scss`, `assets/css/`, v1's Tailwind entry), and v1's sanctioned
 * overrides of the theme gem (`.al-folio-overrides.yml`). Folio has no colour
 * or font setting yet, so none of it is carried: the report says what there
 * was, with its file and line, so the author knows what to redo.
 */

export type ThemeFinding = { line: number; text: string; kind: 'colour' | 'font' };

/** al-folio's own accent values (every v0 release): a site still on them has no colours of its own. */
const AL_FOLIO_COLOURS: Record<string, string[]> = {
  'purple-color': ['#b509ac'],
  'cyan-color': ['#2698ba'],
  'theme-color': ['$purple-color'],
};

/** What ./styles.ts carries from `_sass` into content/styles.css (or reports itself). */
const CARRIED_FINDING = /^(--global-theme-color|\$(purple-color|cyan-color|theme-color|font-family-[\w-]+)\b|@font-face)/;

/** Icon fonts al-folio ships in its stylesheets: not the author's choice of type. */
const ICON_FONT = /awesome|academicons|tabler|icons|devicon|scholar/i;

/** What in one stylesheet is the author's own colour or font, line by line. */
export function themeFindings(text: string): ThemeFinding[] {
  const findings: ThemeFinding[] = [];
  const lines = text.split(/\r?\n/);
  let fontFace: number | null = null;
  lines.forEach((raw, index) => {
    const line = raw.replace(/(^|\s)\/\/.*$|\/\*.*?\*\//g, '').trim();
    const at = index + 1;
    if (/@font-face\b/.test(line)) fontFace = at;
    const family = /(?:^|[\s{;])font-family\s*:\s*([^;}]+)/.exec(line);
    if (fontFace !== null && family) {
      const name = family[1]!.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
      if (!ICON_FONT.test(name)) findings.push({ line: fontFace, text: `@font-face "${name}"`, kind: 'font' });
    }
    if (fontFace !== null && line.includes('}')) fontFace = null;
    const fontVariable = /^\$(font-family-[\w-]+)\s*:\s*([^;]+?)\s*(!default)?\s*;/.exec(line);
    if (fontVariable) findings.push({ line: at, text: `$${fontVariable[1]}: ${fontVariable[2]}`, kind: 'font' });
    const googleFonts = /fonts\.googleapis\.com\/css2?\?family=([^&:'")]+)/.exec(line);
    if (googleFonts) findings.push({ line: at, text: `Google Fonts "${decodeURIComponent(googleFonts[1]!.replace(/\+/g, ' '))}"`, kind: 'font' });
    const cssColour = /^--global-(theme|hover)-color\s*:\s*([^;]+?)\s*(!important)?\s*;/.exec(line);
    if (cssColour && !/^#\{\$|^var\(/.test(cssColour[2]!)) findings.push({ line: at, text: `--global-${cssColour[1]}-color: ${cssColour[2]}`, kind: 'colour' });
    const scssColour = /^\$(purple-color|cyan-color|theme-color)\s*:\s*([^;]+?)\s*(!default)?\s*;/.exec(line);
    if (scssColour && !AL_FOLIO_COLOURS[scssColour[1]!]!.includes(scssColour[2]!.toLowerCase())) findings.push({ line: at, text: `$${scssColour[1]}: ${scssColour[2]}`, kind: 'colour' });
  });
  return findings;
}

/** The stylesheets an al-folio site styles itself with (al-folio's vendored libraries aside). */
function stylesheets(run: ImportRun): string[] {
  const own = (folder: string, pattern: RegExp) =>
    run.reader
      .list(folder)
      .filter((entry) => entry.kind === 'file' && pattern.test(entry.name) && !/\.min\.css$|^(bootstrap|mdb|academicons|font-?awesome|tabler)/i.test(entry.name))
      .map((entry) => `${folder}/${entry.name}`);
  const v1 = ((run.config.al_folio as { tailwind?: { css_entry?: unknown } } | undefined)?.tailwind?.css_entry ?? null) as unknown;
  const entry = typeof v1 === 'string' && v1 ? [v1.replace(/^\//, '')] : [];
  return [...new Set([...own('_sass', /\.scss$/), ...own('assets/css', /\.s?css$/), ...entry])].filter((file) => run.reader.isFile(file));
}

/** One note per stylesheet with colours or fonts of the author's own; one per v1 override not already named. */
export function reportTheme(run: ImportRun, carried: ReadonlySet<string> = new Set()) {
  const noted = new Set<string>();
  for (const file of stylesheets(run)) {
    // The theme colour and the fonts of a file content/styles.css was made from (./styles.ts) have notes of their own.
    const findings = themeFindings(run.reader.text(file) ?? '').filter((f) => !carried.has(file) || !CARRIED_FINDING.test(f.text));
    if (carried.has(file)) noted.add(file);
    if (findings.length === 0) continue;
    noted.add(file);
    const list = (kind: ThemeFinding['kind']) => findings.filter((f) => f.kind === kind).map((f) => `\`${f.text}\` (${f.line})`);
    const what = [
      ...(list('colour').length ? [`colours ${list('colour').join(', ')}`] : []),
      ...(list('font').length ? [`fonts ${list('font').join(', ')}`] : []),
    ];
    run.note(file, findings[0]!.line, `the site's own ${what.join('; and ')}: not carried (Folio has no colour or font setting yet; it draws its own palette, light and dark, and its own type)`);
  }
  const overrides = run.reader.text('.al-folio-overrides.yml');
  if (overrides === null) return;
  let document: YAML.Document.Parsed;
  try {
    document = YAML.parseDocument(overrides);
  } catch {
    return;
  }
  const map = document.get('overrides');
  if (!YAML.isMap(map)) return;
  for (const pair of map.items) {
    const target = YAML.isScalar(pair.key) ? String(pair.key.value) : null;
    if (!target || noted.has(target)) continue;
    const reason = YAML.isMap(pair.value) ? pair.value.get('reason') : null;
    const line = pair.key && YAML.isNode(pair.key) && pair.key.range ? overrides.slice(0, pair.key.range[0]).split('\n').length : 1;
    run.note('.al-folio-overrides.yml', line, `\`${target}\` overrides al_folio_core's own${typeof reason === 'string' && reason ? ` (${reason})` : ''}: Folio draws its pages itself, so the override is not carried`);
  }
}
