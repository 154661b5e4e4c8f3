import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from './index';

let root: string;
beforeEach(() => {
  root = path.join(mkdtempSync(path.join(tmpdir(), 'content-')), 'content');
  cpSync(path.join(process.cwd(), 'content'), root, { recursive: true });
});
afterEach(() => rmSync(path.dirname(root), { recursive: true, force: true }));

const edit = (file: string, change: (data: Record<string, unknown>) => void) => {
  const p = path.join(root, file);
  const data = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
  change(data);
  writeFileSync(p, JSON.stringify(data));
};

describe('content:check on the directories', () => {
  it('passes on the shipped content', async () => {
    expect(await checkContent(root)).toEqual([]);
  });
  it('fails on a lender fact without sources', async () => {
    edit('lenders/dmi-finance.json', (d) => {
      delete (d.postingWindow as Record<string, unknown>).sources;
    });
    expect(await checkContent(root)).toContainEqual(
      expect.objectContaining({ file: 'content/lenders/dmi-finance.json', field: 'postingWindow.sources' }),
    );
  });
  it('fails on a malformed lender (bad id, country, contact kind, date)', async () => {
    edit('lenders/payjoy.json', (d) => {
      d.id = 'PayJoy';
      d.countries = ['MX'];
      (d.contacts as Record<string, unknown>[])[0]!.kind = 'fax';
      d.verified = '2026-13-01';
    });
    const fields = (await checkContent(root)).filter((i) => i.file === 'content/lenders/payjoy.json').map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['id', 'countries[0]', 'contacts[0].kind', 'verified']));
  });
  it('fails on a phone number that does not parse for its country', async () => {
    edit('contacts/in.json', (d) => {
      (d.channels as Record<string, unknown>[])[0]!.value = '1800 103';
    });
    expect(await checkContent(root)).toContainEqual(
      expect.objectContaining({ file: 'content/contacts/in.json', field: 'channels[0].value', message: expect.stringContaining('not a valid phone number in IN') }),
    );
  });
  it('fails on an unsourced contact and on a lender country without a contacts page', async () => {
    edit('contacts/sg.json', (d) => {
      (d.channels as Record<string, unknown>[])[0]!.sources = [];
    });
    edit('lenders/tabby.json', (d) => {
      d.countries = ['sa', 'zz'];
    });
    const issues = await checkContent(root);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/contacts/sg.json', field: 'channels[0].sources' }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/lenders/tabby.json', field: 'countries[1]' }));
  });
});
