import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { locales } from '@/lib/i18n/routing';
import { checkContent, type ContentIssue } from './index';

/**
 * Each case copies the real content tree, breaks one thing, and expects
 * `content:check` to name the file and the field. The untouched copy must pass,
 * so a case cannot pass by accident.
 */
let root: string;

const article = (title = 'Fixture page') => `---\ntitle: ${title}\ndescription: A page for tests.\nupdated: 2026-11-20\n---\n\nSome text with a [link](/).\n`;

beforeEach(() => {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  root = path.join(dir, 'content');
  cpSync(path.join(process.cwd(), 'content'), root, { recursive: true });
  for (const l of locales) {
    mkdirSync(path.join(root, l, 'pages'), { recursive: true });
    writeFileSync(path.join(root, l, 'pages', 'fixture.mdx'), article());
  }
});
afterEach(() => rmSync(path.dirname(root), { recursive: true, force: true }));

const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};
const editJson = (rel: string, edit: (data: Record<string, unknown>) => void) => {
  const data = JSON.parse(readFileSync(path.join(root, rel), 'utf8'));
  edit(data);
  write(rel, JSON.stringify(data, null, 2));
};
const matching = (issues: ContentIssue[], file: string, field: string) => issues.filter((i) => i.file === file && i.field === field);

describe('content:check', () => {
  it('passes the untouched content', async () => {
    expect(await checkContent(root)).toEqual([]);
  });

  it('rejects a missing frontmatter field', async () => {
    write('hi/pages/fixture.mdx', '---\ndescription: x\nupdated: 2026-11-20\n---\n\nText.\n');
    expect(matching(await checkContent(root), 'content/hi/pages/fixture.mdx', 'frontmatter.title')).toHaveLength(1);
  });

  it('rejects a field of the wrong type', async () => {
    write('es/pages/fixture.mdx', '---\ntitle: [1, 2]\ndescription: x\nupdated: 2026-11-20\n---\n\nText.\n');
    const [issue] = matching(await checkContent(root), 'content/es/pages/fixture.mdx', 'frontmatter.title');
    expect(issue?.message).toMatch(/string/i);
  });

  it('rejects a date that is not a real date', async () => {
    write('en/pages/fixture.mdx', article().replace('2026-11-20', '2026-02-30'));
    const [issue] = matching(await checkContent(root), 'content/en/pages/fixture.mdx', 'frontmatter.updated');
    expect(issue?.message).toBe('is not a real date');
  });

  it('rejects a folder for a locale we do not ship', async () => {
    write('fr/messages/home.json', '{}');
    const [issue] = matching(await checkContent(root), 'content/fr', 'locale');
    expect(issue?.message).toMatch(/not a shipped locale/);
  });

  it('rejects a missing translation of a message', async () => {
    editJson('ar/messages/home.json', (d) => delete (d.tools as Record<string, unknown>).letter);
    const issues = matching(await checkContent(root), 'content/ar/messages/home.json', 'tools.letter.title');
    expect(issues[0]?.message).toBe('translation missing');
  });

  it('rejects a translated message whose placeholders differ from English', async () => {
    editJson('id/messages/content.json', (d) => (d.updated = 'Terakhir diperiksa: {tanggal}'));
    const [issue] = matching(await checkContent(root), 'content/id/messages/content.json', 'updated');
    expect(issue?.message).toMatch(/placeholders/);
  });

  it('rejects a page missing in one locale', async () => {
    rmSync(path.join(root, 'id/pages/fixture.mdx'));
    const [issue] = matching(await checkContent(root), 'content/id/pages/fixture.mdx', '(file)');
    expect(issue?.message).toMatch(/translation missing/);
  });

  it('rejects a broken internal link', async () => {
    write('en/pages/fixture.mdx', article().replace('[link](/)', '[link](/no-such-page)'));
    const [issue] = matching(await checkContent(root), 'content/en/pages/fixture.mdx', 'body');
    expect(issue?.message).toMatch(/broken internal link "\/no-such-page"/);
  });

  it('rejects invalid MDX', async () => {
    write('ar/pages/fixture.mdx', article().replace('Some text', 'Some <Callout text {unclosed'));
    const [issue] = matching(await checkContent(root), 'content/ar/pages/fixture.mdx', 'body');
    expect(issue?.message).toMatch(/not valid MDX/);
  });

  it('rejects an unknown MDX component', async () => {
    write('en/pages/fixture.mdx', `${article()}\n<Script />\n`);
    const [issue] = matching(await checkContent(root), 'content/en/pages/fixture.mdx', 'body');
    expect(issue?.message).toMatch(/unknown component <Script>/);
  });

  it('rejects a word the glossary avoids', async () => {
    editJson('en/messages/home.json', (d) => (d.intro = 'Your financier locked the phone.'));
    const issues = (await checkContent(root)).filter((i) => i.file === 'content/en/messages/home.json');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toMatch(/^line \d+$/);
    expect(issues[0]?.message).toBe('uses "financier"; the glossary word for lender is "lender"');
  });

  it('rejects a glossary missing a term', async () => {
    editJson('es/glossary.json', (d) => delete (d.terms as Record<string, unknown>).imei);
    expect(matching(await checkContent(root), 'content/es/glossary.json', 'terms.imei')).toHaveLength(1);
  });

  it('rejects a lender fact without sources or without saying how it is known', async () => {
    editJson('lenders/bajaj-finance.json', (d) => {
      delete (d.website as Record<string, unknown>).sources;
      delete (d.status as Record<string, unknown>).verification;
    });
    const issues = await checkContent(root);
    expect(matching(issues, 'content/lenders/bajaj-finance.json', 'website.sources')[0]?.message).toMatch(/every fact needs its sources/);
    expect(matching(issues, 'content/lenders/bajaj-finance.json', 'status.verification')[0]?.message).toMatch(/is missing: say how this fact is known/);
  });

  it('rejects a bad URL', async () => {
    editJson('lenders/bajaj-finance.json', (d) => ((d.website as Record<string, unknown>).url = 'bajajfinserv dot in'));
    const [issue] = matching(await checkContent(root), 'content/lenders/bajaj-finance.json', 'website.url');
    expect(issue?.message).toMatch(/URL/);
  });

  it('rejects a duplicate lender id', async () => {
    write('lenders/bajaj-finance-copy.json', readFileSync(path.join(root, 'lenders/bajaj-finance.json'), 'utf8'));
    const issues = (await checkContent(root)).filter((i) => i.file === 'content/lenders/bajaj-finance-copy.json' && i.field === 'id');
    expect(issues.length).toBeGreaterThan(0);
  });

  it('rejects an unknown placeholder in a letter template', async () => {
    const file = path.join(root, 'hi/letters/paid-still-locked.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{paymentDate}', '{paymentDay}'));
    const issues = (await checkContent(root)).filter((i) => i.file === 'content/hi/letters/paid-still-locked.mdx');
    expect(issues.some((i) => /paymentDay/.test(i.message))).toBe(true);
  });

  it('rejects a message file that is not JSON', async () => {
    write('hi/messages/layout.json', '{ "siteName": ');
    const [issue] = matching(await checkContent(root), 'content/hi/messages/layout.json', '(file)');
    expect(issue?.message).toMatch(/not valid JSON/);
  });
});
