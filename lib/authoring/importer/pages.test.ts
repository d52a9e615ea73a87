import { describe, expect, it } from 'vitest';
import { convertBody } from './body';
import { liquidTokens } from './liquid';
import { standardReplacements, type PageFacts } from './pages';

const PAGE: PageFacts = { data: {}, layout: 'page', about: false };

/** A page body converted as the importer does it: al-folio's standard Liquid first, then the rest. */
function convert(body: string, page: Partial<PageFacts> = {}) {
  const facts = { ...PAGE, ...page };
  const { replacements, notes } = standardReplacements(body, liquidTokens(body), facts);
  const result = convertBody(body, { mdx: true, kind: 'page', about: facts.about, baseurl: '', bodyLine: 1, replacements });
  return { ...result, notes };
}

const PROJECTS_LOOP = `<!-- pages/projects.md -->
<div class="projects">
{% if site.enable_project_categories and page.display_categories %}
  <!-- Display categorized projects -->
  {% for category in page.display_categories %}
  <a id="{{ category }}" href=".#{{ category }}">
    <h2 class="category">{{ category }}</h2>
  </a>
  {% assign categorized_projects = site.projects | where: "category", category %}
  {% assign sorted_projects = categorized_projects | sort: "importance" %}
  {% if page.horizontal %}
  <div class="container">
    <div class="row row-cols-1 row-cols-md-2">
    {% for project in sorted_projects %}
      {% include projects_horizontal.liquid %}
    {% endfor %}
    </div>
  </div>
  {% else %}
  <div class="row row-cols-1 row-cols-md-3">
    {% for project in sorted_projects %}
      {% include projects.liquid %}
    {% endfor %}
  </div>
  {% endif %}
  {% endfor %}
{% else %}
{% assign sorted_projects = site.projects | sort: "importance" %}
  <div class="row row-cols-1 row-cols-md-3">
    {% for project in sorted_projects %}
      {% include projects.liquid %}
    {% endfor %}
  </div>
{% endif %}
</div>
`;

describe("al-folio's projects loop", () => {
  it('becomes <Projects />, with the page\'s categories and horizontal cards as string props', () => {
    const result = convert(PROJECTS_LOOP, { data: { display_categories: ['work', 'fun'], horizontal: true } });
    expect(result).toMatchObject({ text: '<Projects categories="work, fun" horizontal="true" />\n', leftovers: [] });
    expect(result.components).toEqual(new Set(['Projects']));
    expect(result.notes).toEqual([{ at: PROJECTS_LOOP.indexOf('<div class="projects">'), message: expect.stringContaining('<Projects />') }]);
  });

  it('keeps the text the author wrote around it', () => {
    expect(convert(`Things I built.\n\n${PROJECTS_LOOP}\nMore on [GitHub](https://github.com/me).\n`).text).toBe('Things I built.\n\n<Projects />\n\nMore on [GitHub](https://github.com/me).\n');
  });

  it('is a loop over site.projects: the same cards over another collection stay leftovers', () => {
    const news = '{% for project in site.news %}{% include projects.liquid %}{% endfor %}\n';
    expect(convert(news).leftovers.map((l) => l.text)).toEqual(['{% for project in site.news %}', '{% include projects.liquid %}', '{% endfor %}']);
  });
});

describe('the other pages al-folio ships', () => {
  it("drops the news include on the page that titles /news/, and the publication search box", () => {
    expect(convert('News, newest first.\n\n{% include news.liquid %}\n', { permalink: '/news/' })).toMatchObject({ text: 'News, newest first.\n', leftovers: [] });
    expect(convert('{% include bib_search.liquid %}\n\n{% bibliography %}\n')).toMatchObject({ text: '<Publications />\n', leftovers: [] });
  });

  it("turns v0's year-by-year bibliography into one <Publications /> (it groups by year)", () => {
    const body = '<div class="publications">\n\n{% for y in page.years %}\n  <h2 class="year">{{y}}</h2>\n  {% bibliography -f papers -q @*[year={{y}}]* %}\n{% endfor %}\n\n</div>\n';
    expect(convert(body, { data: { years: [2024, 2023] } })).toMatchObject({ text: '<div className="publications">\n\n<Publications />\n\n</div>\n', leftovers: [] });
  });

  it("turns the GitHub cards of the repositories page into links, from _data/repositories.yml", () => {
    const body = [
      '## GitHub users',
      '',
      '{% if site.data.repositories.github_users %}',
      '<div class="repositories d-flex flex-wrap">',
      '  {% for user in site.data.repositories.github_users %}',
      '    {% include repository/repo_user.liquid username=user %}',
      '  {% endfor %}',
      '</div>',
      '{% endif %}',
      '',
      '## GitHub Repositories',
      '',
      '{% if site.data.repositories.github_repos %}',
      '<div class="repositories d-flex flex-wrap">',
      '  {% for repo in site.data.repositories.github_repos %}',
      '    {% include repository/repo.liquid repository=repo %}',
      '  {% endfor %}',
      '</div>',
      '{% endif %}',
      '',
    ].join('\n');
    const result = convert(body, { repositories: { github_users: ['torvalds'], github_repos: ['alshedivat/al-folio', 'twbs/bootstrap'] } });
    expect(result).toMatchObject({
      text: '## GitHub users\n\n- [torvalds](https://github.com/torvalds)\n\n## GitHub Repositories\n\n- [alshedivat/al-folio](https://github.com/alshedivat/al-folio)\n- [twbs/bootstrap](https://github.com/twbs/bootstrap)\n',
      leftovers: [],
    });
  });

  it("drops a CV page's own template of the CV data, which Folio's cv layout draws", () => {
    const body = '<div class="cv">\n  {% for entry in site.data.cv %}\n    <h3>{{ entry.title }}</h3>\n    {% include cv/list.liquid %}\n  {% endfor %}\n</div>\n';
    expect(convert(body, { layout: 'cv' })).toMatchObject({ text: '\n', leftovers: [] });
    // Words of the author's own stay, and so does what cannot be converted.
    expect(convert('My CV, in short.\n\n{% include cv/list.liquid %}\n', { layout: 'cv' }).leftovers).toHaveLength(1);
  });
});
