import { FIGURE_INCLUDES, figureJsx, VIDEO_INCLUDES, videoProps, type FigureProps } from './figures';
import { attribute } from './html-jsx';
import { parseInclude, rootPath, type LiquidScope, type LiquidToken, type ParamValue } from './liquid';
import { escapeMdx } from './markdown';
import { publicationsAttributes } from './publications';

/**
 * al-folio's Liquid tags in text, and what each becomes in Folio: a
 * component (<Figure>, <Video>, <Cite>, <Publications>), the HTML element
 * the tag rendered (<audio>, <details>), nothing when Folio's page does its
 * job (the news list on the about page), or a leftover that says what it
 * was and what to write instead.
 */

/** What converting a tag needs from the body it is in. */
export type TagContext = {
  kind: 'page' | 'post' | 'news' | 'project';
  /** The about page, whose layout lists the news. */
  about: boolean;
  mdx: boolean;
  scope: LiquidScope;
  /** A site path as the converted page writes it (baseurl stripped, the file noted for copying); null when it is not one. */
  resolveUrl: (url: string) => string | null;
  /** figure.liquid's parameters → <Figure> props (a parameter Liquid computes is reported). */
  figure: (params: Map<string, ParamValue>) => FigureProps | null;
  leftover: (message: string) => void;
  count: (kind: string) => void;
  use: (component: string) => void;
};

const AUDIO_INCLUDES = /^audio\.(liquid|html)$/;
const NEWS_INCLUDES = /^news\.(liquid|html)$/;
const PROJECT_INCLUDES = /^(projects|projects_horizontal)\.(liquid|html)$/;
const REPOSITORY_INCLUDES = /^repository\//;
const COURSE_INCLUDES = /^courses(_horizontal)?\.(liquid|html)$/;
const CALENDAR_INCLUDES = /^calendar\.(liquid|html)$/;

/** A tag in text → its Folio form; `keep(message)` reports it and keeps it where the author finds it. */
export function convertTag(token: Extract<LiquidToken, { kind: 'tag' }>, ctx: TagContext, keep: (message: string) => string): string {
  const component = (props: FigureProps) => {
    ctx.use(props.component);
    return figureJsx(props);
  };
  switch (token.name) {
    case 'include': {
      const { file, params } = parseInclude(token.markup, ctx.scope);
      if (FIGURE_INCLUDES.test(file)) {
        const props = ctx.figure(params);
        if (!props) return keep('figure whose `path` is not a file of the site: rewrite it as <Figure src="/assets/img/..." />');
        ctx.count('figure');
        return component(props);
      }
      if (VIDEO_INCLUDES.test(file)) {
        const props = videoProps(params, ctx.resolveUrl);
        if (!props) return keep('video that Folio cannot embed: use <Video src="/assets/video/..." /> or <YouTube id="..." />');
        ctx.count('video');
        return component(props);
      }
      if (AUDIO_INCLUDES.test(file)) {
        const path = params.get('path');
        const src = path?.resolved ? ctx.resolveUrl(rootPath(path.value)) : null;
        if (!src) return keep('audio whose `path` is not a file of the site: write <audio src="/assets/audio/..." controls></audio>');
        ctx.count('audio');
        const flags = ['controls', 'autoplay', 'loop', 'muted'].filter((f) => params.get(f)?.value === 'true');
        return `<audio ${[attribute('src', src), ...flags].join(' ')}></audio>`;
      }
      if (NEWS_INCLUDES.test(file)) {
        if (ctx.about) {
          ctx.count('news include dropped (the about layout lists news)');
          return '';
        }
        return keep('news list: Folio lists the news at /news/ and on the about page (`announcements: {enabled: true}`): remove this include');
      }
      if (PROJECT_INCLUDES.test(file)) return keep("a project card outside al-folio's projects loop: list the projects with <Projects /> (content/projects/)");
      if (REPOSITORY_INCLUDES.test(file)) return keep('GitHub repository cards: Folio has none; list the repositories as links');
      if (COURSE_INCLUDES.test(file))
        return keep("the course list of al-folio's teaching page: Folio has no course pages (the _teachings/ files are kept in content/_imported/); list the courses in the page's text");
      if (CALENDAR_INCLUDES.test(file)) return keep('the Google Calendar embed: Folio has none; link to the calendar instead');
      return keep(`\`{% include ${file} %}\` has no Folio equivalent: rewrite it in Markdown or remove it`);
    }
    case 'cite': {
      const keys = token.markup.split(/\s+/).filter((k) => k && !k.startsWith('-'));
      if (ctx.kind !== 'post' && ctx.kind !== 'project') return keep('{% cite %} outside a blog post or a project: Folio cites in those only (they end with a reference list); link to the publication instead');
      if (keys.length === 0) return keep('{% cite %} without a key');
      ctx.use('Cite');
      ctx.count('citation');
      return keys.map((key) => `<Cite ${attribute('id', key)} />`).join('');
    }
    // jekyll-details (al-folio's `{% details %}`): the HTML element it renders.
    case 'details': {
      ctx.count('details');
      const summary = token.markup.replace(/^(["'])(.*)\1$/, '$2');
      return `\n<details>\n<summary>${ctx.mdx ? escapeMdx(summary) : summary}</summary>\n\n`;
    }
    case 'enddetails':
      return '\n\n</details>\n';
    case 'bibliography': {
      const { attributes, problems } = publicationsAttributes(token.markup);
      for (const problem of problems) ctx.leftover(problem);
      ctx.use('Publications');
      ctx.count('publication list');
      return ['<Publications', ...attributes, '/>'].join(' ');
    }
    // jekyll-multiple-languages-plugin's `{% t key %}`: the default language's words, from _i18n/<lang>.yml.
    case 't':
    case 'translate': {
      const words = translation(ctx.scope.site, token.markup.trim().replace(/^(["'])(.*)\1$/, '$2'));
      if (words === null) return keep(`\`{% ${token.name} ${token.markup.trim()} %}\`: no such key in the default language's _i18n file: write the words here`);
      ctx.count('translation');
      return ctx.mdx ? escapeMdx(words) : words;
    }
    default:
      return keep(`a Liquid \`${token.name || 'tag'}\` Folio cannot run: rewrite this part by hand`);
  }
}

/** A key (`nav.about`) of the default language's `_i18n` words, as `{% t %}` printed it; null when there is none. */
function translation(site: Record<string, unknown> | undefined, key: string): string | null {
  const language = site?.active_lang;
  let value: unknown = typeof language === 'string' ? (site?.translations as Record<string, unknown> | undefined)?.[language] : undefined;
  for (const part of key.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}
