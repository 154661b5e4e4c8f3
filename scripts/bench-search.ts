// Lender search time per query at the real size (padded to 25) and at 2,500
// synthetic lenders. Prints one JSON line for scripts/bench.mjs.
import path from 'node:path';
import { listFiles, readJson } from '@/lib/content/read';
import { createLenderIndex, searchLenders, type LenderDoc } from '@/lib/search/lenders';

const dir = path.join(process.cwd(), 'content', 'lenders');
const real = listFiles(dir, '.json').map((f) => {
  const l = readJson(path.join(dir, f)) as LenderDoc;
  return { id: l.id, name: l.name, aliases: l.aliases, countries: l.countries };
});
const syllables = ['ka', 'mo', 'fin', 'cre', 'dit', 'pay', 'lo', 'an', 'tec', 'ra', 'su', 'ba', 'ne', 'ex', 'pro'];
function synthetic(n: number): LenderDoc[] {
  const out: LenderDoc[] = [];
  for (let i = 0; out.length < n; i++) {
    const base = real[i % real.length] as LenderDoc;
    const word = Array.from({ length: 3 }, (_, k) => syllables[(i * 7 + k * 13) % syllables.length]).join('');
    out.push({ id: `${base.id}-${i}`, name: `${word} ${base.name}`, aliases: [...base.aliases, `${word} pay`], countries: base.countries });
  }
  return out;
}
const queries = ['home credt', 'dmi finanse', 'bajaj', 'payjoy', 'M-KOPA', 'tabby', 'kredivo', 'fe credit', 'xyz nothing', 'lipa mdogo'];

function time(docs: LenderDoc[]) {
  const index = createLenderIndex(docs);
  const samples: number[] = [];
  for (let round = 0; round < 30; round++) {
    for (const q of queries) {
      const t = performance.now();
      searchLenders(index, docs, q, round % 3 === 0 ? 'in' : undefined);
      samples.push(performance.now() - t);
    }
  }
  samples.sort((a, b) => a - b);
  return { lenders: docs.length, median: samples[Math.floor(samples.length / 2)] as number, p95: samples[Math.floor(samples.length * 0.95)] as number };
}

console.log(JSON.stringify([time(synthetic(25)), time(synthetic(2500))]));
