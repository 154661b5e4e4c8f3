// After `next build`: the sha256 of every inline <script> in every prerendered
// page, by path, for the proxy's Content-Security-Policy (see lib/csp.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const appDir = path.join('.next', 'server', 'app');
const map = {};
let scripts = 0;

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file);
    else if (name.endsWith('.html') && !name.startsWith('_')) {
      const html = readFileSync(file, 'utf8');
      const hashes = new Set();
      for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
        hashes.add(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
      }
      scripts += hashes.size;
      map[
        `/${path
          .relative(appDir, file)
          .split(path.sep)
          .join('/')
          .replace(/\.html$/, '')}`
      ] = [...hashes];
    }
  }
}

walk(appDir);
writeFileSync(path.join('.next', 'csp-hashes.json'), JSON.stringify(map));
console.log(`csp-hashes: ${Object.keys(map).length} pages, ${scripts} inline script hashes`);
