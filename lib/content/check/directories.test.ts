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
      d.verification = { level: 'checked', on: '2026-13-01' };
    });
    const fields = (await checkContent(root)).filter((i) => i.file === 'content/lenders/payjoy.json').map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['id', 'countries[0]', 'contacts[0].kind', 'verification.on']));
  });
  it('fails on a "checked" fact without a date, with a date in the future, or with an unknown level', async () => {
    edit('lenders/payjoy.json', (d) => {
      d.verification = { level: 'checked' };
      (d.status as Record<string, unknown>).verification = { level: 'checked', on: '2999-01-01' };
      (d.locksDevice as Record<string, unknown>).verification = { level: 'probably' };
    });
    const issues = (await checkContent(root)).filter((i) => i.file === 'content/lenders/payjoy.json');
    expect(issues).toContainEqual(expect.objectContaining({ field: 'verification.on' }));
    expect(issues).toContainEqual(expect.objectContaining({ field: 'status.verification.on', message: expect.stringContaining('in the future') }));
    expect(issues).toContainEqual(expect.objectContaining({ field: 'locksDevice.verification.level' }));
  });
  it('accepts a fact checked today, from research, or unconfirmed', async () => {
    const today = new Date().toISOString().slice(0, 10);
    edit('lenders/payjoy.json', (d) => {
      d.verification = { level: 'checked', on: today };
      (d.status as Record<string, unknown>).verification = { level: 'from-research' };
      (d.locksDevice as Record<string, unknown>).verification = { level: 'unconfirmed' };
    });
    expect((await checkContent(root)).filter((i) => i.file === 'content/lenders/payjoy.json')).toEqual([]);
  });
  it('fails on a source that is an unlock vendor, a reseller or a test host', async () => {
    edit('lenders/payjoy.json', (d) => {
      d.sources = [{ url: 'https://geteasyunlock.com/x' }, { url: 'https://shop.gearbest.com/y' }, { url: 'https://web-uat.payjoy.com/z' }];
    });
    const messages = (await checkContent(root)).filter((i) => i.file === 'content/lenders/payjoy.json').map((i) => `${i.field}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sources\[0\]\.url: cites geteasyunlock\.com, an unlock vendor/),
        expect.stringMatching(/^sources\[1\]\.url: cites shop\.gearbest\.com, a reseller/),
        expect.stringMatching(/^sources\[2\]\.url: cites web-uat\.payjoy\.com, a test or placeholder host/),
      ]),
    );
  });
  it('fails on a phone number that does not parse for its country', async () => {
    edit('contacts/in.json', (d) => {
      (d.channels as Record<string, unknown>[])[0]!.value = '1800 103';
    });
    expect(await checkContent(root)).toContainEqual(
      expect.objectContaining({ file: 'content/contacts/in.json', field: 'channels[0].value', message: expect.stringContaining('not a valid phone number in IN') }),
    );
  });
  it('fails on a web page said to be "seen only in copies" when it is its own source', async () => {
    edit('contacts/in.json', (d) => {
      const web = (d.channels as Record<string, unknown>[]).findIndex((c) => c.value === 'https://www.mi.com/in/support/');
      (d.channels as Record<string, unknown>[])[web]!.origin = 'third-party';
    });
    expect(await checkContent(root)).toContainEqual(
      expect.objectContaining({ file: 'content/contacts/in.json', field: expect.stringMatching(/^channels\[\d+\]\.origin$/), message: expect.stringContaining('its own source') }),
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
