// Configuration and usage errors: always a clear sentence naming the file and the problem, exit code 2,
// never a stack trace.
export class ConfigError extends Error {
  readonly file?: string;
  constructor(message: string, file?: string) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'ConfigError';
    this.file = file;
  }
}

/** A bad command line (a glob that matches nothing, conflicting options). Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
