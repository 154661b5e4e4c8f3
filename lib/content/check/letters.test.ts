import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from './context';
import { checkLetters } from './letters';

function copyContent(): string {
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'letters-check-')), 'content');
  cpSync(path.join(process.cwd(), 'content'), root, { recursive: true });
  return root;
}

describe('checkLetters', () => {
  it('passes on the shipped letters', () => {
    const ctx = createContext(path.join(process.cwd(), 'content'));
    checkLetters(ctx);
    expect(ctx.issues).toEqual([]);
  });

  it('names the file and field of each problem', () => {
    const root = copyContent();
    rmSync(path.join(root, 'hi', 'letters', 'dispute-lock.mdx'));
    const file = path.join(root, 'es', 'letters', 'overdue-amount.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('Nombre: {fullName}', 'Nombre: {fullname} { imei }')
        .replace('subject: "', 'subject: "{details} ')
        .replace('fields: [', 'fields: [seller, '),
    );
    const ctx = createContext(root);
    checkLetters(ctx);
    const got = ctx.issues.map((i) => `${i.file}: ${i.field}`);
    expect(got).toContain('content/hi/letters/dispute-lock.mdx: (file)');
    expect(got).toContain('content/es/letters/overdue-amount.mdx: frontmatter.fields');
    expect(got).toContain('content/es/letters/overdue-amount.mdx: frontmatter.subject');
    const body = ctx.issues.filter((i) => i.file === 'content/es/letters/overdue-amount.mdx' && i.field === 'body').map((i) => i.message);
    expect(body.some((m) => m.includes('{fullname} is not a field'))).toBe(true);
    expect(body.some((m) => m.includes('malformed placeholder "{ imei }"'))).toBe(true);
  });
});
