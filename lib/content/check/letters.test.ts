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
        .replace('subject: "', 'subject: "{details} '),
    );
    const other = path.join(root, 'es', 'letters', 'dispute-lock.mdx');
    writeFileSync(other, readFileSync(other, 'utf8').replace('subject: "', 'fields: [seller]\nsubject: "'));
    const ctx = createContext(root);
    checkLetters(ctx);
    const got = ctx.issues.map((i) => `${i.file}: ${i.field}`);
    expect(got).toContain('content/hi/letters/dispute-lock.mdx: (file)');
    // The fields a letter uses come from lib/letter/fields.ts alone: a `fields:` list is an unknown key.
    expect(ctx.issues.some((i) => i.file === 'content/es/letters/dispute-lock.mdx' && i.field.startsWith('frontmatter') && i.message.includes('fields'))).toBe(true);
    expect(got).toContain('content/es/letters/overdue-amount.mdx: frontmatter.subject');
    const body = ctx.issues.filter((i) => i.file === 'content/es/letters/overdue-amount.mdx' && i.field === 'body').map((i) => i.message);
    expect(body.some((m) => m.includes('{fullname} is not a field'))).toBe(true);
    expect(body.some((m) => m.includes('malformed placeholder "{ imei }"'))).toBe(true);
  });
});
