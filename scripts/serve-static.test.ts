import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolve } from './serve-static';

describe('the static preview server answers as GitHub Pages does', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-static-'));
  for (const [name, text] of Object.entries({ 'index.html': 'home', '404.html': 'lost', 'about/index.html': 'about', 'blog/tag/拡散/index.html': 'tag', 'feed.xml': 'feed', 'x.html': 'x' })) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), text);
  }
  const at = (pathname: string, base = '') => {
    const answer = resolve({ folder, base }, pathname);
    return { ...answer, file: answer.file && path.relative(folder, answer.file) };
  };

  it('serves folders by their index.html, files as they are, and decoded names', () => {
    expect(at('/')).toEqual({ status: 200, file: 'index.html' });
    expect(at('/about/')).toEqual({ status: 200, file: 'about/index.html' });
    expect(at('/feed.xml')).toEqual({ status: 200, file: 'feed.xml' });
    expect(at('/blog/tag/%E6%8B%A1%E6%95%A3/')).toEqual({ status: 200, file: 'blog/tag/拡散/index.html' });
    expect(at('/x')).toEqual({ status: 200, file: 'x.html' });
  });

  it('redirects a folder without its slash, and answers 404.html for what is not there', () => {
    expect(at('/about')).toEqual({ status: 301, location: '/about/' });
    expect(at('/nothing/')).toEqual({ status: 404, file: '404.html' });
    expect(at('/%E0%A4%A')).toEqual({ status: 404, file: '404.html' });
    expect(at('/../etc/passwd')).toEqual({ status: 404, file: '404.html' });
  });

  it('serves under a base path, and nothing outside it', () => {
    expect(at('/repo/about/', '/repo')).toEqual({ status: 200, file: 'about/index.html' });
    expect(at('/repo', '/repo')).toEqual({ status: 301, location: '/repo/' });
    expect(at('/about/', '/repo')).toEqual({ status: 404, file: '404.html' });
  });
});
