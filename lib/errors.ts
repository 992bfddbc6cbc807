/**
 * A refusal the person can act on ("The last admin cannot be removed").
 * Server actions show its message, next to `field` when it names one; any
 * other error is logged and shown as a plain apology.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
