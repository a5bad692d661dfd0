import { sandboxWorkdir } from '../sandbox.ts';
import { programRuntime, versionFrom, type ProgramRuntime } from './program-runtime.ts';

/** Ruby from Debian's ruby package (MRI), run as `ruby main.rb`. */
export function rubyRuntime(): ProgramRuntime {
  return programRuntime({
    id: 'ruby',
    name: 'Ruby',
    extension: 'rb',
    packages: [{ path: '/usr/bin/ruby', pkg: 'ruby' }],
    version() {
      const release = versionFrom('/usr/bin/ruby', ['--version'], /^ruby (\d+\.\d+\.\d+)/);
      return { release, short: release.split('.').slice(0, 2).join('.') };
    },
    fileName: () => 'main.rb',
    command: () => ['/usr/bin/ruby', `${sandboxWorkdir}/main.rb`],
  });
}
