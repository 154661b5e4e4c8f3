// After `next build` (and scripts/strip-runtime.mjs): bundles, with esbuild, the browser code that is not React:
//   lib/enhance/main.ts -> public/enhance/main.js (+ public/enhance/chunks/*: what only one page needs), the one
//     script of content pages: share, read aloud, open now, as-you-type search, IMEI checks, offline reading;
//   lib/offline/sw.ts   -> public/sw.js, the service worker. Its precache list is the enhancement files and what the
//     pages kept for offline load from Next (the letter generator's React chunks, the CSS), read from the built HTML.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';

const app = path.join('.next', 'server', 'app', 'en');
if (!existsSync(app)) {
  console.error('build-enhance: run `next build` first (.next/server/app/en is missing)');
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
const assets = new Set();
for (const page of ['troubleshoot', 'avoid', 'letter', 'offline', ...kept.map((p) => p.slice(1))]) {
  const file = path.join(app, `${page}.html`);
  if (!existsSync(file)) {
    console.error(`build-enhance: ${file} is missing; the offline pages must be prerendered`);
    process.exit(1);
  }
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)) assets.add(m[1]);
}

const common = { bundle: true, minify: true, target: 'es2020', legalComments: 'none', logLevel: 'warning' };
rmSync('public/enhance', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { main: 'lib/enhance/main.ts' },
  outdir: 'public/enhance',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  define: { __TROUBLESHOOT_PATHS__: JSON.stringify(kept) },
});

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file) : [file];
  });
}
const enhance = files('public/enhance').map((file) => ({
  url: `/${path.relative('public', file).split(path.sep).join('/')}`,
  revision: createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16),
}));
const manifest = [
  // Hashed by Next: the name changes with the content, so no revision is needed.
  ...[...assets].sort().map((url) => ({ url, revision: null })),
  ...enhance,
];
await build({
  ...common,
  entryPoints: ['lib/offline/sw.ts'],
  outfile: 'public/sw.js',
  format: 'iife',
  define: { 'self.__SW_MANIFEST': JSON.stringify(manifest), 'process.env.NODE_ENV': '"production"' },
});

const gz = (file) => zlib.gzipSync(readFileSync(file), { level: 9 }).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `build-enhance: ${enhance.map((e) => `${e.url} ${kib(gz(path.join('public', e.url)))} gz`).join(', ')}; ` +
    `public/sw.js ${kib(gz('public/sw.js'))} gz (precaches ${manifest.length} files); ${kept.length + 4} pages kept offline per locale`,
);
