// `npm run snippets [-- --update] [-- --filter KeyError,node/ECONNRESET] [-- --runtimes primary]`: runs every
// snippet of every entry in the sandbox on every runtime of the matrix that takes it, checks it does what it
// declares, and compares or records its captured output. Then the same for the errno hubs' programs in other
// languages (content/errno/programs/; `--filter errno`, `go`, `ECONNRESET` or `go/ECONNRESET` chooses them).
// Locally, an entry that passed and has not changed since (nor has the verifier, a runtime or an interpreter)
// is not run again; `--all` runs it anyway. --update, --runtimes and CI (the CI variable) always run all.
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/validation/problem.ts';
import { validateCatalogue } from '../src/validation/validate-catalogue.ts';
import { orphanSnapshots, verifySnippets } from '../src/snippets/verify-snippets.ts';
import { removeSnapshots, snapshotsDir } from '../src/snippets/snapshot-files.ts';
import { SandboxUnavailable } from '../src/snippets/sandbox.ts';
import { allRuntimes, programRuntimes } from '../src/snippets/runtimes/index.ts';
import { chosenPrograms, verifyProgramCaptures } from '../src/snippets/verify-program-captures.ts';
import { entryFingerprint, readVerified, toolchainFingerprint, writeVerified } from '../src/snippets/verified-cache.ts';

const { values } = parseArgs({
  options: { update: { type: 'boolean', default: false }, all: { type: 'boolean', default: false }, filter: { type: 'string' }, jobs: { type: 'string' }, runtimes: { type: 'string' } },
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
const programs = chosenPrograms(root, wanted);
if (wanted && chosen.length === 0 && programs === 0) {
  console.error(`--filter ${values.filter}: no entry has that id or title, and no errno program matches (errno, go, ECONNRESET, go/ECONNRESET)`);
  process.exit(1);
}
// --runtimes cpython,node-24 (or `primary`) checks on those runtimes only: quicker while writing an entry.
const matrix = allRuntimes();
const runtimeIds = values.runtimes?.split(',').map((r) => r.trim());
const runtimes = runtimeIds && matrix.filter((r) => runtimeIds.includes(r.id) || (runtimeIds.includes('primary') && r.primary));
// The program runtimes are one per language, so each is primary.
const programMatrix = programRuntimes();
const programRuntimesChosen = runtimeIds && programMatrix.filter((r) => runtimeIds.includes(r.id) || runtimeIds.includes('primary'));
if (runtimeIds && (values.update || runtimes!.length + programRuntimesChosen!.length === 0)) {
  console.error(values.update ? '--update records every runtime; leave out --runtimes' : `--runtimes ${values.runtimes}: choose from primary, ${[...matrix, ...programMatrix].map((r) => r.id).join(', ')}`);
  process.exit(1);
}
const started = performance.now();
const toolchain = runtimes ? '' : toolchainFingerprint(root);
const verified = readVerified(root);
const useCache = !values.all && !values.update && !runtimes && !process.env.CI;
const toRun = useCache ? chosen.filter((e) => !verified.has(entryFingerprint(root, e, toolchain))) : chosen;
const report = await verifySnippets(root, toRun, { update: values.update, ...(values.jobs ? { jobs: Number(values.jobs) } : {}), ...(runtimes ? { runtimes } : {}) }).catch((error: unknown) => {
  // No sandbox, no snippets: say what is missing instead of a stack trace, and never run them without it.
  if (error instanceof SandboxUnavailable) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
});
const orphans = values.filter ? [] : await orphanSnapshots(root, entries);
if (values.update) for (const id of orphans) await removeSnapshots(root, id);
else for (const id of orphans) report.failures.push(`${snapshotsDir}/${id}.json belongs to no entry; run \`npm run snippets -- --update\` to remove it.`);
// The errno hubs' programs, after the snippets: each set of sandboxes has the cores to itself.
if (programs > 0 && (!programRuntimesChosen || programRuntimesChosen.length > 0)) {
  const programReport = await verifyProgramCaptures(root, {
    update: values.update,
    ...(wanted ? { filter: wanted } : {}),
    ...(values.jobs ? { jobs: Number(values.jobs) } : {}),
    ...(programRuntimesChosen ? { runtimes: programRuntimesChosen } : {}),
  });
  report.passed += programReport.passed;
  report.failures.push(...programReport.failures);
  report.written.push(...programReport.written);
  report.timings.push(...programReport.timings.map((t) => ({ ...t, runtime: `${t.runtime} (errno programs)` })));
}
if (!runtimes) {
  // Remember what passed on the whole matrix (after --update, with its new snapshots); forget entries gone or changed.
  const failed = (e: (typeof entries)[number]) => report.failures.some((f) => f.startsWith(`${e.file}:`) || f.startsWith(`${e.file} `));
  const ran = new Set(toRun.map((e) => e.id));
  const passed = entries.map((e) => ({ e, fp: entryFingerprint(root, e, toolchain) })).filter(({ e, fp }) => (ran.has(e.id) ? !failed(e) : verified.has(fp)));
  writeVerified(root, passed.map(({ fp }) => fp));
}
for (const f of report.failures) console.error(`\n${f}`);
if (report.written.length > 0) console.log(`updated ${report.written.length} snapshot file(s): ${report.written.join(', ')}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
// One line for the whole matrix: which runtimes ran how many snippets (they run at once, so no times each).
console.log(`runs: ${report.timings.map((t) => `${t.runtime.replace(/ · .*/, '')} ×${t.snippets}`).join(', ')}`);
const unchanged = chosen.length - toRun.length;
const skippedNote = unchanged > 0 ? ` (${unchanged} unchanged since they passed, not run again; --all runs them)` : '';
console.log(`\nsnippets: ${chosen.length} entries${skippedNote} and ${programs} errno programs, ${report.notRun} not runnable by declaration, ${seconds} s`);
console.log(`${report.passed} passed, ${report.failures.length} failed`);
process.exit(report.failures.length > 0 ? 1 : 0);
