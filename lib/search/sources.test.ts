import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { locales } from '@/lib/i18n/routing';
import { guideSlugs } from '@/lib/pages/routes';
import { troubleshootPaths } from '@/lib/flow/read';
import { collectDocs, mdxToText, type DocSource } from './sources';
import { createIndex, runSearch } from './engine';

const root = path.join(process.cwd(), 'content');

describe('search sources', () => {
  it('strips MDX markup to plain words', () => {
    expect(mdxToText('## Title\n\n<Callout tone="info">Read [the guide](/guides/x) **now**</Callout>')).toBe('Title Read the guide now');
  });

  it('indexes every page and guide in every locale', () => {
    for (const locale of locales) {
      const paths = collectDocs(root, locale).map((d) => d.path);
      expect(paths).toEqual(expect.arrayContaining(['/avoid', '/second-hand', ...guideSlugs.map((s) => `/guides/${s}`)]));
    }
  });

  it('indexes troubleshooter outcomes at a real answer trail', () => {
    const outcomes = collectDocs(root, 'en').filter((d) => d.path.startsWith('/troubleshoot/'));
    expect(outcomes.length).toBeGreaterThan(3);
    const trails = new Set(troubleshootPaths(root));
    for (const doc of outcomes) expect(trails.has(doc.path), doc.path).toBe(true);
  });

  it('takes a new kind of document as one more source function', () => {
    const lenders: DocSource = () => [{ id: '/lenders/x', path: '/lenders/x', title: 'Example Finance', description: '', text: '' }];
    const index = createIndex(collectDocs(root, 'en', [lenders]));
    expect(runSearch(index, 'example')[0]?.path).toBe('/lenders/x');
  });

  it('finds a lender by its name, a misspelling of it, and in Arabic', () => {
    const en = createIndex(collectDocs(root, 'en'));
    expect(runSearch(en, 'home credit').map((h) => h.path)).toContain('/lenders/home-credit-india');
    expect(runSearch(en, 'bajaj finanse')[0]?.path).toBe('/lenders/bajaj-finance');
    const ar = createIndex(collectDocs(root, 'ar'));
    expect(runSearch(ar, 'payjoy')[0]?.path).toBe('/lenders/payjoy');
  });

  it('finds the real English content for common questions', () => {
    const index = createIndex(collectDocs(root, 'en'));
    expect(runSearch(index, 'IMEI')[0]?.path).toBe('/guides/find-your-imei');
    expect(runSearch(index, 'factroy reset').map((h) => h.path)).toContain('/avoid');
  });
});
