// After `next build`: takes Next's and React's scripts out of every prerendered content page (see
// lib/html/runtime-free.mjs). Runs before scripts/csp-hashes.mjs, so each page's policy lists only what is left.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isContentPath, stripRuntime } from '../lib/html/runtime-free.mjs';

const appDir = path.join('.next', 'server', 'app');
let pages = 0;
let before = 0;
let after = 0;

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file);
    else if (name.endsWith('.html')) {
      const route = `/${path
        .relative(appDir, file)
        .split(path.sep)
        .join('/')
        .replace(/\.html$/, '')}`;
      if (!isContentPath(route)) continue;
      const html = readFileSync(file, 'utf8');
      const stripped = stripRuntime(html);
      if (/\/_next\/static\/[^"']+\.js/.test(stripped) || /self\.__next_f/.test(stripped)) {
        console.error(`strip-runtime: ${route} still loads Next's scripts after stripping`);
        process.exit(1);
      }
      writeFileSync(file, stripped);
      pages++;
      before += html.length;
      after += stripped.length;
    }
  }
}

walk(appDir);
console.log(
  `strip-runtime: ${pages} content pages without framework JavaScript; HTML ${(before / 1024 / 1024).toFixed(1)} MB -> ${(after / 1024 / 1024).toFixed(1)} MB`,
);
