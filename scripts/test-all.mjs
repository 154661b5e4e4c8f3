// Runs every suite the way CI does and ends with one line: "N passed, N failed".
// Lint, format, typecheck, content check and build count as one check each; unit and
// e2e count their tests. Works on a fresh machine: installs what is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';

// The suite builds as a deployment would, for a public origin that is not this machine: e2e then proves that
// nothing a person can share (links, QR codes, canonical, hreflang, OG images, sitemap) points at localhost.
// INTL_STRICT: a message key missing from English fails the build instead of rendering its path.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL ?? 'https://example.org', INTL_STRICT: '1' };
let passed = 0;
let failed = 0;
const failures = [];

function run(cmd, args) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;
}

function check(name, ok) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

if (!existsSync('node_modules/.bin/next') && !run('npm', ['ci', '--no-audit', '--no-fund'])) process.exit(1);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium) && process.getuid?.() === 0) {
  run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
}
mkdirSync('test-results', { recursive: true });

check('lint', run('npx', ['eslint', '--max-warnings', '0', '.']));
check('format', run('npx', ['prettier', '--check', '--log-level', 'warn', '.']));
// No incremental cache: a stale .tsbuildinfo once hid real errors here that a fresh clone then found.
check('typecheck', run('npx', ['tsc', '--noEmit', '--incremental', 'false']));

const unitOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unitOk || unit.numFailedTests ? 0 : 1);
  if (!unitOk) failures.push('unit');
} else check('unit', false);

check('content:check', run('npx', ['tsx', 'scripts/content-check.ts']));
const built =
  run('npx', ['next', 'build']) &&
  run('node', ['scripts/strip-runtime.mjs']) &&
  run('node', ['scripts/csp-hashes.mjs']) &&
  run('node', ['scripts/build-enhance.mjs']);
check('build', built);

if (built) {
  check('html-validate', run('node', ['scripts/html-validate.mjs']));
  const e2eOk = run('npx', ['playwright', 'test']);
  const stats = readJson('test-results/e2e.json')?.stats;
  if (stats) {
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected + (e2eOk || stats.unexpected ? 0 : 1);
    if (!e2eOk) failures.push('e2e');
  } else check('e2e', false);
} else {
  failures.push('e2e (not run: build failed)');
  failed++;
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
