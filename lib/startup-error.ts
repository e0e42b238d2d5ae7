/**
 * A failure at start that the operator can fix: printed as one line (no stack trace) and the process
 * exits non-zero. Everything else is a bug and keeps its stack.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/** The first non-empty line of an error's message, for one-line reports. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (
    message
      .trim()
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? 'unknown error'
  );
}

export function exitOnStartupError(error: unknown): never {
  if (error instanceof StartupError) {
    process.stderr.write(`service-recovery: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`service-recovery: unexpected failure at start\n`);
  console.error(error);
  process.exit(1);
}
