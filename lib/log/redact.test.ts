import { describe, expect, it } from "vitest";
import { guestTokenFor, linkKeyFrom, newLinkNonce } from "@/lib/invitations/tokens";
import { newToken } from "@/lib/auth/tokens";
import { installRedaction, redact, registerSecret } from "./redact";

const token = guestTokenFor(linkKeyFrom("a-secret-of-some-length"), "3b1f0c56-5d2a-4f7e-9c1e-111111111111", newLinkNonce());

/** A console that writes into an array, as a log file would receive it. */
function capture() {
  const lines: string[] = [];
  const write = (...args: unknown[]) => lines.push(args.map(String).join(" "));
  const fake = { log: write, info: write, warn: write, error: write, debug: write } as unknown as Console;
  installRedaction(fake);
  return { console: fake, lines };
}

describe("log redaction", () => {
  it("removes a guest's link, wherever it appears", () => {
    const out = redact(`GET http://localhost:3000/rsvp/${token}/calendar.ics 404`);
    expect(out).not.toContain(token);
    expect(out).toContain("/rsvp/[redacted]/calendar.ics");
  });

  it("removes bare tokens, sign-in tokens in query strings, cookies and hashes", () => {
    const signIn = newToken();
    const out = redact(
      [
        `token ${token} was refused`,
        `/sign-in/verify?token=${signIn}&email=a%40b.org`,
        `cookie: authjs.session-token=${newToken()}; other=1`,
        `hash ${"ab".repeat(32)}`,
        "Authorization: Bearer re_abcdefghijklmnop",
      ].join("\n"),
    );
    expect(out).not.toContain(token);
    expect(out).not.toContain(signIn);
    expect(out).not.toMatch(/session-token=[^[]/);
    expect(out).not.toContain("ab".repeat(32));
    expect(out).not.toContain("re_abcdefghijklmnop");
  });

  it("blanks registered secrets and database passwords", () => {
    registerSecret("the-auth-secret-value");
    const out = redact("secret=the-auth-secret-value url postgres://app:hunter2pass@db.internal:5432/convene");
    expect(out).not.toContain("the-auth-secret-value");
    expect(out).not.toContain("hunter2pass");
    expect(out).toContain("postgres://app:[redacted]@db.internal");
  });

  it("drops the parameters of a failed query but keeps the query", () => {
    const out = redact(`Failed query: select * from invitations where token_hash = $1\nparams: ${"cd".repeat(32)},guest@example.org`);
    expect(out).toContain("Failed query: select * from invitations where token_hash = $1");
    expect(out).not.toContain("guest@example.org");
  });

  it("leaves ordinary words, ids and dates alone", () => {
    const line = "Event 3b1f0c56-5d2a-4f7e-9c1e-111111111111 saved at 2026-11-28T10:00:00Z by editor@convene.local";
    expect(redact(line)).toBe(line);
  });

  it("scrubs everything a console method is given, errors and their causes included", () => {
    const { console: fake, lines } = capture();
    const error = new Error(`could not answer /rsvp/${token}`, { cause: new Error(`params: ${token}`) });
    fake.error("Unexpected error in an action:", error);
    fake.log({ link: `http://x/rsvp/${token}` });
    fake.warn(`token=${token}`);
    expect(lines.join("\n")).not.toContain(token);
    expect(lines[0]).toContain("Unexpected error in an action:");
    expect(lines[0]).toContain("could not answer /rsvp/[redacted]");
  });
});
