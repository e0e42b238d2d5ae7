import fs from 'node:fs';
import path from 'node:path';
import { StartupError } from '../lib/startup-error';
import { isExecutable, lastLines, run, which } from './process';
import { cacheDir } from './temporal-server';

/**
 * Temporal's time-skipping test server, for workflow tests that fast-forward through hours and days of
 * timeframes. The SDK downloads a native build from Temporal's site; where that is not reachable, the same
 * server is published on Maven Central as a Java program, so it is resolved once with Maven into the
 * project's cache and run through a small wrapper script.
 */
export const TEST_SERVER_VERSION = '1.31.0';

export type TestServerExecutable = { type: 'existing-path'; path: string } | { type: 'cached-download' };

/**
 * TEMPORAL_TEST_SERVER_PATH, else the cached Java wrapper, else built with Maven (Java 17+), else the SDK's
 * own download.
 */
export async function locateTestServer(
  options: { explicitPath?: string; log?: (line: string) => void } = {},
): Promise<TestServerExecutable> {
  const log = options.log ?? (() => {});
  if (options.explicitPath) {
    if (!isExecutable(options.explicitPath)) {
      throw new StartupError(
        `TEMPORAL_TEST_SERVER_PATH=${options.explicitPath} is not an executable file. Point it at Temporal's test server, or unset it.`,
      );
    }
    return { type: 'existing-path', path: options.explicitPath };
  }
  const home = path.join(cacheDir(), '..', `temporal-test-server-${TEST_SERVER_VERSION}`);
  const wrapper = path.join(home, 'temporal-test-server');
  if (isExecutable(wrapper)) return { type: 'existing-path', path: wrapper };

  const mvn = which('mvn');
  const java = which('java');
  if (!mvn || !java) {
    log('Java and Maven not found; the SDK will download the time-skipping test server');
    return { type: 'cached-download' };
  }
  log(`resolving Temporal's test server ${TEST_SERVER_VERSION} with Maven into ${home} (first time only)`);
  fs.mkdirSync(home, { recursive: true });
  fs.writeFileSync(path.join(home, 'pom.xml'), pom());
  const result = await run(
    mvn,
    [
      '-q',
      '-B',
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${path.join(home, 'lib')}`,
    ],
    { cwd: home },
  );
  if (result.code !== 0) {
    log(
      `Maven could not resolve the test server (${lastLines(result.stdout + result.stderr, 2)}); the SDK will download it`,
    );
    return { type: 'cached-download' };
  }
  // Written last, under a temporary name, so a half-finished resolve is never taken for a ready server.
  fs.writeFileSync(
    `${wrapper}.tmp`,
    `#!/bin/sh\nexec "${java}" -cp "${path.join(home, 'lib')}/*" io.temporal.testserver.TestServer "$@"\n`,
    { mode: 0o755 },
  );
  fs.renameSync(`${wrapper}.tmp`, wrapper);
  return { type: 'existing-path', path: wrapper };
}

function pom(): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.service-recovery</groupId>
  <artifactId>temporal-test-server-classpath</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>io.temporal</groupId>
      <artifactId>temporal-test-server</artifactId>
      <version>${TEST_SERVER_VERSION}</version>
    </dependency>
  </dependencies>
</project>
`;
}
