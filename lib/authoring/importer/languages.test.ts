import { describe, expect, it } from 'vitest';
import { Languages } from './languages';

describe("a jekyll-polyglot site's languages", () => {
  it('is none without a `languages` list, and the default is `default_lang` when it is one of them, else the first', () => {
    expect(Languages.of({})).toBeNull();
    expect(Languages.of({ languages: [] })).toBeNull();
    expect(Languages.of({ languages: 'en' })).toBeNull();
    expect(Languages.of({ languages: ['en', 'pt-br'], default_lang: 'pt-br' })).toMatchObject({ main: 'pt-br', others: ['en'] });
    expect(Languages.of({ languages: ['en', 'pt-br'], default_lang: 'de' })).toMatchObject({ main: 'en', others: ['pt-br'] });
    expect(Languages.of({ languages: [' fr ', 'fr', 3, ''] })).toMatchObject({ main: 'fr', others: [] });
  });

  it("tells a file's language by its folder under the collection, else its front matter's `lang`", () => {
    const languages = Languages.of({ languages: ['en', 'pt-br'], default_lang: 'en' })!;
    expect(languages.languageOf('_pages/pt-br/about.md')).toBe('pt-br');
    expect(languages.languageOf('_posts/en/2024-03-12-radar.md')).toBe('en');
    expect(languages.languageOf('_pages/about.md', { lang: 'pt-br' })).toBe('pt-br');
    expect(languages.languageOf('_pages/about.md', { lang: 'es' })).toBeNull();
    // A folder named like a language only counts inside a collection.
    expect(languages.languageOf('_pages/pt-br.md')).toBeNull();
    expect(languages.isOther('_news/pt-br/announcement_1.md')).toBe(true);
    expect(languages.isOther('_news/en/announcement_1.md')).toBe(false);
    expect(languages.isOther('_news/announcement_1.md')).toBe(false);
  });

  it("drops the default language's folder from a name, and only that one", () => {
    const languages = Languages.of({ languages: ['en', 'pt-br'], default_lang: 'en' })!;
    expect(languages.withoutFolder('_pages/en/about.md')).toBe('_pages/about.md');
    expect(languages.withoutFolder('_projects/en/teaching/1_course.md')).toBe('_projects/teaching/1_course.md');
    expect(languages.withoutFolder('_pages/pt-br/about.md')).toBe('_pages/pt-br/about.md');
    expect(languages.withoutFolder('_pages/about.md')).toBe('_pages/about.md');
  });
});
