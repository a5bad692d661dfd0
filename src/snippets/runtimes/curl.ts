import { shellToolRuntime } from './shell-tool.ts';

/** curl from Debian, run by a bash script in the sandbox. */
export const curlRuntime = () =>
  shellToolRuntime({ id: 'curl', name: 'curl', program: { path: '/usr/bin/curl', pkg: 'curl' }, versionArgs: ['--version'], versionPattern: /^curl (\d+\.\d+\.\d+)/ });
