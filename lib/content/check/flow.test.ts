import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createContext } from './context';
import { checkFlow } from './flow';

const real = path.join(process.cwd(), 'content');
let dir = '';

/** A copy of the real content to break one thing in. */
function copy(): string {
  dir = mkdtempSync(path.join(tmpdir(), 'flow-check-'));
  const root = path.join(dir, 'content');
  cpSync(real, root, { recursive: true });
  return root;
}

async function run(root: string) {
  const ctx = createContext(root);
  await checkFlow(ctx);
  return ctx.issues.map((i) => `${i.file}: ${i.field}: ${i.message}`);
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('content:check for the troubleshooter', () => {
  it('passes on the shipped content', async () => {
    expect(await run(real)).toEqual([]);
  });

  it('names the file and field of a dangling edge', async () => {
    const root = copy();
    const file = path.join(root, 'flows', 'troubleshoot.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"next": "network"', '"next": "netwrok"'));
    const issues = await run(root);
    expect(issues.some((i) => /^content\/flows\/troubleshoot\.json: nodes\[0\]\.options\[\d\]\.next: points at "netwrok"/.test(i))).toBe(true);
  });

  it('names a missing translation and a stray file', async () => {
    const root = copy();
    unlinkSync(path.join(root, 'hi', 'troubleshoot', 'can-pay.mdx'));
    writeFileSync(path.join(root, 'ar', 'troubleshoot', 'old-node.mdx'), '---\ntitle: x\nsummary: y\n---\n');
    const issues = await run(root);
    expect(issues).toContain('content/hi/troubleshoot/can-pay.mdx: (file): translation missing: hi has no troubleshoot/can-pay.mdx');
    expect(issues).toContain('content/ar/troubleshoot/old-node.mdx: (file): "old-node" is not a question or outcome in flows/troubleshoot.json');
  });

  it('names an option label that is missing in one locale', async () => {
    const root = copy();
    const file = path.join(root, 'es', 'troubleshoot', 'paid-when.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n  recently:[^\n]*/, ''));
    expect(await run(root)).toContain('content/es/troubleshoot/paid-when.mdx: frontmatter.options.recently: option label missing for "recently"');
  });
});
