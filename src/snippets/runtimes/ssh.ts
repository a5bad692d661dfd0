import { shellToolRuntime } from './shell-tool.ts';

/** The OpenSSH client from Debian with its client configuration only (never /etc/ssh whole: host keys). */
export const sshRuntime = () =>
  shellToolRuntime({
    id: 'ssh',
    name: 'OpenSSH',
    program: { path: '/usr/bin/ssh', pkg: 'openssh-client' },
    versionArgs: ['-V'],
    versionPattern: /^OpenSSH_(\d+\.\d+(?:p\d+)?)/,
    config: ['/etc/ssh/ssh_config', '/etc/ssh/ssh_config.d'],
  });
