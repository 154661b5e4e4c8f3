import { checkContent } from '@/lib/content/check';
import { localeCoverage } from '@/lib/content/check/coverage';
import { contentDir } from '@/lib/content/paths';

const started = performance.now();
const root = process.argv[2] ?? contentDir();
const issues = await checkContent(root);
console.log('Translation coverage (every English message, glossary term and page):');
const coverage = localeCoverage(root);
for (const c of coverage) {
  console.log(`  ${c.locale.padEnd(3)} ${((100 * c.have) / c.total).toFixed(1).padStart(5)} %  (${c.have}/${c.total})`);
}
for (const c of coverage.filter((c) => c.have < c.total)) {
  issues.push({ file: `content/${c.locale}`, field: '(locale)', message: `translation coverage is below 100 % (${c.have}/${c.total})` });
}
for (const i of issues) console.error(`${i.file}: ${i.field}: ${i.message}`);
const ms = Math.round(performance.now() - started);
if (issues.length) {
  console.error(`\ncontent:check failed: ${issues.length} problem${issues.length === 1 ? '' : 's'} (${ms} ms)`);
  process.exit(1);
}
console.log(`content:check passed (${ms} ms)`);
