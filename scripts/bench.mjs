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

/** One representative URL per page type. `content` marks pages held to the floor's JS budget. */
const pageTypes = [
  { name: 'home', path: '/en', content: true },
  { name: 'troubleshooter question', path: '/en/troubleshoot', content: true, troubleshooter: true },
  { name: 'troubleshooter outcome', path: process.env.BENCH_OUTCOME ?? '/en/troubleshoot/installment/not-paid/yes/no/in', content: true, troubleshooter: true },
  { name: 'lender lookup', path: '/en/lenders' },
  { name: 'lender page', path: '/en/lenders/home-credit-india', content: true },
  { name: "a country's contacts", path: '/en/contacts/in' },
  { name: 'letter', path: '/en/letter' },
  { name: 'guide', path: '/en/guides/find-your-imei', content: true },
  { name: 'avoid (Arabic)', path: '/ar/avoid', content: true },
];
const lighthouseTypes = ['home', 'troubleshooter question', 'troubleshooter outcome', 'lender lookup', "a country's contacts", 'letter'];

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

function start(dir, p) {
  const child = spawn(path.join(root, 'node_modules/.bin/next'), ['start', dir, '-p', String(p)], { env, stdio: 'ignore' });
  return child;
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

/** HTML, CSS and JS a page loads on first visit (scripts and stylesheets named in its HTML). */
async function pageBytes(origin, pathname) {
  const html = Buffer.from(await (await fetch(origin + pathname)).arrayBuffer());
  const text = html.toString('utf8');
  // `noModule` scripts are polyfills that modern browsers never download.
  const js = new Set([...text.matchAll(/<script([^>]+)>/g)].filter((m) => !/\snoModule/i.test(m[1])).flatMap((m) => m[1].match(/src="([^"]+)"/)?.[1] ?? []));
  const css = new Set([...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]));
  const fetchAll = async (urls) => {
    let total = zero;
    for (const u of urls) total = add(total, sizes(Buffer.from(await (await fetch(new URL(u, origin))).arrayBuffer())));
    return total;
  };
  return { html: sizes(html), css: await fetchAll(css), js: await fetchAll(js) };
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
  writeFileSync(path.join(dir, 'app', 'page.js'), "import Link from 'next/link';\nexport default function P() { return <main><h1>Floor</h1><Link href=\"/other\">Other</Link></main>; }\n");
  writeFileSync(path.join(dir, 'app', 'other', 'page.js'), 'export default function P() { return <p>Other</p>; }\n');
  writeFileSync(path.join(dir, 'next.config.js'), `export default { turbopack: { root: ${JSON.stringify(root)} } };\n`);
  return { dir, seconds: sh(path.join(root, 'node_modules/.bin/next'), ['build', dir]) };
}

async function lighthouse(url) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'lh-'));
  const out = path.join(outDir, 'report.json');
  spawnSync(
    path.join(root, 'node_modules/.bin/lighthouse'),
    [url, '--quiet', '--output=json', `--output-path=${out}`, '--form-factor=mobile', '--only-categories=performance,accessibility,best-practices,seo', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'],
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

  const floorBytes = await pageBytes(`http://localhost:${floorPort}`, '/');
  const bytes = [];
  for (const t of pageTypes) bytes.push({ ...t, ...(await pageBytes(base, t.path)) });

  // Throughput: a prerendered page from Next beside a plain static server with the same HTML.
  const homeHtml = Buffer.from(await (await fetch(`${base}/en`)).arrayBuffer());
  const staticServer = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': homeHtml.length });
    res.end(homeHtml);
  }).listen(staticPort);
  await cannon(`${base}/en`, 10, 3); // warm up
  const nextRun = await cannon(`${base}/en`, 10, 10);
  const staticRun = await cannon(`http://localhost:${staticPort}/`, 10, 10);
  staticServer.close();

  // Load: 200 connections, errors counted, peak memory of the server process tree sampled.
  // Warmed first at the same concurrency, as a server is before it takes traffic: a freshly
  // started Node server (cold JIT, empty caches) answered a few requests of its first burst late.
  await cannon(`${base}/en/troubleshoot`, 200, 5);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(app.pid))), 250);
  const load = await cannon(`${base}/en/troubleshoot`, 200, loadSeconds);
  clearInterval(sampler);

  const lh = {};
  for (const name of lighthouseTypes) {
    const t = pageTypes.find((p) => p.name === name);
    const runs = [];
    for (let i = 0; i < lhRuns; i++) {
      const r = await lighthouse(base + t.path);
      if (r) runs.push(r);
    }
    lh[name] = runs.length
      ? Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]))
      : null;
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
  line(`Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Rerun it to refresh every figure.`);
  line();
  line('## Build');
  line();
  line(`- Build time: ${buildSeconds === null ? 'not measured (BENCH_SKIP_BUILD)' : `${buildSeconds.toFixed(1)} s`} (includes content:check); floor app build ${floorBuild.seconds.toFixed(1)} s`);
  line(`- Prerendered pages: ${pages}`);
  line();
  line('## Bytes per page type (first visit)');
  line();
  line('JS ratio is the page\'s JS (gzip) divided by the floor: a minimal App Router page with one `next/link`, built with the same Next in this run.');
  line();
  line('| page | path | HTML raw / gzip / br | CSS raw / gzip / br | JS raw / gzip / br | JS ÷ floor |');
  line('|---|---|---|---|---|---|');
  const fmt = (s) => `${kib(s.raw)} / ${kib(s.gzip)} / ${kib(s.brotli)}`;
  line(`| floor | / | ${fmt(floorBytes.html)} | ${fmt(floorBytes.css)} | ${fmt(floorBytes.js)} | 1.00 |`);
  for (const b of bytes) {
    const ratio = b.js.gzip / floorBytes.js.gzip;
    line(`| ${b.name} | \`${b.path}\` | ${fmt(b.html)} | ${fmt(b.css)} | ${fmt(b.js)} | ${ratio.toFixed(2)} |`);
    if (b.content) budget(`${b.name}: JS at most 1.05 × floor`, ratio <= 1.05, ratio.toFixed(2));
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
  if (floorLh) line(`| *floor (reference, not a budget)* | ${floorLh.performance} | ${floorLh.accessibility} | ${floorLh['best-practices']} | ${floorLh.seo} |`);
  for (const [name, s] of Object.entries(lh)) {
    if (!s) {
      line(`| ${name} | failed to run | | | |`);
      budget(`${name}: Lighthouse ran`, false, 'no result');
      continue;
    }
    line(`| ${name} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`);
    budget(`${name}: Lighthouse performance ≥ 98`, s.performance >= 98, String(s.performance));
    budget(`${name}: Lighthouse accessibility, best practices, SEO = 100`, s.accessibility === 100 && s['best-practices'] === 100 && s.seo === 100, `${s.accessibility}/${s['best-practices']}/${s.seo}`);
  }
  line();
  line('## Server throughput (autocannon, loopback, 10 connections, 10 s)');
  line();
  line('| server | requests/s | p50 | p99 |');
  line('|---|---|---|---|');
  const row = (n, r) => line(`| ${n} | ${Math.round(r.requests.average)} | ${r.latency.p50} ms | ${r.latency.p99} ms |`);
  row('next start, prerendered `/en`', nextRun);
  row('plain Node static server, same HTML', staticRun);
  line();
  line(`Ratio (Next ÷ static): ${(nextRun.requests.average / staticRun.requests.average).toFixed(2)} of the static server's throughput.`);
  line();
  line(`## Load: 200 connections for ${loadSeconds} s on \`/en/troubleshoot\``);
  line();
  line(`- Requests: ${load.requests.total}; errors: ${load.errors}; timeouts: ${load.timeouts}; non-2xx: ${load.non2xx}`);
  line(`- Latency p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms; ${Math.round(load.requests.average)} requests/s`);
  line(`- Peak server memory (RSS of the process tree): ${(peak / 2 ** 20).toFixed(0)} MiB`);
  if (load.errorAt.length) {
    const first = Math.min(...load.errorAt);
    const last = Math.max(...load.errorAt);
    line(`- Failed requests were given up between ${first.toFixed(1)} s and ${last.toFixed(1)} s into the run (autocannon gives up after 10 s)`);
  }
  budget('load run: no errors', load.errors === 0 && load.timeouts === 0 && load.non2xx === 0, `${load.errors} errors, ${load.timeouts} timeouts, ${load.non2xx} non-2xx`);
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
