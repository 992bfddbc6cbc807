/**
 * A refusal the person can act on ("The last admin cannot be removed").
 * Server actions show its message; any other error is logged and shown as a
 * plain apology.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly field?: string,
    readonly code: "invalid" | "not_found" | "forbidden" | "conflict" | "rate_limited" = "invalid",
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You do not have permission to do this.") {
    super(message, undefined, "forbidden");
    this.name = "ForbiddenError";
  }
}
