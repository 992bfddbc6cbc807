import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { missingSecretProblem } from "./secret";

const envOf = (vars: Record<string, string>) => readEnv(vars as NodeJS.ProcessEnv);

describe("where the server secret may live", () => {
  it("a production start without AUTH_SECRET is refused, in words that say what to do", () => {
    const problem = missingSecretProblem(envOf({ NODE_ENV: "production" }));
    expect(problem).toMatch(/^Convene cannot start: AUTH_SECRET is not set\./);
    expect(problem).toContain("a copy of the database opens nothing");
    expect(problem).toContain("openssl rand -base64 32");
    // A blank value is no value.
    expect(missingSecretProblem(envOf({ NODE_ENV: "production", AUTH_SECRET: "" }))).toBe(problem);
  });

  it("production with AUTH_SECRET, development and tests start as before (the zero-setup secret in the database)", () => {
    expect(missingSecretProblem(envOf({ NODE_ENV: "production", AUTH_SECRET: "a-long-enough-production-secret" }))).toBeNull();
    expect(missingSecretProblem(envOf({ NODE_ENV: "development" }))).toBeNull();
    expect(missingSecretProblem(envOf({}))).toBeNull();
    expect(missingSecretProblem(envOf({ NODE_ENV: "test" }))).toBeNull();
  });
});

describe("CONVENE_EMAIL_RETENTION_DAYS", () => {
  it("is 30 days unless set, and whole days from 1 to 3650 when set", () => {
    expect(envOf({}).CONVENE_EMAIL_RETENTION_DAYS).toBe(30);
    expect(envOf({ CONVENE_EMAIL_RETENTION_DAYS: "7" }).CONVENE_EMAIL_RETENTION_DAYS).toBe(7);
    expect(envOf({ CONVENE_EMAIL_RETENTION_DAYS: "" }).CONVENE_EMAIL_RETENTION_DAYS).toBe(30);
    for (const bad of ["0", "-3", "2.5", "thirty", "4000"]) {
      expect(() => envOf({ CONVENE_EMAIL_RETENTION_DAYS: bad })).toThrow(/CONVENE_EMAIL_RETENTION_DAYS must be/);
    }
  });
});
