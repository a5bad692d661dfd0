import { sandboxWorkdir } from '../sandbox.ts';
import { programRuntime, versionFrom, type ProgramRuntime } from './program-runtime.ts';

/** PHP from Debian's php-cli, with Debian's CLI configuration (/etc/php: which extensions load), run as `php main.php`. */
export function phpRuntime(): ProgramRuntime {
  return programRuntime({
    id: 'php',
    name: 'PHP',
    extension: 'php',
    packages: [{ path: '/usr/bin/php', pkg: 'php-cli' }],
    version() {
      const release = versionFrom('/usr/bin/php', ['--version'], /^PHP (\d+\.\d+\.\d+)/);
      return { release, short: release.split('.').slice(0, 2).join('.') };
    },
    mounts: ['/etc/php'],
    fileName: () => 'main.php',
    command: () => ['/usr/bin/php', `${sandboxWorkdir}/main.php`],
  });
}
