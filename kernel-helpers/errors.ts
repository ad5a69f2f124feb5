/**
 * Typed errors. Every message a user can see names the file, line or column involved and says
 * what to do; the CLI prints `message` alone (no stack) and exits with code 2.
 */
export class DriftlensError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input data cannot be read or does not fit the request (bad file, bad column, bad value). */
export class DataError extends DriftlensError {}

/** The caller asked for something that does not exist or does not fit (unknown method, bad option). */
export class UsageError extends DriftlensError {}
