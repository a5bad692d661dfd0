import { shellToolRuntime } from './shell-tool.ts';

/** git from Debian, run by a bash script in the sandbox. */
export const gitRuntime = () =>
  shellToolRuntime({ id: 'git', name: 'git', program: { path: '/usr/bin/git', pkg: 'git' }, versionArgs: ['--version'], versionPattern: /^git version (\d+\.\d+\.\d+)/ });
