import { readdirSync } from 'node:fs';
import { programInside, programRuntime, versionFrom, type ProgramRuntime } from './program-runtime.ts';

/**
 * A JVM sized for one small program: the defaults reserve a quarter of the machine's memory and a gigabyte
 * of class space, more than the sandbox's address-space limit allows.
 */
const jvmFlags = ['-Xshare:auto', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xmx128m', '-XX:CompressedClassSpaceSize=64m', '-XX:ReservedCodeCacheSize=32m', '-Xss1m'];

/** Compiles every program folder under src/ with one JVM's compiler, each to out/<name>/ (all are `Main`). */
const buildAll = `import javax.tools.*;
import java.io.File;
public class BuildAll {
  public static void main(String[] args) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int failed = 0;
    for (File dir : new File("src").listFiles()) {
      String main = new File(dir, "Main.java").getPath();
      if (javac.run(null, null, null, "-d", "out/" + dir.getName(), "-encoding", "UTF-8", main) != 0) failed++;
    }
    System.exit(failed == 0 ? 0 : 1);
  }
}`;

/**
 * Java from Debian's default-jdk-headless (OpenJDK). Every program is a class `Main`; one JVM compiles a
 * batch, and each runs from its cached classes with a small heap.
 */
export function javaRuntime(): ProgramRuntime {
  return programRuntime({
    id: 'java',
    name: 'OpenJDK',
    extension: 'java',
    packages: [
      { path: '/usr/bin/java', pkg: 'default-jdk-headless' },
      { path: '/usr/bin/javac', pkg: 'default-jdk-headless' },
    ],
    version() {
      const release = versionFrom('/usr/bin/java', ['-version'], /version "(\d+(?:\.\d+)*)"/);
      return { release, short: release.split('.')[0]! };
    },
    // The JDK's configuration (jvm.cfg, security) is linked from /usr/lib/jvm into /etc/java-<n>-openjdk.
    mounts: readdirSync('/etc').filter((n) => /^java-\d+-openjdk$/.test(n)).map((n) => `/etc/${n}`),
    limits: { addressSpaceBytes: 4 * 2 ** 30 },
    fileName: () => 'Main.java',
    command: () => ['/usr/bin/java', ...jvmFlags, '-cp', programInside, 'Main'],
    build: {
      script: [
        'mkdir -p out',
        'for f in *.java; do n=${f%.java}; mkdir -p src/$n; mv "$f" src/$n/Main.java; done',
        `cat > BuildAll.java <<'JAVA'\n${buildAll}\nJAVA`,
        `/usr/bin/java ${jvmFlags.join(' ').replace('-Xmx128m', '-Xmx512m')} BuildAll.java`,
      ].join('\n'),
    },
  });
}
