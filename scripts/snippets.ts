// `npm run snippets [-- --update] [-- --filter KeyError,node/ECONNRESET]`: runs every snippet of every entry on a real
// interpreter, checks it does what it declares, and compares or records its captured output.
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/validation/problem.ts';
import { validateCatalogue } from '../src/validation/validate-catalogue.ts';
import { orphanSnapshots, verifySnippets } from '../src/snippets/verify-snippets.ts';
import { removeSnapshots, snapshotsDir } from '../src/snippets/snapshot-files.ts';

const { values } = parseArgs({
  options: { update: { type: 'boolean', default: false }, filter: { type: 'string' }, jobs: { type: 'string' } },
});
const root = process.cwd();
const { problems, entries } = await validateCatalogue(root);
// With --filter an author checks their own entries while others are mid-edit: problems warn instead of stopping.
if (problems.length > 0) {
  console.error(formatProblems(problems));
  if (!values.filter) process.exit(1);
  console.error('(continuing because of --filter)\n');
}
// --filter takes entry ids or titles, comma-separated: `KeyError`, `node/ECONNRESET`, `KeyError,IndexError`.
const wanted = values.filter?.split(',').map((f) => f.trim());
const chosen = wanted ? entries.filter((e) => wanted.includes(e.id) || wanted.includes(e.data.title)) : entries;
if (wanted && chosen.length === 0) {
  console.error(`--filter ${values.filter}: no entry has that id or title`);
  process.exit(1);
}
const started = performance.now();
const report = await verifySnippets(root, chosen, { update: values.update, ...(values.jobs ? { jobs: Number(values.jobs) } : {}) });
const orphans = values.filter ? [] : await orphanSnapshots(root, entries);
if (values.update) for (const id of orphans) await removeSnapshots(root, id);
else for (const id of orphans) report.failures.push(`${snapshotsDir}/${id}.json belongs to no entry; run \`npm run snippets -- --update\` to remove it.`);
for (const f of report.failures) console.error(`\n${f}`);
if (report.written.length > 0) console.log(`updated ${report.written.length} snapshot file(s): ${report.written.join(', ')}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\nsnippets: ${chosen.length} entries, ${report.notRun} not runnable by declaration, ${seconds} s`);
console.log(`${report.passed} passed, ${report.failures.length} failed`);
process.exit(report.failures.length > 0 ? 1 : 0);
