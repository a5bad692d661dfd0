import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

/**
 * Debian packages behind the other-language runtimes (Go, Java, Rust, Ruby, PHP, curl, git, ssh, psql). A
 * runtime asks for the program it needs; when it is missing and the runner is root, the package is installed
 * with apt-get (one apt-get at a time, waiting for other sessions' locks), otherwise the error says the
 * command to run. `node scripts/ensure-languages.ts` installs them all up front, as the test setup does.
 */
export interface DebianProgram {
  /** The program that must exist, like /usr/bin/go. */
  path: string;
  /** The Debian package that provides it. */
  pkg: string;
}

/** Every package the program runtimes use, with the program that shows it is installed. */
export const languagePackages: readonly DebianProgram[] = [
  { path: '/usr/bin/go', pkg: 'golang-go' },
  { path: '/usr/bin/javac', pkg: 'default-jdk-headless' },
  { path: '/usr/bin/rustc', pkg: 'rustc' },
  { path: '/usr/bin/ruby', pkg: 'ruby' },
  { path: '/usr/bin/php', pkg: 'php-cli' },
  { path: '/usr/bin/curl', pkg: 'curl' },
  { path: '/usr/bin/git', pkg: 'git' },
  { path: '/usr/bin/ssh', pkg: 'openssh-client' },
  { path: '/usr/bin/psql', pkg: 'postgresql-client' },
];

/** Every locale compiled (locales-all) and glibc's message catalogues (libc-l10n): the translated messages. */
export const localePackages: readonly DebianProgram[] = [
  { path: '/usr/lib/locale/de_DE.utf8/LC_MESSAGES', pkg: 'locales-all' },
  { path: '/usr/share/locale/de/LC_MESSAGES/libc.mo', pkg: 'libc-l10n' },
];

let queue: Promise<unknown> = Promise.resolve();

/** Installs the packages of the programs that are missing; throws, saying what to run, when it cannot. */
export async function ensurePrograms(programs: readonly DebianProgram[]): Promise<void> {
  const missing = programs.filter((p) => !existsSync(p.path));
  if (missing.length === 0) return;
  const pkgs = [...new Set(missing.map((p) => p.pkg))];
  if (process.getuid?.() !== 0) {
    throw new Error(`${missing.map((p) => p.path).join(', ')} missing: install with \`sudo apt-get install -y ${pkgs.join(' ')}\`.`);
  }
  const run = async () => {
    const still = missing.filter((p) => !existsSync(p.path));
    if (still.length === 0) return;
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const wait = ['-o', 'DPkg::Lock::Timeout=300'];
    console.log(`installing Debian's ${pkgs.join(', ')} (${still.map((p) => p.path).join(', ')} missing)...`);
    const apt = promisify(execFile);
    try {
      await apt('apt-get', [...wait, 'update', '-qq'], { env, maxBuffer: 64 * 2 ** 20 });
      await apt('apt-get', [...wait, 'install', '-y', '-qq', ...pkgs], { env, maxBuffer: 64 * 2 ** 20 });
    } catch (error) {
      throw new Error(`apt-get could not install ${pkgs.join(' ')}: ${(error as { stderr?: string }).stderr?.trim() || String(error)}`);
    }
    const gone = still.filter((p) => !existsSync(p.path));
    if (gone.length) throw new Error(`apt-get installed ${pkgs.join(' ')} but ${gone.map((p) => p.path).join(', ')} is still missing`);
  };
  const mine = queue.then(run, run);
  queue = mine.catch(() => {});
  await mine;
}
