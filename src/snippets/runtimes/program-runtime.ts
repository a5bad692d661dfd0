import { createHash } from 'node:crypto';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { runInSandbox, type RunOptions, type RunResult, type SnippetLaunch } from '../run-snippet.ts';
import { checkSandbox, startSandbox, type SandboxLimits } from '../sandbox.ts';
import { ensurePrograms, type DebianProgram } from './apt.ts';
import { platformLabel } from './cpython.ts';
import { runtimeCacheDir } from './package-cache.ts';
import { limiter, pool, type PreparedRuntime } from './runtime.ts';

/**
 * The runtimes of the errno hubs' "in other languages" sections: Go, Java, Rust, Ruby, PHP and the tools
 * curl, git, ssh and psql, all from Debian. They follow the snippet runtimes' interface (runtime.ts: locate
 * or install, run a batch in the sandbox, label the capture) and add one thing a reproduction of an errno
 * needs: a few lines of setup run in the same sandbox first (a route marked unreachable, a lower limit).
 *
 * Compiled languages build every program they have not built before in one sandbox per batch (the compiler
 * runs inside it too, and hands the build out as a tar stream), cached by a hash of the toolchain's version
 * and the source in .cache/programs/ (gitignored), so an unchanged program is never built twice.
 */
export type ProgramLanguage = 'go' | 'java' | 'rust' | 'ruby' | 'php' | 'curl' | 'git' | 'ssh' | 'psql';

export interface Program {
  /** A name for the program (the errno symbol it reproduces): its binary, folder and messages use it. */
  name: string;
  source: string;
  /** Shell lines run as the sandbox's user in the same sandbox just before the program. */
  setup?: string;
  /** Kill it after this long (default: the batch's timeout). */
  timeoutMs?: number;
  /** It spends its time waiting (for a connection to time out), not working: it runs in `waitingSlot`. */
  waits?: boolean;
}

export interface ProgramRunOptions extends RunOptions {
  /** The slots of programs that wait rather than work, so they do not hold a core idle. */
  waitingSlot?: <T>(work: () => Promise<T>) => Promise<T>;
}

export interface PreparedProgramRuntime extends PreparedRuntime {
  /** The full version, `1.19.8`; `version` is the short one pages name (`1.19`). */
  release: string;
  /** Runs each program in a fresh sandbox, after its setup; results in input order. */
  runPrograms(programs: readonly Program[], options: ProgramRunOptions): Promise<RunResult[]>;
}

export interface ProgramRuntime {
  id: string;
  language: ProgramLanguage;
  /** How pages name it: `Go`, `curl`. */
  name: string;
  /** Extension of its program files: `go`, `sh`. */
  extension: string;
  /** One runtime per language: always the one shown. */
  primary: true;
  accepts(): boolean;
  prepare(): Promise<PreparedProgramRuntime>;
}

/** Where a compiled program's build is mounted in its sandbox. */
export const programInside = '/opt/errdex/program';

export interface LanguageSpec {
  id: ProgramLanguage;
  name: string;
  extension: string;
  /** The Debian programs it needs (installed when missing). */
  packages: readonly DebianProgram[];
  /** Reads the version off the installed toolchain, on the host (nothing of a program runs here). */
  version(): { release: string; short: string };
  /** The name a program's source has in its sandbox. */
  fileName(program: Program): string;
  /** What runs a program, as the sandbox sees it; a compiled program's build is at `programInside`. */
  command(program: Program): string[];
  /** Host files the interpreter needs beyond /usr (its /etc configuration), bound read-only at the same path. */
  mounts?: readonly string[];
  env?: Readonly<Record<string, string>>;
  limits?: Partial<SandboxLimits>;
  /**
   * Compiled languages: a bash script run in one sandbox for every program not yet built. The sources are
   * `<name>.<extension>` in its working folder; it writes each program's build into `out/<name>/`.
   */
  build?: { script: string; limits?: Partial<SandboxLimits>; env?: Readonly<Record<string, string>>; timeoutMs?: number };
}

/** Where builds are kept: beside the other runtime caches, never committed. */
export const programCacheDir = path.join(runtimeCacheDir, '..', 'programs');

const namePattern = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The cache key of one program's build: the toolchain's version and the source. */
export function buildKey(spec: LanguageSpec, release: string, source: string): string {
  return createHash('sha256').update(`${spec.id}\0${release}\0${spec.build?.script ?? ''}\0${source}`).digest('hex').slice(0, 24);
}

/** Builds every program that has no cached build, in one sandbox; returns the build folder of each. */
async function buildAll(spec: LanguageSpec, release: string, programs: readonly Program[], slot: <T>(w: () => Promise<T>) => Promise<T>): Promise<string[]> {
  const build = spec.build!;
  const dir = path.join(programCacheDir, spec.id);
  const keys = programs.map((p) => buildKey(spec, release, p.source));
  const folders = keys.map((k) => path.join(dir, k));
  const todo = new Map<string, Program>();
  programs.forEach((p, i) => {
    if (!existsSync(folders[i]!)) todo.set(keys[i]!, p);
  });
  if (todo.size === 0) return folders;
  // Built under their key, so two programs of the same name in a batch cannot collide.
  const named = [...todo].map(([key, p]) => ({ key, name: `P${key}`, source: p.source }));
  await mkdir(dir, { recursive: true });
  const staging = await mkdtemp(path.join(dir, '.build-'));
  try {
    await slot(async () => {
      await checkSandbox();
      const script = [
        'exec 5>&1 >build.log 2>&1',
        // One file in, unpacked here: the sandbox passes each file on a descriptor of its own, and only a few.
        `/usr/bin/python3 -c 'import json\nfor name, text in json.load(open("sources.json")).items(): open(name, "w").write(text)' && rm sources.json`,
        `trap 'status=$?; [ $status -eq 0 ] || { tail -c 20000 build.log >&5; }; exit $status' EXIT`,
        'set -euo pipefail',
        build.script,
        'tar -C out -cf - . >&5',
      ].join('\n');
      const box = startSandbox({
        mounts: (spec.mounts ?? []).map((m) => ({ host: m, inside: m })),
        files: [{ name: 'sources.json', content: JSON.stringify(Object.fromEntries(named.map((n) => [`${n.name}.${spec.extension}`, n.source]))) }],
        command: ['/bin/bash', '-c', script, 'build'],
        env: { ...spec.env, ...build.env },
        limits: { processes: 256, addressSpaceBytes: 16 * 2 ** 30, dataBytes: 8 * 2 ** 30, cpuSeconds: 600, fileSizeBytes: 256 * 2 ** 20, workdirBytes: 1024 * 2 ** 20, ...build.limits },
      });
      box.input.end();
      const tar = execFile('tar', ['-x', '--no-same-owner', '--no-same-permissions', '-C', staging]);
      const tarDone = new Promise<{ code: number | null; stderr: string }>((resolve) => {
        let stderr = '';
        tar.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
        tar.on('close', (code) => resolve({ code, stderr }));
      });
      // Kept too when the build fails: then it is the compiler's log, not a tar stream.
      const chunks: Buffer[] = [];
      let bytes = 0;
      box.output.on('data', (c: Buffer) => {
        if (bytes < 64 * 1024) chunks.push(c);
        bytes += c.length;
      });
      box.output.pipe(tar.stdin!);
      const timer = setTimeout(box.kill, build.timeoutMs ?? 300_000);
      const ended = await box.ended;
      clearTimeout(timer);
      box.kill();
      const untar = await tarDone;
      if (ended.setupError) throw new Error(`the ${spec.name} build sandbox did not start: ${ended.setupError}`);
      if (ended.exitCode !== 0) {
        throw new Error(`${spec.name} build failed (exit code ${ended.exitCode}):\n${Buffer.concat(chunks).toString('utf8').slice(0, 20000)}`);
      }
      if (untar.code !== 0) throw new Error(`the ${spec.name} build's output could not be unpacked: ${untar.stderr}`);
    });
    for (const n of named) {
      const built = path.join(staging, n.name);
      if (!existsSync(built) || (await readdir(built)).length === 0) throw new Error(`${spec.name} build wrote nothing for ${todo.get(n.key)!.name}`);
      await rm(path.join(dir, n.key), { recursive: true, force: true });
      await rename(built, path.join(dir, n.key));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return folders;
}

/** The sandbox launch of one program: setup first, then the program, in the same sandbox. */
export function programLaunch(spec: LanguageSpec, program: Program, buildDir?: string): SnippetLaunch {
  const setup = program.setup?.trim();
  return {
    fileName: spec.fileName(program),
    command: ['/bin/bash', '-c', `${setup ? `${setup}\n` : ''}exec "$@"`, 'setup', ...spec.command(program)],
    mounts: [...(spec.mounts ?? []).map((m) => ({ host: m, inside: m })), ...(buildDir ? [{ host: buildDir, inside: programInside }] : [])],
    ...(spec.env ? { env: spec.env } : {}),
    ...(spec.limits ? { limits: spec.limits } : {}),
  };
}

/** A runtime for one language or tool, from its spec. */
export function programRuntime(spec: LanguageSpec): ProgramRuntime {
  return {
    id: spec.id,
    language: spec.id,
    name: spec.name,
    extension: spec.extension,
    primary: true,
    accepts: () => true,
    async prepare(): Promise<PreparedProgramRuntime> {
      await ensurePrograms(spec.packages);
      const { release, short } = spec.version();
      const runPrograms = async (programs: readonly Program[], options: ProgramRunOptions): Promise<RunResult[]> => {
        for (const p of programs) if (!namePattern.test(p.name)) throw new Error(`program name ${JSON.stringify(p.name)} is not a plain identifier`);
        const slot = options.slot ?? limiter(availableParallelism());
        const builds = spec.build ? await buildAll(spec, release, programs, slot) : undefined;
        const { waitingSlot, ...runOptions } = options;
        return pool(programs, programs.length, (p, i) =>
          (p.waits && waitingSlot ? waitingSlot : slot)(() => runInSandbox(programLaunch(spec, p, builds?.[i]), p.source, { ...runOptions, ...(p.timeoutMs ? { timeoutMs: p.timeoutMs } : {}) })),
        );
      };
      return {
        label: `${spec.name} ${release} · ${platformLabel}`,
        version: short,
        release,
        stdlib: [],
        runPrograms,
        // The snippet interface: each code is a program on its own, with no setup.
        runBatch: (codes, options) => runPrograms(codes.map((source, i) => ({ name: `snippet${i}`, source })), options),
      };
    },
  };
}

/** Runs a toolchain on the host for its version string (never a program: those run in the sandbox). */
export function hostOutput(cmd: string, args: readonly string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', HOME: '/nonexistent' } });
  if (r.error) throw r.error;
  return `${r.stdout}${r.stderr}`;
}

/** The first match of `pattern`'s group 1 in a command's output, or an error naming what was expected. */
export function versionFrom(cmd: string, args: readonly string[], pattern: RegExp): string {
  const out = hostOutput(cmd, args);
  const m = pattern.exec(out);
  if (!m?.[1]) throw new Error(`${cmd} ${args.join(' ')} printed no version matching ${pattern}: ${out.slice(0, 200)}`);
  return m[1];
}
