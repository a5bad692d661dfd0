import { programInside, programRuntime, versionFrom, type ProgramRuntime } from './program-runtime.ts';

/**
 * Go from Debian's golang-go. Programs build in one sandbox per batch into one module, a package each
 * (`go build -o bin/ ./...` uses Debian's prebuilt standard library, so a batch takes seconds), and run
 * from their cached binary.
 */
export function goRuntime(): ProgramRuntime {
  return programRuntime({
    id: 'go',
    name: 'Go',
    extension: 'go',
    packages: [{ path: '/usr/bin/go', pkg: 'golang-go' }],
    version() {
      const release = versionFrom('/usr/bin/go', ['version'], /\bgo(\d+\.\d+(?:\.\d+)?)\b/);
      return { release, short: release.split('.').slice(0, 2).join('.') };
    },
    fileName: () => 'main.go',
    command: () => [`${programInside}/main`],
    build: {
      // No network and no modules beyond the standard library: GOPROXY=off, GOFLAGS=-mod=mod.
      env: { GOPROXY: 'off', GOFLAGS: '-mod=mod', GOTELEMETRY: 'off' },
      script: [
        "mkdir -p mod bin out && printf 'module errdex.dev/programs\\n\\ngo 1.19\\n' > mod/go.mod",
        'for f in *.go; do n=${f%.go}; mkdir -p mod/$n out/$n; mv "$f" mod/$n/main.go; done',
        "(cd mod && go build -p 2 -ldflags='-s -w' -o ../bin/ ./...)",
        'for b in bin/*; do mv "$b" out/$(basename "$b")/main; done',
      ].join('\n'),
    },
  });
}
