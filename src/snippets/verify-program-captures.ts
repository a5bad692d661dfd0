import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { capturesPath, hubLanguageInfo, loadErrnoLanguages, type LanguageProgram } from '../errno/load-errno-languages.ts';
import { errnoDir } from '../errno/load-errno-table.ts';
import type { ProgramCapturesFile, ProgramLanguageId } from '../schema/errno-languages.ts';
import { normaliseOutput } from './normalise-output.ts';
import type { Outcome, RunResult } from './run-snippet.ts';
import { programRuntimes } from './runtimes/index.ts';
import type { PreparedProgramRuntime, ProgramRuntime } from './runtimes/program-runtime.ts';
import { limiter } from './runtimes/runtime.ts';

/**
 * The errno hubs' other-language programs, checked like every snippet: each runs in the sandbox on its
 * language's runtime (after its setup), must exit 0 (which it does only when the idiomatic test shown on the
 * page holds), and what it printed must be its committed capture, made with the same runtime. With `update`,
 * the captures are recorded instead (content/errno/captures/<language>.json).
 */
export interface ProgramVerifyOptions {
  update?: boolean;
  /** `errno` for all; or languages, symbols, `<language>/<SYMBOL>`. Unmatched words are ignored. */
  filter?: readonly string[];
  jobs?: number;
  /** A program slower than this (unless its symbol sets timeoutMs) fails, after one more run alone. */
  slowMs?: number;
  runtimes?: readonly ProgramRuntime[];
}

export interface ProgramVerifyReport {
  /** How many programs the filter chose. */
  chosen: number;
  passed: number;
  failures: string[];
  written: string[];
  timings: { runtime: string; snippets: number; ms: number }[];
}

/** Normalises a program's output like a snippet's, plus what other languages print: ports after `->` or `tcp://`, thread numbers, `N milliseconds`. */
export function normaliseProgramOutput(output: string, workdir: string): string {
  return normaliseOutput(output, workdir)
    .replace(/(127\.0\.0\.1|\[::1\]|localhost):\d{2,5}\b/g, '$1:<port>')
    .replace(/"Thread-\d+"/g, '"Thread-<n>"')
    .replace(/\b\d+ milliseconds\b/g, '<time>');
}

/** Whether a program is one of those asked for by `--filter`. */
export function programMatches(filter: readonly string[] | undefined, p: { symbol: string; language: string }): boolean {
  if (!filter) return true;
  return filter.some((f) => f === 'errno' || f === p.language || f === p.symbol || f === `${p.language}/${p.symbol}` || f === `errno/${p.symbol}`);
}

const indent = (text: string) => text.split('\n').map((l) => `    ${l}`).join('\n');

function describe(outcome: Outcome, timeoutMs: number): string {
  if (outcome.kind === 'exited') return outcome.signal ? `was killed by ${outcome.signal}` : `exited with status ${outcome.exitCode}`;
  if (outcome.kind === 'timeout') return `was still running after ${timeoutMs / 1000} s and was killed`;
  if (outcome.kind === 'flood') return 'printed more than the output cap and was killed';
  if (outcome.kind === 'sandbox') return `could not start in its sandbox: ${outcome.message}`;
  return `ended as ${outcome.kind}`;
}

const passedRun = (r: RunResult) => r.outcome.kind === 'exited' && r.outcome.exitCode === 0 && r.outcome.signal === null;

function firstDifference(stored: string, fresh: string): string {
  const a = stored.split('\n');
  const b = fresh.split('\n');
  const i = a.findIndex((line, n) => line !== b[n]);
  const at = i === -1 ? a.length : i;
  return `line ${at + 1}: capture has ${JSON.stringify(a[at] ?? '(end)')}, the run printed ${JSON.stringify(b[at] ?? '(end)')}`;
}

async function readCaptures(root: string, language: ProgramLanguageId): Promise<ProgramCapturesFile | undefined> {
  return readFile(path.join(root, capturesPath(language)), 'utf8').then((t) => JSON.parse(t) as ProgramCapturesFile, () => undefined);
}

export async function verifyProgramCaptures(root: string, options: ProgramVerifyOptions = {}): Promise<ProgramVerifyReport> {
  const { update = false, jobs = availableParallelism(), slowMs = 2000 } = options;
  const linux = JSON.parse(readFileSync(path.join(root, errnoDir, 'linux.json'), 'utf8')) as { symbols: { symbol: string }[] };
  const { data, problems } = loadErrnoLanguages(root, { errnoSymbols: new Set(linux.symbols.map((s) => s.symbol)), withoutCaptures: true });
  const report: ProgramVerifyReport = { chosen: 0, passed: 0, failures: problems.map((p) => `${p.file} (${p.field}): ${p.message}`), written: [], timings: [] };
  if (!data) return report;
  const chosen = data.programs.filter((p) => programMatches(options.filter, p));
  report.chosen = chosen.length;
  if (chosen.length === 0) return report;

  const languages = [...new Set(chosen.map((p) => p.language))];
  const runtimes = (options.runtimes ?? programRuntimes()).filter((r) => languages.includes(r.language));
  for (const l of languages) if (!runtimes.some((r) => r.language === l)) report.failures.push(`no runtime for ${hubLanguageInfo[l].name} programs`);
  const prepared = await Promise.all(runtimes.map((r) => r.prepare().then((p) => ({ runtime: r, prepared: p }), (error: Error) => ({ runtime: r, error }))));
  const ready: { runtime: ProgramRuntime; prepared: PreparedProgramRuntime; programs: LanguageProgram[] }[] = [];
  for (const p of prepared) {
    if ('error' in p) report.failures.push(`runtime ${p.runtime.id} is not available: ${p.error.message}`);
    else ready.push({ ...p, programs: chosen.filter((c) => c.language === p.runtime.language) });
  }

  // One pool of slots for every language, as for the snippets: the cores stay busy and no more. Programs
  // that wait on purpose (a connection timing out, `timeoutMs`) sleep rather than work: they get slots of
  // their own, so the cores are not left idle for them.
  const slot = limiter(jobs);
  const waitingSlot = limiter(8);
  const timeoutFor = (p: LanguageProgram) => p.timeoutMs ?? 5000;
  const results = new Map<LanguageProgram, RunResult>();
  await Promise.all(
    ready.map(async (r) => {
      const started = performance.now();
      try {
        const runs = await r.prepared.runPrograms(
          r.programs.map((p) => ({ name: p.symbol, source: p.source, ...(p.setup ? { setup: p.setup } : {}), timeoutMs: timeoutFor(p), waits: p.timeoutMs !== undefined })),
          { slot, waitingSlot },
        );
        runs.forEach((run, i) => results.set(r.programs[i]!, run));
      } catch (error) {
        report.failures.push(`${hubLanguageInfo[r.runtime.language].name} programs could not run: ${error instanceof Error ? error.message : String(error)}`);
      }
      report.timings.push({ runtime: r.prepared.label, snippets: r.programs.length, ms: performance.now() - started });
    }),
  );
  // A program that ran slow while sharing the cores gets one more run alone before it counts as slow.
  for (const r of ready) {
    for (const p of r.programs) {
      const run = results.get(p);
      if (run && passedRun(run) && run.durationMs > (p.timeoutMs ?? slowMs)) {
        const [again] = await r.prepared.runPrograms([{ name: p.symbol, source: p.source, ...(p.setup ? { setup: p.setup } : {}), timeoutMs: timeoutFor(p) }], {});
        results.set(p, again!);
      }
    }
  }

  for (const r of ready) {
    const language = r.runtime.language;
    const stored = await readCaptures(root, language);
    const fresh: ProgramCapturesFile['captures'] = {};
    for (const p of r.programs) {
      const run = results.get(p);
      if (!run) continue;
      const where = `${p.file} (${p.symbol}, ${r.prepared.label})`;
      const output = normaliseProgramOutput(run.output, run.workdir);
      if (!passedRun(run)) {
        report.failures.push(`${where}\n  expected: exit status 0 (the program exits 0 only when the test it shows holds)\n  happened: ${describe(run.outcome, timeoutFor(p))}\n  output:\n${indent(output || '(nothing)')}`);
        continue;
      }
      const budget = p.timeoutMs ?? slowMs;
      if (run.durationMs > budget) {
        report.failures.push(`${where}\n  took ${Math.round(run.durationMs)} ms; a program must finish within ${budget / 1000} s`);
        continue;
      }
      if (!output.trim()) {
        report.failures.push(`${where}\n  printed nothing: a program shows the error as its language prints it`);
        continue;
      }
      fresh[p.symbol] = { key: p.key, output };
      report.passed++;
      if (update) continue;
      const old = stored?.captures[p.symbol];
      const problem = !old
        ? 'has no capture'
        : old.key !== p.key
          ? 'changed (or its setup did) since it was captured'
          : stored!.runtime !== r.prepared.label
            ? `was captured with ${stored!.runtime}, but runs on ${r.prepared.label} here`
            : old.output !== output
              ? `prints something else than its capture (${firstDifference(old.output, output)})`
              : undefined;
      if (problem) report.failures.push(`${where} ${problem}.\n  Run \`npm run snippets -- --update --filter ${language}/${p.symbol}\` and review the diff of ${capturesPath(language)}.`);
    }
    if (!update) continue;
    // A failing program keeps its old capture; captures of programs the table no longer names are dropped.
    const names = new Set(data.programs.filter((p) => p.language === language).map((p) => p.symbol));
    const merged: ProgramCapturesFile['captures'] = {};
    for (const symbol of [...names].sort()) {
      const capture = fresh[symbol] ?? stored?.captures[symbol];
      if (capture) merged[symbol] = capture;
    }
    const next: ProgramCapturesFile = { language, runtime: r.prepared.label, captures: merged };
    if (JSON.stringify(next) === JSON.stringify(stored)) continue;
    // One runtime per file: when the runtime changed, only a complete run may record it.
    const complete = [...names].every((s) => fresh[s]);
    if (stored && stored.runtime !== r.prepared.label && !complete) {
      report.failures.push(`${capturesPath(language)} was captured with ${stored.runtime}; ${r.prepared.label} is here now: run \`npm run snippets -- --update --filter ${language}\` to capture every ${hubLanguageInfo[language].name} program again`);
      continue;
    }
    await mkdir(path.join(root, path.dirname(capturesPath(language))), { recursive: true });
    await writeFile(path.join(root, capturesPath(language)), `${JSON.stringify(next, null, 2)}\n`);
    report.written.push(capturesPath(language));
  }
  return report;
}

/** How many programs `--filter` chooses (all of them without one), without running any. */
export function chosenPrograms(root: string, filter: readonly string[] | undefined): number {
  const linux = JSON.parse(readFileSync(path.join(root, errnoDir, 'linux.json'), 'utf8')) as { symbols: { symbol: string }[] };
  const { data } = loadErrnoLanguages(root, { errnoSymbols: new Set(linux.symbols.map((s) => s.symbol)), withoutCaptures: true });
  return data ? data.programs.filter((p) => programMatches(filter, p)).length : 0;
}
