import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from './index';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A copy of the real content to break on purpose. */
function copyContent(): string {
  dir = mkdtempSync(path.join(tmpdir(), 'pages-check-'));
  const root = path.join(dir, 'content');
  cpSync(path.join(process.cwd(), 'content'), root, { recursive: true });
  return root;
}

describe('content:check for avoid, second-hand and guides', () => {
  it('passes on the shipped content', async () => {
    expect(await checkContent(path.join(process.cwd(), 'content'))).toEqual([]);
  });

  it('names the file and field when a page lists no sources', async () => {
    const root = copyContent();
    const file = path.join(root, 'es', 'guides', 'after-you-pay.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/sources:[\s\S]*?---/, '---'));
    const issues = await checkContent(root);
    expect(issues).toContainEqual({ file: 'content/es/guides/after-you-pay.mdx', field: 'frontmatter.sources', message: expect.stringContaining('sources') });
  });

  it('names a guide that is missing in a locale', async () => {
    const root = copyContent();
    rmSync(path.join(root, 'ar', 'guides', 'your-rights.mdx'));
    const issues = await checkContent(root);
    expect(issues.map((i) => i.file)).toContain('content/ar/guides/your-rights.mdx');
  });
});
