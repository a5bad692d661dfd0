import { programInside, programRuntime, versionFrom, type ProgramRuntime } from './program-runtime.ts';

/** Where Debian's rustc is; a rustup toolchain earlier on PATH is not the one captured. */
const rustc = '/usr/bin/rustc';

/** Rust from Debian's rustc: each program is one `main.rs` built with rustc alone (no Cargo, no crates). */
export function rustRuntime(): ProgramRuntime {
  return programRuntime({
    id: 'rust',
    name: 'Rust',
    extension: 'rs',
    packages: [{ path: rustc, pkg: 'rustc' }],
    version() {
      const release = versionFrom(rustc, ['--version'], /^rustc (\d+\.\d+\.\d+)/);
      return { release, short: release.split('.').slice(0, 2).join('.') };
    },
    fileName: () => 'main.rs',
    command: () => [`${programInside}/main`],
    build: {
      script: [
        'mkdir -p out',
        'for f in *.rs; do n=${f%.rs}; mkdir -p src/$n out/$n; mv "$f" src/$n/main.rs; done',
        `ls src | xargs -P 2 -I{} ${rustc} --edition 2021 -C debuginfo=0 -C strip=symbols -o out/{}/main src/{}/main.rs`,
      ].join('\n'),
    },
  });
}
