import { shellToolRuntime } from './shell-tool.ts';

/** psql from Debian's postgresql-client (through Debian's pg_wrapper, as a reader's `psql` runs). */
export const psqlRuntime = () =>
  shellToolRuntime({
    id: 'psql',
    name: 'psql',
    program: { path: '/usr/bin/psql', pkg: 'postgresql-client' },
    versionArgs: ['--version'],
    versionPattern: /^psql \(PostgreSQL\) (\d+\.\d+)/,
    config: ['/etc/postgresql-common'],
  });
