// After `next build`: bundles the service worker (lib/offline/sw.ts -> public/sw.js) and the page script that
// registers it (lib/offline/register.ts -> public/offline.js) with esbuild. The worker's precache list is read
// from the prerendered pages that must open offline: the scripts and styles they load (all content-hashed by Next).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const app = path.join('.next', 'server', 'app', 'en');
if (!existsSync(app)) {
  console.error('build-offline: run `next build` first (.next/server/app/en is missing)');
  process.exit(1);
}

/** The troubleshooter's first two levels of questions (each a prerendered page), saved with the tools. */
function troubleshootPaths(dir = path.join(app, 'troubleshoot'), prefix = '/troubleshoot', depth = 1) {
  if (depth > 2 || !existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .flatMap((name) => {
      const slug = name.slice(0, -'.html'.length);
      const sub = path.join(dir, slug);
      const here = `${prefix}/${slug}`;
      return [here, ...(existsSync(sub) && statSync(sub).isDirectory() ? troubleshootPaths(sub, here, depth + 1) : [])];
    })
    .sort();
}

const kept = troubleshootPaths();
const pages = ['troubleshoot', 'avoid', 'letter', 'offline', ...kept.map((p) => p.slice(1))];
const assets = new Set();
for (const page of pages) {
  const file = path.join(app, `${page}.html`);
  if (!existsSync(file)) {
    console.error(`build-offline: ${file} is missing; the offline pages must be prerendered`);
    process.exit(1);
  }
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)) assets.add(m[1]);
}

const common = { bundle: true, minify: true, format: 'iife', target: 'es2020', legalComments: 'none', logLevel: 'warning' };
await build({
  ...common,
  entryPoints: ['lib/offline/register.ts'],
  outfile: 'public/offline.js',
  define: { __TROUBLESHOOT_PATHS__: JSON.stringify(kept) },
});
const register = readFileSync('public/offline.js');
const manifest = [
  // Hashed by Next: the name changes with the content, so no revision is needed.
  ...[...assets].sort().map((url) => ({ url, revision: null })),
  { url: '/offline.js', revision: createHash('sha256').update(register).digest('hex').slice(0, 16) },
];
await build({
  ...common,
  entryPoints: ['lib/offline/sw.ts'],
  outfile: 'public/sw.js',
  define: { 'self.__SW_MANIFEST': JSON.stringify(manifest), 'process.env.NODE_ENV': '"production"' },
});
const kib = (f) => (statSync(f).size / 1024).toFixed(1);
console.log(
  `build-offline: public/sw.js ${kib('public/sw.js')} KiB (precaches ${manifest.length} files), public/offline.js ${kib('public/offline.js')} KiB; ` +
    `${kept.length + 4} pages kept per locale`,
);
