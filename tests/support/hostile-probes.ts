// Runs the hostile snippets of tests/fixtures/hostile through the real runner, all in one batch per runtime
// (so one being stopped must not stop the others), and prints what each did as JSON. Run directly by
// tests/snippets/sandbox.test.ts, as the current user and, under root, as `nobody`:
//   node tests/support/hostile-probes.ts '{"__MARKER__": "...", ...}'
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Outcome } from '../../src/snippets/run-snippet.ts';
import { prepareOnce, primaryRuntimes } from '../../src/snippets/runtimes/index.ts';
import { limiter } from '../../src/snippets/runtimes/runtime.ts';

export const hostileDir = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

export interface ProbeResult {
  probe: string;
  runtime: string;
  outcome: Outcome;
  output: string;
  ms: number;
}

/** Runs every probe with the placeholders filled in; the run as a whole must finish. */
export async function runHostileProbes(fill: Record<string, string>, timeoutMs = 5000): Promise<ProbeResult[]> {
  const files = readdirSync(hostileDir).filter((f) => /\.(py|mjs)$/.test(f)).sort();
  const slot = limiter(2);
  const results: ProbeResult[] = [];
  await Promise.all(
    primaryRuntimes().map(async (runtime) => {
      const mine = files.filter((f) => f.endsWith(runtime.language === 'python' ? '.py' : '.mjs'));
      const prepared = await prepareOnce(runtime);
      const codes = mine.map((f) => Object.entries(fill).reduce((code, [k, v]) => code.replaceAll(k, v), readFileSync(path.join(hostileDir, f), 'utf8')));
      const runs = await prepared.runBatch(codes, { timeoutMs, maxOutputBytes: 16 * 1024, slot });
      runs.forEach((r, i) => results.push({ probe: mine[i]!, runtime: prepared.label, outcome: r.outcome, output: r.output, ms: Math.round(r.durationMs) }));
    }),
  );
  return results.sort((a, b) => a.probe.localeCompare(b.probe));
}

if (import.meta.main) {
  const fill = JSON.parse(process.argv[2] ?? '{}') as Record<string, string>;
  console.log(JSON.stringify(await runHostileProbes(fill)));
}
