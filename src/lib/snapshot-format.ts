/** One snippet's captured run, as stored in content/snapshots/<language>/<Name>.json. */
export interface SnippetSnapshot {
  /** snippetKey() of the code that produced this output. */
  key: string;
  /** Which part of the entry the snippet sits in, like `reproduce`. */
  part: string;
  /** The declaration, as in data-snippet-expect. */
  expect: string;
  /** Interpreter, version and platform of the primary capture, like `CPython 3.11.7 · Linux x86_64`. */
  runtime: string;
  /** Its version as the page names it: `3.11`, `24`. */
  version?: string;
  /** What the interpreter printed (stdout then stderr), with temp paths, ports and addresses normalised. */
  output: string;
  /** The same snippet on the other versions of its language, oldest first; absent when it ran on one only. */
  versions?: VersionCapture[];
}

/** A snippet's run on one more runtime version. */
export interface VersionCapture {
  /** The version as the page names it: `3.13`, `20`. */
  version: string;
  /** Interpreter, version and platform, like `CPython 3.13.2 (Pyodide 0.28.3) · Emscripten wasm32`. */
  runtime: string;
  /** What it printed, normalised as the primary output is. */
  output: string;
  /** For a version older than the fence's `since=`: how it failed instead, like `raised ImportError`. */
  fails?: string;
}

/** All snapshots of one entry, in the order the snippets appear. */
export interface EntrySnapshots {
  entry: string;
  snippets: SnippetSnapshot[];
}

/**
 * Output as compared between versions: Node.js's internal stack frames, the line numbers inside its built-in
 * modules (`node:fs:750`) and its closing `Node.js v24.21.0` line differ in every release and say nothing
 * about the error, so a version is shown only when the rest differs.
 */
export function comparableOutput(output: string): string {
  return output
    .split('\n')
    .filter((line) => !/^\s+at .*\(?node:internal\//.test(line) && !/^Node\.js v\d+\.\d+\.\d+$/.test(line))
    .map((line) => line.replace(/\bnode:([a-z_/]+):\d+(?::\d+)?/g, 'node:$1'))
    .join('\n')
    .trim();
}

/** Versions whose output a reader would not recognise from the primary capture, grouped when they agree. */
export function differingVersions(snapshot: SnippetSnapshot): { versions: VersionCapture[]; output: string; fails?: string }[] {
  const primary = comparableOutput(snapshot.output);
  const groups: { versions: VersionCapture[]; output: string; fails?: string }[] = [];
  for (const v of snapshot.versions ?? []) {
    const text = comparableOutput(v.output);
    if (text === primary && !v.fails) continue;
    const same = groups.find((g) => comparableOutput(g.output) === text && g.fails === v.fails);
    if (same) same.versions.push(v);
    else groups.push({ versions: [v], output: v.output, ...(v.fails ? { fails: v.fails } : {}) });
  }
  return groups;
}

/** Compares dotted version numbers: `3.9` before `3.10`. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The versions on which a snippet runs as declared, oldest first: what a version that fails it is told to use. */
export function workingVersions(snapshot: SnippetSnapshot): string[] {
  const working = [snapshot.version, ...(snapshot.versions ?? []).filter((v) => !v.fails).map((v) => v.version)].filter((v): v is string => v !== undefined);
  return working.sort(compareVersions);
}

/** The oldest version on which a snippet runs as declared. */
export function oldestWorkingVersion(snapshot: SnippetSnapshot): string | undefined {
  return workingVersions(snapshot)[0];
}

/** For versions that fail a snippet (outside its since= / until=), what the reader needs: "3.12 or newer". */
export function neededVersion(snapshot: SnippetSnapshot, failing: string): string | undefined {
  const working = workingVersions(snapshot);
  if (working.length === 0) return undefined;
  const newest = working.at(-1)!;
  return compareVersions(failing, newest) > 0 ? `${newest} or older` : `${working[0]} or newer`;
}
