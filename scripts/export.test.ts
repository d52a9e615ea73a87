import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../lib/build/security-headers';
import { headerFiles, scriptHash } from './export';

/**
 * The header files the export writes beside the pages, read the way the
 * hosts read them: `_headers` by Netlify's own parser (Cloudflare Pages
 * reads the same format), `vercel.json` as Vercel's static deployment takes
 * it (scripts/vercel-static.test.ts builds one with Vercel's builder).
 */
describe("the export's header files", () => {
  const hashes = [scriptHash("(()=>{document.documentElement.dataset.theme='dark'})()")];
  const expected = Object.fromEntries(securityHeaders({ scripts: { inline: 'hashed', hashes } }).map((h) => [h.key, h.value]));

  it('hashes an inline script as a Content-Security-Policy names it', () => {
    expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });

  it('_headers, parsed by Netlify: every header on every path, none refused, the policy naming the theme script by hash', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'folio-headers-')), '_headers');
    fs.writeFileSync(file, headerFiles(hashes)._headers);
    const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: true });
    expect(errors).toEqual([]);
    expect(headers).toEqual([{ for: '/*', values: expected }]);
    expect(expected['Content-Security-Policy']).toContain(`script-src 'self' '${hashes[0]}'`);
    expect(expected['Content-Security-Policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('vercel.json: the same headers on every address, and addresses ending in a slash as the pages do', () => {
    const config = JSON.parse(headerFiles(hashes)['vercel.json']) as { headers: { source: string; headers: { key: string; value: string }[] }[]; trailingSlash: boolean };
    expect(config.trailingSlash).toBe(true);
    expect(config.headers).toHaveLength(1);
    expect(config.headers[0]!.source).toBe('/(.*)');
    expect(Object.fromEntries(config.headers[0]!.headers.map((h) => [h.key, h.value]))).toEqual(expected);
  });
});
