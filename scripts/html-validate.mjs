// HTML validity: serves the production build, fetches every page in the
// sitemap (all locales) plus pages that only exist with a query or as a 404,
// and runs the Nu Html Checker (vnu-jar, with the machine's Java) over them.
// Prints one line per page that has errors and exits non-zero if any does.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const port = Number(process.env.HTML_PORT ?? 3300);
const base = `http://localhost:${port}`;
const extra = ['/en/this-page-does-not-exist', '/ar/this-page-does-not-exist', '/en/lenders?q=home+credit', '/ar/search?q=IMEI'];

const server = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
});
const stop = () => server.kill('SIGTERM');

async function waitUp() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/en`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
let code = 1;
try {
  await waitUp();
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const all = [...new Set([...paths, ...extra])];
  const files = new Map();
  for (const [i, p] of all.entries()) {
    const res = await fetch(base + p);
    if (res.status >= 500) throw new Error(`${p} answered ${res.status}`);
    const file = path.join(dir, `${i}.html`);
    writeFileSync(file, await res.text());
    files.set(file, p);
  }
  const vnu = spawnSync('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', '--format', 'gnu', ...files.keys()], { encoding: 'utf8' });
  const errors = (vnu.stderr + vnu.stdout).split('\n').filter(Boolean);
  for (const line of errors) {
    const file = line.split(':')[0].replace(/^"|"$/g, '');
    console.log(`${files.get(file) ?? file}: ${line.slice(line.indexOf(':') + 1)}`);
  }
  console.log(`html-validate: ${files.size} pages checked, ${errors.length} errors`);
  code = errors.length || vnu.status ? 1 : 0;
} catch (e) {
  console.error(`html-validate: ${e.message}`);
} finally {
  stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
