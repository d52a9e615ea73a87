import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';

/** .github/workflows/pages.yml, as GitHub Actions reads it. */
type Step = { name?: string; id?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = { needs?: string; 'runs-on': string; environment?: { name: string; url: string }; steps: Step[] };
type Workflow = { on: Record<string, unknown>; permissions: Record<string, string>; concurrency: { group: string; 'cancel-in-progress': boolean }; jobs: Record<string, Job> };

const workflow = YAML.parse(fs.readFileSync(path.join(import.meta.dirname, '../.github/workflows/pages.yml'), 'utf8')) as Workflow;
const { build, deploy } = workflow.jobs as { build: Job; deploy: Job };
const uses = (job: Job, action: string) => job.steps.filter((step) => step.uses?.split('@')[0] === action);
/** The step that uses an action, exactly once. */
const only = (job: Job, action: string): Step => {
  const found = uses(job, action);
  expect(found, action).toHaveLength(1);
  return found[0]!;
};
const indexOf = (job: Job, step: Step) => job.steps.indexOf(step);

describe('the GitHub Pages workflow', () => {
  it('installs with npm ci and runs the export, on Node 20', () => {
    const node = only(build, 'actions/setup-node');
    expect(String(node.with?.['node-version'])).toBe('20');
    const commands = build.steps.map((step) => step.run?.trim()).filter(Boolean);
    expect(commands).toEqual(['npm ci', 'npm run export']);
    const install = build.steps.find((step) => step.run?.trim() === 'npm ci')!;
    expect(indexOf(build, node)).toBeLessThan(indexOf(build, install));
  });

  it('sets the base path from configure-pages: /repo for a project site, none for a user site or a custom domain', () => {
    const pages = only(build, 'actions/configure-pages');
    const exported = build.steps.find((step) => step.run?.trim() === 'npm run export')!;
    expect(pages.id).toBeTruthy();
    expect(exported.env).toEqual({ FOLIO_BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}` });
    expect(indexOf(build, pages)).toBeLessThan(indexOf(build, exported));
  });

  it('uploads out/, after the export, and deploys it with the official Pages actions', () => {
    const upload = only(build, 'actions/upload-pages-artifact');
    expect(String(upload.with?.path).replace(/^\.\//, '').replace(/\/$/, '')).toBe('out');
    const exported = build.steps.find((step) => step.run?.trim() === 'npm run export')!;
    expect(indexOf(build, exported)).toBeLessThan(indexOf(build, upload));
    expect(deploy.needs).toBe('build');
    const deployment = only(deploy, 'actions/deploy-pages');
    expect(deploy.environment).toEqual({ name: 'github-pages', url: `\${{ steps.${deployment.id}.outputs.page_url }}` });
  });

  it('restores the build cache (.next/cache) before the export, and saves it under the commit for the next run', () => {
    const cache = only(build, 'actions/cache');
    const exported = build.steps.find((step) => step.run?.trim() === 'npm run export')!;
    const install = build.steps.find((step) => step.run?.trim() === 'npm ci')!;
    expect(indexOf(build, install)).toBeLessThan(indexOf(build, cache));
    expect(indexOf(build, cache)).toBeLessThan(indexOf(build, exported));
    expect(cache.with?.path).toBe('.next/cache');
    const prefix = "folio-build-${{ runner.os }}-${{ hashFiles('package-lock.json') }}-";
    // A key no earlier run saved, so every run saves what it made; the newest with the same packages is restored.
    expect(cache.with?.key).toBe(`${prefix}\${{ github.sha }}`);
    expect(String(cache.with?.['restore-keys']).trim()).toBe(prefix);
  });

  it('uses a major version of every action, and the current ones', () => {
    const actions = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.uses).filter(Boolean));
    expect(actions.sort()).toEqual([
      'actions/cache@v6',
      'actions/checkout@v7',
      'actions/configure-pages@v6',
      'actions/deploy-pages@v5',
      'actions/setup-node@v7',
      'actions/upload-pages-artifact@v5',
    ]);
  });

  it("has GitHub's starter permissions and concurrency for Pages, and runs on a push to main or by hand", () => {
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    expect(workflow.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
  });
});
