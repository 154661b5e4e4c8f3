import { describe, expect, it } from 'vitest';
import { createIndex, loadIndex, normalizeTerm, runSearch, type SearchDoc } from './engine';

const docs: SearchDoc[] = [
  { id: '/avoid', path: '/avoid', title: 'What not to do', description: 'Why a factory reset does not help', text: 'A factory reset deletes your photos.' },
  { id: '/guides/find-your-imei', path: '/guides/find-your-imei', title: 'Find your IMEI', description: 'Dial *#06#', text: 'The IMEI is on the box.' },
  { id: '/es', path: '/guides/es', title: 'Qué no hacer', description: 'El reseteo de fábrica', text: 'No uses herramientas de desbloqueo.' },
  { id: '/ar', path: '/guides/ar', title: 'إعادة ضبط المصنع', description: 'لا تفعل ذلك', text: 'رقم IMEI' },
];

describe('search engine', () => {
  const index = createIndex(docs);

  it('finds a page by an exact word, case-insensitively', () => {
    expect(runSearch(index, 'imei')[0]?.path).toBe('/guides/find-your-imei');
  });

  it('forgives a typo in a longer word', () => {
    expect(runSearch(index, 'factroy reset').map((h) => h.path)).toContain('/avoid');
  });

  it('ignores accents and Arabic vowel marks', () => {
    expect(runSearch(index, 'fabrica').map((h) => h.path)).toContain('/guides/es');
    expect(runSearch(index, 'إِعَادَة').map((h) => h.path)).toContain('/guides/ar');
  });

  it('returns nothing for a blank query or an unknown word', () => {
    expect(runSearch(index, '   ')).toEqual([]);
    expect(runSearch(index, 'zzzzqqq')).toEqual([]);
  });

  it('does not find pages by a single letter or digit alone', () => {
    const withNumbers = createIndex([...docs, { id: '/x', path: '/x', title: 'Step 1', description: 'x', text: 'Press 1.' }]);
    expect(runSearch(withNumbers, '1')).toEqual([]);
    expect(runSearch(withNumbers, 'x <b> 1')).toEqual([]);
    expect(runSearch(withNumbers, 'step 1').map((h) => h.path)).toEqual(['/x']);
  });

  it('gives the same results after a JSON round trip, as the browser loads it', () => {
    const loaded = loadIndex(JSON.stringify(index));
    expect(runSearch(loaded, 'reset')).toEqual(runSearch(index, 'reset'));
  });

  it('carries a result note through the index and its JSON copy, and leaves it out when there is none', () => {
    const withNote = createIndex([
      ...docs,
      { id: 'n', path: '/troubleshoot/plan', title: 'Paid but locked', description: '', text: '', note: 'Asks your country first.' },
    ]);
    expect(runSearch(withNote, 'paid')[0]?.note).toBe('Asks your country first.');
    expect(runSearch(loadIndex(JSON.stringify(withNote)), 'paid')[0]?.note).toBe('Asks your country first.');
    expect(runSearch(withNote, 'imei')[0]).not.toHaveProperty('note');
  });

  it('normalizes terms', () => {
    expect(normalizeTerm('Reséteo')).toBe('reseteo');
    expect(normalizeTerm('आईएमईआई')).toBe('आईएमईआई');
  });
});
