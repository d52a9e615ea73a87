import fs from 'node:fs';
import path from 'node:path';
import { nextBuild } from './servers';

/**
 * The framework's floor: a bare App Router page (one layout, one page, no
 * client code), built with the same Next.js in the same run.
 */
export async function buildFloorApp(dir = path.resolve('.bench/floor')): Promise<string> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'app'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  // Its own (empty) configuration: Next looks for one up the tree, and would load Folio's.
  fs.writeFileSync(path.join(dir, 'next.config.mjs'), 'export default {};\n');
  fs.writeFileSync(
    path.join(dir, 'app', 'layout.jsx'),
    'export default function RootLayout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n',
  );
  fs.writeFileSync(
    path.join(dir, 'app', 'page.jsx'),
    'export default function Page() {\n  return <main><h1>Hello</h1><p>A bare App Router page.</p></main>;\n}\n',
  );
  await nextBuild(dir);
  return dir;
}
