/** A problem a person can fix, shown as it is (no "failed:" prefix, no stack). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}
