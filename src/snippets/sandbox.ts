import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/**
 * The bubblewrap sandbox every snippet runs in. Inside: its own user, network (loopback only), pid, IPC and
 * UTS namespaces; the system read-only; one private, size-limited writable folder as working directory and
 * home; a cleared environment; resource limits. Nothing of the repository, the runner's home, /root or the
 * host's /tmp is mounted, only the interpreter and harness folders a runtime names.
 *
 * The snippet runs as `nobody` (uid 65534) inside a user namespace that the runner creates, so it is an
 * ordinary user to the file system (EACCES from permission bits, even when the tests run as root) but holds
 * CAP_NET_ADMIN and CAP_NET_RAW over its own network namespace (routes, `ss -K`) and may make itself root in a
 * nested user namespace (`unshare --net --map-root-user`). It is never root on the host: when the runner is
 * root, the sandbox is started as the unprivileged host user 65534 too, because the kernel does not apply
 * RLIMIT_NPROC to host root and a fork bomb would otherwise exhaust the machine's process table.
 */

export const bwrapPath = process.env.BWRAP ?? '/usr/bin/bwrap';

/** The snippet's private writable folder inside the sandbox: its working directory, HOME and TMPDIR. */
export const sandboxWorkdir = '/tmp/snippet';

/** The user (and group) a snippet runs as inside, and the host user the sandbox runs as when started by root. */
const sandboxUid = 65534;
const hostUidForRoot = Number(process.env.ERRDEX_SANDBOX_UID ?? 65534);

export interface SandboxLimits {
  /** RLIMIT_NPROC: processes and threads of the sandbox's user, counted per sandbox. */
  processes: number;
  /** RLIMIT_AS of each process, in bytes: reserved address space, not memory (WebAssembly reserves 10 GiB). */
  addressSpaceBytes: number;
  /** RLIMIT_DATA of each process, in bytes: the memory it may actually write to (heap, anonymous mappings). */
  dataBytes: number;
  /** RLIMIT_CPU of each process, in seconds (the wall-clock timeout usually ends a snippet first). */
  cpuSeconds: number;
  /** RLIMIT_FSIZE: the largest file a snippet may write, in bytes. */
  fileSizeBytes: number;
  /** Size of the private writable folder (a tmpfs, so files cannot fill the host's disk). */
  workdirBytes: number;
}

export const defaultLimits: SandboxLimits = {
  // A Node.js process alone runs about a dozen threads, and reproductions start a few children.
  processes: 64,
  addressSpaceBytes: 2 * 2 ** 30,
  dataBytes: 1 * 2 ** 30,
  cpuSeconds: 10,
  // Sparse files may be large (a MemoryError reproduction truncates one to 128 MiB); the tmpfs caps real use.
  fileSizeBytes: 1 * 2 ** 30,
  workdirBytes: 256 * 2 ** 20,
};

export interface SandboxSpec {
  /** Host files or folders a runtime needs (an interpreter, the harness), bound read-only at `inside`. */
  mounts: readonly { host: string; inside: string }[];
  /** Files written into the working folder before the command starts, like `snippet.py`. */
  files: readonly { name: string; content: string }[];
  /** The command, with paths as the sandbox sees them. */
  command: readonly string[];
  /** Folders put before the system's on PATH (inside paths), so `python3` or `node` is the runtime's own. */
  path?: readonly string[];
  /** Variables beyond PATH, HOME, TMPDIR and LANG. */
  env?: Readonly<Record<string, string>>;
  limits?: Partial<SandboxLimits>;
}

export interface SandboxProcess {
  child: ChildProcess;
  /** The command's stdout and stderr, interleaved in one pipe as a terminal shows them. */
  output: Readable;
  /** Descriptor 3 inside: the harness reports how the run ended here (JSON lines). */
  sideChannel: Readable;
  /** Standard input of the command. */
  input: Writable;
  /** Kills the sandbox and everything in it. */
  kill(): void;
  /** Resolves when the sandbox has ended; a non-empty `setupError` means it never started the command. */
  ended: Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; setupError: string }>;
}

/** Thrown when the sandbox cannot start; the run stops, it never falls back to running unsandboxed. */
export class SandboxUnavailable extends Error {
  override name = 'SandboxUnavailable';
}

const installHint = 'Install bubblewrap with `apt-get install bubblewrap` (Debian and Ubuntu; `npm run snippets` does it when run as root), or set BWRAP to its path.';

/** What is missing for the sandbox, or undefined when every program it needs is installed. */
function missingPrograms(): string | undefined {
  if (!existsSync(bwrapPath)) return `bubblewrap is not installed (${bwrapPath} is missing). ${installHint}`;
  const tools = ['/usr/bin/unshare', '/usr/bin/prlimit', ...(isRoot() ? ['/usr/bin/setpriv'] : [])];
  const gone = tools.filter((t) => !existsSync(t));
  if (gone.length) return `${gone.join(', ')} missing: install util-linux (\`apt-get install util-linux\`).`;
  return undefined;
}

const isRoot = () => process.getuid?.() === 0;

/**
 * Host paths of the system bound read-only into every sandbox. /etc is not bound whole: it holds keys and
 * password hashes that a process mapped to host root could read. Only what programs need to start, resolve
 * `localhost` and name users is.
 */
const etcFiles = [
  'passwd', 'group', 'hosts', 'host.conf', 'nsswitch.conf', 'gai.conf', 'resolv.conf', 'protocols', 'services',
  'networks', 'localtime', 'timezone', 'ld.so.cache', 'ld.so.conf', 'ld.so.conf.d', 'alternatives', 'ssl/certs',
  'ssl/openssl.cnf', 'ca-certificates.conf', 'mime.types', 'iproute2', 'locale.alias', 'os-release',
  'debian_version', 'python3', 'python3.11', 'xdg',
];

function systemArgs(): string[] {
  const args: string[] = ['--ro-bind', '/usr', '/usr'];
  // Merged-/usr systems make /bin, /lib and friends symlinks into /usr; keep that shape inside.
  for (const top of ['/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32']) {
    const st = lstatSync(top, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isSymbolicLink()) args.push('--symlink', readlinkSync(top), top);
    else args.push('--ro-bind', top, top);
  }
  for (const f of etcFiles) args.push('--ro-bind-try', `/etc/${f}`, `/etc/${f}`);
  return args;
}

/** A folder of the runner's own, removed at exit: staging points for root (see `stagedMounts`). */
let supportDir: string | undefined;
function ownSupportDir(): string {
  if (supportDir) return supportDir;
  supportDir = mkdtempSync(path.join(tmpdir(), 'errdex-sandbox-'));
  const dir = supportDir;
  // The sandbox's host user must be able to reach the staging points (mkdtemp makes the folder 0700).
  chmodSync(dir, 0o755);
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Staging points by host path: each sandbox binds onto them in its own mount namespace, so they can be shared. */
const stagePoints = new Map<string, string>();

/**
 * When the runner is root, the sandbox runs as an unprivileged host user who may not be able to reach an
 * interpreter (pyenv's under /root, mode 0700). Each mount is first bound, as root and in a private mount
 * namespace that nobody else sees, onto a staging point that user can reach.
 */
function stagedMounts(mounts: SandboxSpec['mounts']): { script: string; mounts: { host: string; inside: string }[] } {
  const dir = ownSupportDir();
  const lines: string[] = [];
  const staged = mounts.map((m) => {
    let point = stagePoints.get(m.host);
    if (!point) {
      point = path.join(dir, `stage-${stagePoints.size}`);
      if (statSync(m.host).isDirectory()) mkdirSync(point, { mode: 0o755 });
      else writeFileSync(point, '', { mode: 0o644 });
      stagePoints.set(m.host, point);
    }
    lines.push(`mount --bind ${shellQuote(m.host)} ${shellQuote(point)}`);
    return { host: point, inside: m.inside };
  });
  return { script: lines.join(' && '), mounts: staged };
}

const shellQuote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/**
 * Creates the user namespace the sandbox uses, with the host user mapped to `nobody`, then hands it to
 * bwrap. bwrap's own --unshare-user would leave the snippet either root or, with --uid, in a second nested
 * namespace that does not own its network namespace (so no routes or `ss -K`).
 */
// The namespace is held open on the first descriptor after the files' (4...), so any number of files fit.
const userNamespaceScript = (fd: number) => [
  `unshare --user --map-user=${sandboxUid} --map-group=${sandboxUid} -- sleep 30 & holder=$!`,
  // Builtins only while waiting for unshare to map the user and become `sleep`: no process per check.
  'until read -r comm 2>/dev/null </proc/$holder/comm && [ "$comm" = sleep ]; do kill -0 $holder 2>/dev/null || exit 125; done',
  `exec ${fd}</proc/$holder/ns/user; kill $holder`,
  'exec "$@"',
].join('\n');

/**
 * The folders above a runtime's mounts (/root and /root/.pyenv above pyenv's python) exist inside only to
 * hold them: traversable, not listable, even by the snippet, which owns them (mode 0111, on a read-only root).
 */
function ancestorArgs(insides: readonly string[]): string[] {
  const dirs = new Set<string>();
  for (const inside of insides) {
    for (let dir = path.posix.dirname(inside); dir !== '/' && dir !== '.'; dir = path.posix.dirname(dir)) dirs.add(dir);
  }
  const system = ['/usr', '/etc', '/tmp', '/proc', '/dev'];
  return [...dirs]
    .filter((d) => !system.some((s) => d === s || d.startsWith(`${s}/`)))
    .sort((a, b) => a.split('/').length - b.split('/').length)
    .flatMap((d) => ['--perms', '0111', '--dir', d]);
}

/**
 * bash, run inside: closes every descriptor above 3 it inherited (a descriptor table shifted by the runner's
 * would change EMFILE reproductions), drops the SHLVL it exports, and runs the command with stderr on stdout.
 */
const closeInheritedFds = 'for fd in /proc/$$/fd/*; do fd=${fd##*/}; case $fd in 0|1|2|3|"*") ;; *) eval "exec $fd>&-";; esac; done; exec /usr/bin/env -u SHLVL "$@" 2>&1';

/** The full command line: [program, ...args], and the descriptors it expects (3: side channel, 4...: files). */
export function sandboxCommand(spec: SandboxSpec): string[] {
  const limits = { ...defaultLimits, ...spec.limits };
  const root = isRoot();
  const staged = root && spec.mounts.length > 0 ? stagedMounts(spec.mounts) : { script: '', mounts: [...spec.mounts] };
  const pathDirs = [...new Set([...(spec.path ?? []), '/usr/local/bin', '/usr/bin', '/bin', '/usr/local/sbin', '/usr/sbin', '/sbin'])];
  const env: Record<string, string> = { PATH: pathDirs.join(':'), HOME: sandboxWorkdir, TMPDIR: sandboxWorkdir, LANG: 'C.UTF-8', ...spec.env };
  const namespaceFd = 4 + spec.files.length;
  const bwrap = [
    bwrapPath,
    '--userns', String(namespaceFd),
    '--uid', String(sandboxUid), '--gid', String(sandboxUid),
    '--unshare-net', '--unshare-pid', '--unshare-ipc', '--unshare-uts', '--unshare-cgroup-try',
    '--hostname', 'sandbox',
    '--die-with-parent', '--new-session',
    // Only what a network demonstration needs, in its own network namespace: routes, `ss -K`, raw sockets,
    // and CAP_SETFCAP so that `unshare --map-root-user` may map root in a nested namespace.
    '--cap-drop', 'ALL', '--cap-add', 'CAP_NET_ADMIN', '--cap-add', 'CAP_NET_RAW', '--cap-add', 'CAP_SETFCAP',
    ...systemArgs(),
    '--proc', '/proc',
    '--dev', '/dev',
    '--size', String(16 * 2 ** 20), '--tmpfs', '/dev/shm',
    '--remount-ro', '/dev',
    '--dir', '/tmp',
    '--size', String(limits.workdirBytes), '--tmpfs', sandboxWorkdir,
    ...ancestorArgs(staged.mounts.map((m) => m.inside)),
    ...staged.mounts.flatMap((m) => ['--ro-bind', m.host, m.inside]),
    ...spec.files.flatMap((f, i) => ['--perms', '0644', '--file', String(4 + i), path.posix.join(sandboxWorkdir, f.name)]),
    '--remount-ro', '/',
    '--chdir', sandboxWorkdir,
    '--clearenv',
    ...Object.entries(env).flatMap(([k, v]) => ['--setenv', k, v]),
    '--',
    '/usr/bin/prlimit',
    `--nproc=${limits.processes}`,
    `--as=${limits.addressSpaceBytes}`,
    `--data=${limits.dataBytes}`,
    `--cpu=${limits.cpuSeconds}`,
    `--fsize=${limits.fileSizeBytes}`,
    '--core=0',
    '--',
    '/bin/bash', '-c', closeInheritedFds, 'bash',
    ...spec.command,
  ];
  const inNamespace = ['/bin/bash', '-c', userNamespaceScript(namespaceFd), 'userns', ...bwrap];
  if (!root) return inNamespace;
  const drop = ['/usr/bin/setpriv', `--reuid=${hostUidForRoot}`, `--regid=${hostUidForRoot}`, '--clear-groups', '--inh-caps=-all', '--', ...inNamespace];
  if (!staged.script) return drop;
  return ['/usr/bin/unshare', '--mount', '--propagation', 'private', '--', '/bin/sh', '-c', `${staged.script} && exec "$@"`, 'stage', ...drop];
}

/** Starts a command in a fresh sandbox. Call `checkSandbox()` first: this assumes bwrap works here. */
export function startSandbox(spec: SandboxSpec): SandboxProcess {
  const [cmd, ...args] = sandboxCommand(spec);
  const child = spawn(cmd!, args, {
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe', 'pipe', ...spec.files.map(() => 'pipe' as const)],
    // Nothing of the runner's environment reaches even the wrappers; bwrap clears it again inside.
    env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin' },
  });
  // Node's extra stdio "pipes" are socket pairs; the sandbox closing its end early (a snippet that exits
  // without reading stdin, bwrap done copying a file) must not become an unhandled error here.
  for (const s of child.stdio) s?.on('error', () => {});
  spec.files.forEach((f, i) => (child.stdio[4 + i] as Writable).end(f.content));
  const setupErrors: Buffer[] = [];
  child.stderr!.on('data', (c: Buffer) => setupErrors.push(c));
  const kill = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // the group is already gone
    }
  };
  const ended = new Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; setupError: string }>((resolve) => {
    child.on('close', (exitCode, signal) => {
      const text = Buffer.concat(setupErrors).toString('utf8').trim();
      // Only bwrap, unshare, setpriv, prlimit and the namespace script write to this pipe: inside, the
      // command's stderr goes to stdout. So any text here means the sandbox itself failed.
      resolve({ exitCode, signal, setupError: text });
    });
  });
  return { child, output: child.stdout!, sideChannel: child.stdio[3] as Readable, input: child.stdin!, kill, ended };
}

let checked: Promise<void> | undefined;

/**
 * Proves once per process that a sandbox starts here and is what it claims (loopback only, no repository),
 * or throws SandboxUnavailable saying what is missing and how to install it.
 */
export function checkSandbox(): Promise<void> {
  checked ??= (async () => {
    const missing = missingPrograms();
    if (missing) throw new SandboxUnavailable(missing);
    // One read-only mount too, so that under root the staging path (a private mount namespace) is proven.
    const here = path.dirname(fileURLToPath(import.meta.url));
    const probe = startSandbox({
      mounts: [{ host: here, inside: '/opt/errdex/probe' }],
      files: [],
      command: ['/bin/sh', '-c', 'cat /proc/net/dev | tail -n +3 | cut -d: -f1 | tr -d " "; id -u; test -f /opt/errdex/probe/sandbox.ts && echo mounted'],
    });
    probe.input.end();
    const chunks: Buffer[] = [];
    probe.output.on('data', (c: Buffer) => chunks.push(c));
    const timer = setTimeout(probe.kill, 20_000);
    const { exitCode, setupError } = await probe.ended;
    clearTimeout(timer);
    const out = Buffer.concat(chunks).toString('utf8').trim();
    if (exitCode !== 0 || out !== `lo\n${sandboxUid}\nmounted`) {
      const why = setupError || out || `exit code ${exitCode}`;
      const userns = /user namespace|uid_map|Operation not permitted|No permission/i.test(why)
        ? ' Unprivileged user namespaces may be disabled: enable them with `sysctl kernel.unprivileged_userns_clone=1` (Debian) or `sysctl user.max_user_namespaces=15000`.'
        : '';
      throw new SandboxUnavailable(`The snippet sandbox (bubblewrap) could not start: ${why}.${userns} ${installHint} Snippets never run outside the sandbox.`);
    }
  })();
  return checked;
}
