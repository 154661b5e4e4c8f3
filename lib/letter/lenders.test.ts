import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLenderOptions } from './lenders';

function withLenders(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'letter-lenders-'));
  mkdirSync(path.join(root, 'lenders'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'lenders', name), text);
  return root;
}

describe('readLenderOptions', () => {
  it('returns nothing when there is no lender data', () => {
    expect(readLenderOptions(mkdtempSync(path.join(tmpdir(), 'letter-empty-')))).toEqual([]);
  });

  it('picks id, name, countries and the first email contact, sorted by name', () => {
    const root = withLenders({
      'zeta.json': JSON.stringify({
        id: 'zeta',
        name: 'Zeta Finance',
        aliases: ['Z'],
        countries: ['IN', 'id'],
        contacts: [
          { kind: 'phone', value: '1800 000' },
          { kind: 'email', value: 'care@zeta.example', sources: [] },
          { kind: 'email', value: 'other@zeta.example' },
        ],
      }),
      'alpha.json': JSON.stringify({ id: 'alpha', name: 'Alpha Credit', countries: ['mx'], contacts: [] }),
    });
    expect(readLenderOptions(root)).toEqual([
      { id: 'alpha', name: 'Alpha Credit', countries: ['mx'] },
      { id: 'zeta', name: 'Zeta Finance', countries: ['in', 'id'], email: 'care@zeta.example' },
    ]);
  });

  it('skips broken files and unusable values instead of failing', () => {
    const root = withLenders({
      'broken.json': '{ not json',
      'noname.json': JSON.stringify({ id: 'noname' }),
      'odd.json': JSON.stringify({ name: 'Odd', countries: 'in', contacts: [{ kind: 'email', value: 'x?cc=y@z' }] }),
    });
    expect(readLenderOptions(root)).toEqual([{ id: 'odd', name: 'Odd', countries: [] }]);
  });
});
