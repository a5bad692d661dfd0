import { availableParallelism } from 'node:os';
import { formatExpect, snippetRuntimes, type Expectation, type SnippetRuntime } from '../lib/snippet-meta.ts';
import { snippetKey } from '../lib/snippet-key.ts';
import type { EntrySnapshots, SnippetSnapshot } from '../lib/snapshot-format.ts';
import type { CheckedEntry } from '../validation/check-catalogue.ts';
import { describeOutcome, outcomeMatches } from './check-outcome.ts';
import { normaliseOutput } from './normalise-output.ts';
import { runSnippet } from './run-snippet.ts';
import { pythonStdlib, runtimeLabel } from './runtime-label.ts';
import { listSnapshotIds, readSnapshots, removeSnapshots, writeSnapshots } from './snapshot-files.ts';

export interface VerifyOptions {
  /** Record fresh snapshots instead of comparing with the committed ones. */
  update?: boolean;
  /** Snippets run at once; defaults to the number of cores. */
  jobs?: number;
  timeoutMs?: number;
  maxOutputBytes?: number;
  /** A reproduction slower than this is reported as a failure. */
  slowMs?: number;
}

export interface VerifyReport {
  passed: number;
  notRun: number;
  /** One readable block per failure, naming entry file, line, part, declaration and what happened. */
  failures: string[];
  /** Snapshot files written or removed by --update. */
  written: string[];
}

interface Job {
  entry: CheckedEntry;
  index: number;
  runtime: SnippetRuntime;
  expect: Expectation;
  code: string;
  part: string;
  line: number | undefined;
}

/** Runs `work` over `items` with at most `limit` in flight, keeping results in input order. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
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

/**
 * Runs every snippet of the given entries on its real interpreter, checks it does what it declares, and
 * compares (or, with `update`, records) the captured output in the committed snapshots.
 */
export async function verifySnippets(root: string, entries: readonly CheckedEntry[], options: VerifyOptions = {}): Promise<VerifyReport> {
  const { update = false, jobs = availableParallelism(), timeoutMs = 5000, maxOutputBytes = 64 * 1024, slowMs = 2000 } = options;
  const labels = new Map<SnippetRuntime, string>();
  const label = (r: SnippetRuntime) => labels.get(r) ?? labels.set(r, runtimeLabel(r)).get(r)!;
  const all: Job[] = entries.flatMap((entry) =>
    entry.snippets.map((s, index) => ({ entry, index, runtime: snippetRuntimes[s.lang as keyof typeof snippetRuntimes], expect: s.expect, code: s.code, part: s.part, line: s.line })),
  );
  const runnable = all.filter((j) => j.expect.kind !== 'norun');
  const stdlib = runnable.some((j) => j.runtime === 'python') ? pythonStdlib() : undefined;
  const results = await pool(runnable, jobs, (job) => runSnippet(job.runtime, job.code, { timeoutMs, maxOutputBytes }));
  // A reproduction that ran slow while sharing the cores gets one more run alone before it counts as slow.
  for (const [i, job] of runnable.entries()) {
    if (job.part === 'reproduce' && results[i]!.durationMs > slowMs && outcomeMatches(job.expect, results[i]!.outcome)) {
      results[i] = await runSnippet(job.runtime, job.code, { timeoutMs, maxOutputBytes });
    }
  }
  const report: VerifyReport = { passed: 0, notRun: all.length - runnable.length, failures: [], written: [] };
  const fresh = new Map<string, SnippetSnapshot[]>();
  runnable.forEach((job, i) => {
    const result = results[i]!;
    const expect = formatExpect(job.expect);
    const output = normaliseOutput(result.output, result.workdir, job.runtime === 'python' ? stdlib : undefined);
    const where = `${job.entry.file}${job.line ? `:${job.line}` : ''} (${job.part}, snippet ${job.index + 1}, ${job.runtime})`;
    const failed = !outcomeMatches(job.expect, result.outcome);
    const slow = job.part === 'reproduce' && result.durationMs > slowMs;
    if (failed || slow) {
      const happened = failed ? describeOutcome(result.outcome, timeoutMs, maxOutputBytes) : `took ${Math.round(result.durationMs)} ms; a reproduction must finish within ${slowMs / 1000} s`;
      report.failures.push(`${where}\n  declared: ${expect}\n  happened: ${happened}\n  output:\n${indent(output || '(nothing)')}`);
      return;
    }
    const snap: SnippetSnapshot = { key: snippetKey(job.runtime, expect, job.code), part: job.part, expect, runtime: label(job.runtime), output };
    fresh.set(job.entry.id, [...(fresh.get(job.entry.id) ?? []), snap]);
    report.passed++;
  });
  for (const entry of entries) {
    const snippets = fresh.get(entry.id) ?? [];
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
      const old = stored?.snippets.find((s) => s.key === snap.key);
      const problem = !old
        ? 'has no snapshot of its output'
        : old.runtime !== snap.runtime
          ? `was captured with ${old.runtime}, but runs on ${snap.runtime} here`
          : old.output !== snap.output
            ? `prints something else than its snapshot (${firstDifference(old.output, snap.output)})`
            : undefined;
      if (problem) report.failures.push(`${entry.file} (${snap.part}): the snippet declared ${snap.expect} ${problem}.\n  Run \`npm run snippets -- --update\` and review the diff of ${`content/snapshots/${entry.id}.json`}.`);
    }
    const extra = (stored?.snippets ?? []).filter((s) => !snippets.some((n) => n.key === s.key));
    if (extra.length > 0 && !report.failures.some((f) => f.startsWith(entry.file))) {
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
