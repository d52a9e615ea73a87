import YAML from 'yaml';
import type { ImportRun } from './import-run';

/**
 * A multilingual al-folio site (jekyll-polyglot): `languages: [en, pt-br]`,
 * `default_lang: en`, a folder per language (`_pages/pt-br/`,
 * `_posts/pt-br/`, `_news/pt-br/`, `_teachings/pt-br/`, any collection's) or
 * a `lang` in the front matter, and `_i18n/<lang>.yml` for the theme's words.
 * Folio has one language: the default one is imported whole (from
 * `_pages/en/` as from `_pages/`); the others are listed, file by file, as
 * not carried (the pages by import-pages.ts, every collection by
 * `ImportRun.collectionFiles`).
 */
export class Languages {
  private constructor(
    readonly main: string,
    readonly others: string[],
  ) {}

  /** The site's languages, when it has a `languages` list (jekyll-polyglot's; one language alone still has its folder, `_pages/en/`). */
  static of(config: Record<string, unknown>): Languages | null {
    const list = Array.isArray(config.languages) ? [...new Set(config.languages.filter((l): l is string => typeof l === 'string' && l.trim() !== '').map((l) => l.trim()))] : [];
    if (list.length === 0) return null;
    const main = typeof config.default_lang === 'string' && list.includes(config.default_lang.trim()) ? config.default_lang.trim() : list[0]!;
    return new Languages(main, list.filter((l) => l !== main));
  }

  /** The language a site file is written in: its folder under the collection (`_pages/pt-br/about.md`), else its front matter's `lang`; null when it is in every language. */
  languageOf(file: string, data: Record<string, unknown> = {}): string | null {
    const folder = file.split('/')[1];
    const all = [this.main, ...this.others];
    if (file.split('/').length > 2 && folder && all.includes(folder)) return folder;
    return typeof data.lang === 'string' && all.includes(data.lang.trim()) ? data.lang.trim() : null;
  }

  /** Whether a file is in a language the import does not carry. */
  isOther(file: string, data?: Record<string, unknown>): boolean {
    const language = this.languageOf(file, data);
    return language !== null && language !== this.main;
  }

  /** A path without the default language's folder: `_pages/en/about.md` → `_pages/about.md`. */
  withoutFolder(file: string): string {
    const parts = file.split('/');
    return parts.length > 2 && parts[1] === this.main ? [parts[0], ...parts.slice(2)].join('/') : file;
  }
}

/**
 * What a multilingual site's Liquid reads of its language, as Jekyll built the
 * default one: jekyll-polyglot's `site.active_lang`, and the
 * `site.lang`/`site.translations` (from `_i18n/<lang>.yml`) of the `{% t %}`
 * tag's plugin. A value _config.yml sets itself stays.
 */
export function languageVariables(run: ImportRun, languages: Languages): Record<string, unknown> {
  const translations: Record<string, unknown> = {};
  for (const language of [languages.main, ...languages.others]) {
    const text = run.reader.text(`_i18n/${language}.yml`) ?? run.reader.text(`_i18n/${language}.yaml`);
    try {
      if (text !== null) translations[language] = YAML.parse(text);
    } catch {
      // An _i18n file YAML cannot read: `{% t %}` over it stays a leftover.
    }
  }
  const own = (key: string) => run.config[key] ?? undefined;
  return { active_lang: own('active_lang') ?? languages.main, lang: own('lang') ?? languages.main, translations: own('translations') ?? translations };
}
