import { availableParallelism } from 'node:os';
import { browserRunnable } from '../lib/browser-safety.ts';
import { formatExpect, snippetRuntimes, type Expectation, type SnippetRuntime, type VersionMeta } from '../lib/snippet-meta.ts';
import { snippetKey } from '../lib/snippet-key.ts';
import type { EntrySnapshots, SnippetSnapshot, VersionCapture } from '../lib/snapshot-format.ts';
import type { CheckedEntry } from '../validation/check-catalogue.ts';
import { describeOutcome, outcomeMatches } from './check-outcome.ts';
import { templateFailures } from './check-templates.ts';
import { normaliseOutput } from './normalise-output.ts';
import type { RunResult } from './run-snippet.ts';
import { allRuntimes, prepareOnce } from './runtimes/index.ts';
import { compareVersions, languageNames, limiter, type PreparedRuntime, type Runtime } from './runtimes/runtime.ts';
import { listSnapshotIds, readSnapshots, removeSnapshots, writeSnapshots } from './snapshot-files.ts';

export interface VerifyOptions {
  /** Record fresh snapshots instead of comparing with the committed ones. */
  update?: boolean;
  /** Snippets run at once; defaults to the number of cores. */
  jobs?: number;
  timeoutMs?: number;
  maxOutputBytes?: number;
  /** A reproduction slower than this on its primary runtime is reported as a failure. */
  slowMs?: number;
  /** The runtimes to run on; every one in the matrix by default. With `update`, snapshots hold only theirs. */
  runtimes?: readonly Runtime[];
}

export interface VerifyReport {
  passed: number;
  notRun: number;
  /** One readable block per failure, naming entry file, line, part, declaration and what happened. */
  failures: string[];
  /** Snapshot files written or removed by --update. */
  written: string[];
  /** Wall time each runtime took, for the log. */
  timings: { runtime: string; snippets: number; ms: number }[];
}

interface Job {
  entry: CheckedEntry;
  index: number;
  runtime: SnippetRuntime;
  expect: Expectation;
  code: string;
  part: string;
  line: number | undefined;
  osFree: boolean;
  versions: VersionMeta;
}

interface Ready {
  runtime: Runtime;
  prepared: PreparedRuntime;
  jobs: Job[];
}

const indent = (text: string) => text.split('\n').map((l) => `    ${l}`).join('\n');

/** Points at the first line where two outputs part ways, for a stale-snapshot message. */
function firstDifference(stored: string, fresh: string): string {
  const a = stored.split('\n');
  const b = fresh.split('\n');
  const i = a.findIndex((line, n) => line !== b[n]);
  const at = i === -1 ? a.length : i;
  return `line ${at + 1}: snapshot has ${JSON.stringify(a[at] ?? '(end)')}, the run printed ${JSON.stringify(b[at] ?? '(end)')}`;
}

/** What differs between a stored capture and a fresh one, in words, or undefined when they agree. */
function staleness(old: SnippetSnapshot | undefined, snap: SnippetSnapshot, partial: boolean): string | undefined {
  if (!old) return 'has no snapshot of its output';
  // With only some runtimes run, the primary capture may come from a runtime that did not run.
  const primaryRan = !partial || old.runtime === snap.runtime;
  if (primaryRan && old.runtime !== snap.runtime) return `was captured with ${old.runtime}, but runs on ${snap.runtime} here`;
  if (primaryRan && old.output !== snap.output) return `prints something else than its snapshot (${firstDifference(old.output, snap.output)})`;
  if (primaryRan && old.version !== snap.version) return `has no version recorded for ${snap.runtime}`;
  const before = new Map([...(old.versions ?? []), { version: '', runtime: old.runtime, output: old.output }].map((v) => [v.version || v.runtime, v]));
  for (const v of snap.versions ?? []) {
    const o = before.get(v.version) ?? (partial ? before.get(v.runtime) : undefined);
    if (!o) return `has no snapshot of its output on ${v.runtime}`;
    if (o.runtime !== v.runtime) return `was captured with ${o.runtime}, but runs on ${v.runtime} here`;
    if (o.output !== v.output) return `prints something else on ${v.runtime} than its snapshot (${firstDifference(o.output, v.output)})`;
    if (o.fails !== v.fails) return `fails differently on ${v.runtime} than its snapshot says (${v.fails ?? 'it now runs as declared'})`;
  }
  const gone = (old.versions ?? []).filter((o) => !(snap.versions ?? []).some((v) => v.version === o.version)).map((o) => o.version);
  if (!partial && gone.length) return `has snapshots for versions it no longer runs on (${gone.join(', ')})`;
  return undefined;
}

/**
 * Runs every snippet of the given entries in the sandbox on every runtime of the matrix that takes it,
 * checks each run does what the snippet declares (or, outside its `since=` / `until=`, that it fails), and compares (or,
 * with `update`, records) the captured output of every runtime in the committed snapshots.
 */
export async function verifySnippets(root: string, entries: readonly CheckedEntry[], options: VerifyOptions = {}): Promise<VerifyReport> {
  const { update = false, jobs = availableParallelism(), timeoutMs = 5000, maxOutputBytes = 64 * 1024, slowMs = 2000 } = options;
  // With chosen runtimes, only their captures are compared (the CLI refuses --update then: recording from
  // some runtimes would drop the others' captures).
  const partial = options.runtimes !== undefined && !update;
  const all: Job[] = entries.flatMap((entry) =>
    entry.snippets.map((s, index) => {
      const runtime = snippetRuntimes[s.lang as keyof typeof snippetRuntimes];
      const osFree = browserRunnable(s.lang as keyof typeof snippetRuntimes, s.code, s.expect, s.browser).ok;
      return { entry, index, runtime, expect: s.expect, code: s.code, part: s.part, line: s.line, osFree, versions: s.versions };
    }),
  );
  const runnable = all.filter((j) => j.expect.kind !== 'norun');
  const report: VerifyReport = { passed: 0, notRun: all.length - runnable.length, failures: [], written: [], timings: [] };
  const languages = new Set(runnable.map((j) => j.runtime));
  const wanted = (options.runtimes ?? allRuntimes()).filter((r) => languages.has(r.language));
  // Preparing may install a runtime into the cache; a runtime that cannot be had fails the run, loudly.
  const prepared = await Promise.all(wanted.map((r) => prepareOnce(r).then((p) => ({ runtime: r, prepared: p }), (error: Error) => ({ runtime: r, error }))));
  const ready: Ready[] = [];
  for (const p of prepared) {
    if ('error' in p) {
      report.failures.push(`runtime ${p.runtime.id} is not available: ${p.error.message}`);
      continue;
    }
    const mine = runnable.filter((j) => j.runtime === p.runtime.language && p.runtime.accepts(j) && !j.versions.skip.includes(p.prepared.version));
    ready.push({ ...p, jobs: mine });
  }
  if (report.failures.length > 0) return report;

  // One pool of slots for every runtime's sandboxes, so the matrix keeps each core busy and no more.
  const slot = limiter(jobs);
  const results = new Map<Ready, RunResult[]>();
  await Promise.all(
    ready.map(async (r) => {
      const started = performance.now();
      results.set(r, await r.prepared.runBatch(r.jobs.map((j) => j.code), { timeoutMs, maxOutputBytes, slot }));
      report.timings.push({ runtime: r.prepared.label, snippets: r.jobs.length, ms: performance.now() - started });
    }),
  );
  // A reproduction that ran slow, or any snippet that ran out of time, while sharing the cores with the whole
  // matrix gets one more run alone before it counts: contention is not the snippet's doing.
  for (const r of ready.filter((x) => x.runtime.primary)) {
    const res = results.get(r)!;
    for (const [i, job] of r.jobs.entries()) {
      const slow = job.part === 'reproduce' && res[i]!.durationMs > slowMs && outcomeMatches(job.expect, res[i]!.outcome);
      if (slow || res[i]!.outcome.kind === 'timeout') {
        const [again] = await r.prepared.runBatch([job.code], { timeoutMs, maxOutputBytes });
        if (again) res[i] = again;
      }
    }
  }

  const where = (job: Job, label: string) => `${job.entry.file}${job.line ? `:${job.line}` : ''} (${job.part}, snippet ${job.index + 1}, ${label})`;
  const fresh = new Map<string, SnippetSnapshot[]>();
  for (const job of runnable) {
    const expect = formatExpect(job.expect);
    const captures: (VersionCapture & { primary: boolean; asDeclared: boolean })[] = [];
    let failed = false;
    for (const r of ready) {
      const i = r.jobs.indexOf(job);
      if (i === -1) continue;
      const result = results.get(r)![i]!;
      const label = r.prepared.label;
      const output = normaliseOutput(result.output, result.workdir, r.prepared.stdlib);
      const matches = outcomeMatches(job.expect, result.outcome);
      const { since, until } = job.versions;
      // Outside the versions its fence declares (a feature not there yet, or gone), a snippet must fail.
      const outside = (since !== undefined && compareVersions(r.prepared.version, since) < 0) || (until !== undefined && compareVersions(r.prepared.version, until) > 0);
      const range = [since && `since=${since}`, until && `until=${until}`].filter(Boolean).join(' ');
      const name = `${languageNames[r.runtime.language]} ${r.prepared.version}`;
      if (outside && matches) {
        report.failures.push(`${where(job, label)}\n  declared: ${expect} ${range}\n  happened: it runs as declared on ${name} too; widen ${range} or remove it`);
        failed = true;
        continue;
      }
      if (outside) {
        // Outside its range, failing is what the fence promises; a hang or a flood is not.
        if (result.outcome.kind === 'timeout' || result.outcome.kind === 'flood' || result.outcome.kind === 'sandbox') {
          report.failures.push(`${where(job, label)}\n  declared: ${expect} ${range}\n  happened: ${describeOutcome(result.outcome, timeoutMs, maxOutputBytes)}; outside ${range} it must fail, or say skip=${r.prepared.version}`);
          failed = true;
          continue;
        }
        captures.push({ version: r.prepared.version, runtime: label, output, fails: describeOutcome(result.outcome, timeoutMs, maxOutputBytes), primary: r.runtime.primary, asDeclared: false });
        continue;
      }
      const slow = r.runtime.primary && job.part === 'reproduce' && result.durationMs > slowMs;
      if (!matches || slow) {
        const happened = !matches ? describeOutcome(result.outcome, timeoutMs, maxOutputBytes) : `took ${Math.round(result.durationMs)} ms; a reproduction must finish within ${slowMs / 1000} s`;
        // Only a version that runs the snippet and gets another result can be told apart by a declaration.
        const versional = !matches && !r.runtime.primary && (result.outcome.kind === 'raised' || result.outcome.kind === 'ok');
        const hint = versional ? `\n  (if only some ${languageNames[r.runtime.language]} versions run it, say so in its fence: since=<version> when it needs a newer one, until=<version> when newer ones removed what it uses)` : '';
        report.failures.push(`${where(job, label)}\n  declared: ${expect}\n  happened: ${happened}${hint}\n  output:\n${indent(output || '(nothing)')}`);
        failed = true;
        continue;
      }
      captures.push({ version: r.prepared.version, runtime: label, output, primary: r.runtime.primary, asDeclared: true });
    }
    if (failed || captures.length === 0) continue;
    // The page shows the primary runtime first, or, for a snippet that needs a newer version, the oldest that runs it.
    const main = captures.find((c) => c.primary && c.asDeclared) ?? captures.find((c) => c.asDeclared);
    if (!main) {
      // No runtime that ran is inside its since= / until=: fine when only some ran, a mistake when all did.
      if (!partial) report.failures.push(`${where(job, 'every runtime')}\n  declared: ${expect}${job.versions.since ? ` since=${job.versions.since}` : ''}${job.versions.until ? ` until=${job.versions.until}` : ''}\n  happened: no runtime here is in that range; widen it`);
      else report.passed++;
      continue;
    }
    const others = captures.filter((c) => c !== main).sort((a, b) => compareVersions(a.version, b.version));
    const snap: SnippetSnapshot = {
      key: snippetKey(job.runtime, expect, job.code),
      part: job.part,
      expect,
      runtime: main.runtime,
      version: main.version,
      output: main.output,
      ...(others.length ? { versions: others.map(({ version, runtime, output, fails }) => ({ version, runtime, output, ...(fails ? { fails } : {}) })) } : {}),
    };
    fresh.set(job.entry.id, [...(fresh.get(job.entry.id) ?? []), snap]);
    report.passed++;
  }
  for (const entry of entries) {
    const snippets = fresh.get(entry.id) ?? [];
    report.failures.push(...templateFailures(entry, snippets));
    const stored = await readSnapshots(root, entry.id);
    // An entry with a failing snippet keeps its old snapshots: --update records only what runs as declared.
    if (update && report.failures.some((f) => f.startsWith(`${entry.file}:`) || f.startsWith(`${entry.file} `))) continue;
    if (update) {
      const next: EntrySnapshots = { entry: entry.id, snippets };
      if (JSON.stringify(stored) === JSON.stringify(next)) continue;
      if (snippets.length === 0) await removeSnapshots(root, entry.id);
      else await writeSnapshots(root, next);
      report.written.push(entry.id);
      continue;
    }
    for (const snap of snippets) {
      const problem = staleness(stored?.snippets.find((s) => s.key === snap.key), snap, partial);
      if (problem) report.failures.push(`${entry.file} (${snap.part}): the snippet declared ${snap.expect} ${problem}.\n  Run \`npm run snippets -- --update\` and review the diff of ${`content/snapshots/${entry.id}.json`}.`);
    }
    const extra = (stored?.snippets ?? []).filter((s) => !snippets.some((n) => n.key === s.key));
    if (extra.length > 0 && !partial && !report.failures.some((f) => f.startsWith(entry.file))) {
      report.failures.push(`${entry.file}: content/snapshots/${entry.id}.json holds output of ${extra.length} snippet(s) no longer on the page. Run \`npm run snippets -- --update\`.`);
    }
  }
  return report;
}

/** Snapshot files whose entry no longer exists; --update removes them. */
export async function orphanSnapshots(root: string, entries: readonly CheckedEntry[]): Promise<string[]> {
  const ids = new Set(entries.map((e) => e.id));
  return (await listSnapshotIds(root)).filter((id) => !ids.has(id));
}
