import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Prints the JavaScript a first visit downloads before the app can run: the entry script and the
 * chunks index.html preloads, gzipped. Lazy chunks (chart, embedded backend's worker …) are listed
 * apart. Target (issue 3): initial JS ≤ 300 KB gzip. Run after `vite build` (default folder dist/).
 */
const TARGET_KB = 300;
const outDir = process.argv[2] ?? 'dist';
const html = readFileSync(join(outDir, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)]
  .map((match) => match[1])
  .filter((path): path is string => path !== undefined);

const gzipKb = (path: string) => gzipSync(readFileSync(join(outDir, path.replace(/^\//, '')))).length / 1024;
let total = 0;
for (const path of initial) {
  const size = gzipKb(path);
  total += size;
  console.log(`initial  ${size.toFixed(1).padStart(7)} KB gzip  ${path}`);
}
console.log(`initial JS: ${total.toFixed(1)} KB gzip (target ≤ ${TARGET_KB} KB) in ${initial.length} files`);
// Loaded later, on demand: the embedded backend (only without VITE_API_BASE_URL), the chart, the worker.
for (const file of readdirSync(join(outDir, 'assets'))) {
  const path = `/assets/${file}`;
  if (file.endsWith('.js') && !initial.includes(path))
    console.log(`lazy     ${gzipKb(path).toFixed(1).padStart(7)} KB gzip  ${path}`);
}
if (initial.length === 0) {
  console.error(`bundle-size: no script found in ${outDir}/index.html; run vite build first`);
  process.exit(1);
}
