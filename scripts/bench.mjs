// npm run bench: builds, serves the production build, measures, and writes
// docs/BENCHMARKS.md. Budgets are reported there and make the exit code non-zero
// when broken; nothing here runs as a timed test in CI.
//
// Options (env): BENCH_SKIP_BUILD=1 reuse .next; BENCH_LH_RUNS (3); BENCH_LOAD_SECONDS (30).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpus, totalmem, tmpdir } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { chromium } from '@playwright/test';

const root = process.cwd();
const port = 3400;
const floorPort = 3401;
const staticPort = 3402;
const base = `http://localhost:${port}`;
const lhRuns = Number(process.env.BENCH_LH_RUNS ?? 3);
const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
// The bench serves on this machine: the build's public origin is said explicitly (a build without one fails).
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL ?? 'http://localhost:3000' };
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * One representative URL per page type. `content` pages ship no framework JavaScript (at most 15 KiB gzipped of
 * their own modules); the others are interactive tools held to 1.05 × the floor's JavaScript.
 */
const pageTypes = [
  { name: 'home', path: '/en', content: true },
  { name: 'troubleshooter question', path: '/en/troubleshoot', content: true, troubleshooter: true },
  { name: 'troubleshooter outcome', path: process.env.BENCH_OUTCOME ?? '/en/troubleshoot/installment/not-paid/yes/no/in', content: true, troubleshooter: true },
  { name: 'avoid (Arabic)', path: '/ar/avoid', content: true },
  { name: 'guide', path: '/en/guides/find-your-imei', content: true },
  { name: 'lender lookup', path: '/en/lenders', content: true },
  { name: 'lender page', path: '/en/lenders/home-credit-india', content: true },
  { name: "a country's contacts", path: '/en/contacts/sg', content: true },
  { name: 'second-hand', path: '/en/second-hand', content: true },
  { name: 'search results', path: '/en/search?q=imei', content: true },
  { name: 'letter', path: '/en/letter' },
  { name: 'share link builder', path: '/en/share' },
];
const lighthouseTypes = pageTypes.map((t) => t.name);

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const sizes = (buf) => ({
  raw: buf.length,
  gzip: zlib.gzipSync(buf, { level: 9 }).length,
  brotli: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const zero = { raw: 0, gzip: 0, brotli: 0 };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function sh(cmd, args, opts = {}) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
  return (performance.now() - t) / 1000;
}

/** The portal as `npm run serve` runs it (scripts/server.mjs), or the floor app with `next start`. */
function start(dir, p) {
  if (dir === root) return spawn(process.execPath, [path.join(root, 'scripts/server.mjs'), '-p', String(p)], { env, stdio: 'ignore' });
  return spawn(path.join(root, 'node_modules/.bin/next'), ['start', dir, '-p', String(p)], { env, stdio: 'ignore' });
}

async function waitUp(url) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

/**
 * HTML, CSS and JS a page loads on a first visit, as Chromium loads it (so scripts a module imports count too;
 * service workers blocked, fonts not counted), and whether any script is Next's or React's (under /_next/).
 */
async function pageBytes(browser, origin, pathname) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const bodies = { html: [], css: [], js: [] };
  let framework = false;
  page.on('response', async (r) => {
    const type = r.request().resourceType();
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : null;
    if (!kind) return;
    if (kind === 'js' && new URL(r.url()).pathname.startsWith('/_next/')) framework = true;
    try {
      bodies[kind].push(Buffer.from(await r.body()));
    } catch {
      // A redirect has no body.
    }
  });
  await page.goto(origin + pathname, { waitUntil: 'networkidle' });
  await context.close();
  const total = (list) => list.reduce((sum, b) => add(sum, sizes(b)), zero);
  return { html: total(bodies.html), css: total(bodies.css), js: total(bodies.js), framework };
}

/**
 * Resident memory of a process and its children, in bytes, read from Linux /proc without
 * spawning anything (a spawnSync here would stall the load generator running in this process).
 */
function treeRss(pid) {
  let total = 0;
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    if (m) total += Number(m[1]) * 1024;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const kids = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean);
      for (const k of kids) total += treeRss(Number(k));
    }
  } catch {
    // The process ended between two reads.
  }
  return total;
}

/** autocannon, plus the second of the run at which each failed request was given up (to see when errors happen). */
function cannon(url, connections, duration) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const errorAt = [];
    const run = autocannon({ url, connections, duration, pipelining: 1 }, (err, res) => (err ? reject(err) : resolve({ ...res, errorAt })));
    run.on('reqError', () => errorAt.push((performance.now() - t0) / 1000));
  });
}

function buildFloor() {
  // A minimal App Router app with one next/link, built with the same Next in this run.
  const dir = path.join(root, '.bench', 'floor');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'app', 'other'), { recursive: true });
  writeFileSync(path.join(dir, 'app', 'layout.js'), 'export default function L({ children }) { return <html lang="en"><body>{children}</body></html>; }\n');
  writeFileSync(
    path.join(dir, 'app', 'page.js'),
    'import Link from \'next/link\';\nexport default function P() { return <main><h1>Floor</h1><Link href="/other">Other</Link></main>; }\n',
  );
  writeFileSync(path.join(dir, 'app', 'other', 'page.js'), 'export default function P() { return <p>Other</p>; }\n');
  writeFileSync(path.join(dir, 'next.config.js'), `export default { turbopack: { root: ${JSON.stringify(root)} } };\n`);
  return { dir, seconds: sh(path.join(root, 'node_modules/.bin/next'), ['build', dir]) };
}

async function lighthouse(url) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'lh-'));
  const out = path.join(outDir, 'report.json');
  spawnSync(
    path.join(root, 'node_modules/.bin/lighthouse'),
    [
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--form-factor=mobile',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    { env: { ...env, CHROME_PATH: chrome }, stdio: 'ignore' },
  );
  try {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    const s = (k) => Math.round((r.categories[k]?.score ?? 0) * 100);
    return { performance: s('performance'), accessibility: s('accessibility'), 'best-practices': s('best-practices'), seo: s('seo') };
  } catch {
    return null;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function countPages() {
  let n = 0;
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.html') && !f.startsWith('_')) n++;
    }
  };
  walk(path.join(root, '.next/server/app'));
  return n;
}

async function searchTimings() {
  const mod = path.join(root, 'scripts/bench-search.ts');
  if (!existsSync(mod)) return null;
  const r = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [mod], { env, encoding: 'utf8' });
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop());
  } catch {
    return null;
  }
}

const report = [];
const budgets = [];
const line = (s = '') => report.push(s);
const budget = (what, ok, detail) => budgets.push({ what, ok, detail });

let app;
let floor;
try {
  const buildSeconds = process.env.BENCH_SKIP_BUILD ? null : sh('npm', ['run', 'build']);
  const pages = countPages();
  const floorBuild = buildFloor();

  app = start(root, port);
  floor = start(floorBuild.dir, floorPort);
  await waitUp(`${base}/en`);
  await waitUp(`http://localhost:${floorPort}/`);

  const browser = await chromium.launch({ executablePath: chrome });
  const floorBytes = await pageBytes(browser, `http://localhost:${floorPort}`, '/');
  const bytes = [];
  for (const t of pageTypes) bytes.push({ ...t, ...(await pageBytes(browser, base, t.path)) });
  await browser.close();

  // Load: 200 connections on a prerendered page, errors counted, peak memory of the server process tree sampled;
  // then a plain Node static server sending the same HTML, in the same run, at the same concurrency.
  // Warmed first at the same concurrency, as a server is before it takes traffic.
  const loadPath = '/en/troubleshoot';
  const loadHtml = Buffer.from(await (await fetch(`${base}${loadPath}`)).arrayBuffer());
  await cannon(`${base}${loadPath}`, 200, 5);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(app.pid))), 250);
  const load = await cannon(`${base}${loadPath}`, 200, loadSeconds);
  clearInterval(sampler);
  const staticServer = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': loadHtml.length });
    res.end(loadHtml);
  }).listen({ port: staticPort, backlog: 4096 });
  await cannon(`http://localhost:${staticPort}/`, 200, 5);
  const staticLoad = await cannon(`http://localhost:${staticPort}/`, 200, loadSeconds);
  staticServer.close();

  const lh = {};
  for (const name of lighthouseTypes) {
    const t = pageTypes.find((p) => p.name === name);
    const runs = [];
    for (let i = 0; i < lhRuns; i++) {
      const r = await lighthouse(base + t.path);
      if (r) runs.push(r);
    }
    lh[name] = runs.length ? Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))])) : null;
  }
  // The floor's own scores, for reference: what the framework alone reaches on this machine.
  const floorRuns = [];
  for (let i = 0; i < lhRuns; i++) {
    const r = await lighthouse(`http://localhost:${floorPort}/`);
    if (r) floorRuns.push(r);
  }
  const floorLh = floorRuns.length ? Object.fromEntries(Object.keys(floorRuns[0]).map((k) => [k, median(floorRuns.map((r) => r[k]))])) : null;
  const search = await searchTimings();

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  line('# Benchmarks');
  line();
  line(
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Rerun it to refresh every figure.`,
  );
  line();
  line('## Build');
  line();
  line(
    `- Build time: ${buildSeconds === null ? 'not measured (BENCH_SKIP_BUILD)' : `${buildSeconds.toFixed(1)} s`} (includes content:check); floor app build ${floorBuild.seconds.toFixed(1)} s`,
  );
  line(`- Prerendered pages: ${pages}`);
  line();
  line('## Bytes per page type (first visit)');
  line();
  line('As Chromium loads each page (scripts a module imports included, fonts not). Total is HTML + CSS + JS, each brotli.');
  line('The floor is a minimal App Router page with one `next/link`, built with the same Next in this run.');
  line();
  line('| page | path | framework JS | JS gzip | HTML brotli | CSS brotli | total brotli | JS ÷ floor |');
  line('|---|---|---|---|---|---|---|---|');
  const totalBr = (b) => b.html.brotli + b.css.brotli + b.js.brotli;
  line(
    `| *floor* | / | yes | ${kib(floorBytes.js.gzip)} | ${kib(floorBytes.html.brotli)} | ${kib(floorBytes.css.brotli)} | ${kib(totalBr(floorBytes))} | 1.00 |`,
  );
  for (const b of bytes) {
    const ratio = b.js.gzip / floorBytes.js.gzip;
    line(
      `| ${b.name} | \`${b.path}\` | ${b.framework ? 'yes' : 'none'} | ${kib(b.js.gzip)} | ${kib(b.html.brotli)} | ${kib(b.css.brotli)} | ${kib(totalBr(b))} | ${ratio.toFixed(2)} |`,
    );
    if (b.content) {
      budget(`${b.name}: no framework JavaScript`, !b.framework, b.framework ? 'loads /_next/ scripts' : 'none');
      budget(`${b.name}: JS at most 15 KiB gzip`, b.js.gzip <= 15 * 1024, kib(b.js.gzip));
    } else budget(`${b.name} (interactive): JS at most 1.05 × floor`, ratio <= 1.05, ratio.toFixed(2));
    if (b.troubleshooter) {
      const hc = b.html.brotli + b.css.brotli;
      budget(`${b.name}: HTML + CSS at most 14 KiB brotli`, hc <= 14 * 1024, kib(hc));
    }
  }
  line();
  line(`## Lighthouse ${'12.2.3'} mobile (median of ${lhRuns})`);
  line();
  line('| page | performance | accessibility | best practices | SEO |');
  line('|---|---|---|---|---|');
  if (floorLh)
    line(`| *floor (reference, not a budget)* | ${floorLh.performance} | ${floorLh.accessibility} | ${floorLh['best-practices']} | ${floorLh.seo} |`);
  for (const [name, s] of Object.entries(lh)) {
    if (!s) {
      line(`| ${name} | failed to run | | | |`);
      budget(`${name}: Lighthouse ran`, false, 'no result');
      continue;
    }
    line(`| ${name} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`);
    if (pageTypes.find((t) => t.name === name)?.content) budget(`${name}: Lighthouse performance ≥ 98`, s.performance >= 98, String(s.performance));
    else if (floorLh)
      budget(
        `${name} (interactive): Lighthouse performance ≥ the floor's`,
        s.performance >= floorLh.performance,
        `${s.performance} (floor ${floorLh.performance})`,
      );
    // Search results are not for search engines (noindex), which Lighthouse's SEO score counts against them.
    const seoOk = s.seo === 100 || (name === 'search results' && s.seo >= 60);
    budget(
      `${name}: Lighthouse accessibility, best practices${name === 'search results' ? '' : ', SEO'} = 100`,
      s.accessibility === 100 && s['best-practices'] === 100 && seoOk,
      `${s.accessibility}/${s['best-practices']}/${s.seo}`,
    );
  }
  line();
  line(`## Load: 200 connections for ${loadSeconds} s on \`${loadPath}\` (autocannon, loopback)`);
  line();
  line('| server | requests | errors | timeouts | non-2xx | requests/s | p50 | p99 |');
  line('|---|---|---|---|---|---|---|---|');
  const row = (n, r) =>
    line(
      `| ${n} | ${r.requests.total} | ${r.errors} | ${r.timeouts} | ${r.non2xx} | ${Math.round(r.requests.average)} | ${r.latency.p50} ms | ${r.latency.p99} ms |`,
    );
  row('the portal (`npm run serve`: scripts/server.mjs)', load);
  row('plain Node static server, same HTML, same run', staticLoad);
  line();
  const ratio = load.requests.average / staticLoad.requests.average;
  line(`- Throughput: ${ratio.toFixed(2)} of the static server's`);
  line(`- Peak server memory (RSS of the process tree): ${(peak / 2 ** 20).toFixed(0)} MiB`);
  if (load.errorAt.length) {
    const first = Math.min(...load.errorAt);
    const last = Math.max(...load.errorAt);
    line(`- Failed requests were given up between ${first.toFixed(1)} s and ${last.toFixed(1)} s into the run (autocannon gives up after 10 s)`);
  }
  budget(
    'load run: no errors',
    load.errors === 0 && load.timeouts === 0 && load.non2xx === 0,
    `${load.errors} errors, ${load.timeouts} timeouts, ${load.non2xx} non-2xx`,
  );
  budget('load run: p99 at most 1 s', load.latency.p99 <= 1000, `${load.latency.p99} ms`);
  budget("load run: throughput at least 0.5 × the static server's", ratio >= 0.5, ratio.toFixed(2));
  line();
  line('## Lender search time per query');
  line();
  if (search) {
    line('| lenders | median per query | p95 per query |');
    line('|---|---|---|');
    for (const s of search) line(`| ${s.lenders} | ${s.median.toFixed(3)} ms | ${s.p95.toFixed(3)} ms |`);
  } else line('Not measured: `scripts/bench-search.ts` is missing or failed.');
  line();
  line('## Budgets');
  line();
  line('| budget | result | measured |');
  line('|---|---|---|');
  for (const b of budgets) line(`| ${b.what} | ${b.ok ? 'holds' : '**broken**'} | ${b.detail} |`);
  mkdirSync(path.join(root, 'docs'), { recursive: true });
  writeFileSync(path.join(root, 'docs/BENCHMARKS.md'), `${report.join('\n')}\n`);
  console.log(report.join('\n'));
} finally {
  app?.kill('SIGTERM');
  floor?.kill('SIGTERM');
  rmSync(path.join(root, '.bench'), { recursive: true, force: true });
}
const broken = budgets.filter((b) => !b.ok);
if (broken.length) {
  console.error(`\n${broken.length} budget(s) broken.`);
  process.exit(1);
}
