import { checkContent } from '@/lib/content/check';

const started = performance.now();
const issues = await checkContent(process.argv[2]);
for (const i of issues) console.error(`${i.file}: ${i.field}: ${i.message}`);
const ms = Math.round(performance.now() - started);
if (issues.length) {
  console.error(`\ncontent:check failed: ${issues.length} problem${issues.length === 1 ? '' : 's'} (${ms} ms)`);
  process.exit(1);
}
console.log(`content:check passed (${ms} ms)`);
