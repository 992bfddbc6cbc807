import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { leaseMsFrom } from "./drain";

const envOf = (vars: Record<string, string>) => readEnv(vars as NodeJS.ProcessEnv);

describe("CONVENE_EMAIL_LEASE_SECONDS", () => {
  it("is a minute unless set, and whole seconds from 5 to 3600 when set", () => {
    expect(envOf({}).CONVENE_EMAIL_LEASE_SECONDS).toBe(60);
    expect(envOf({ CONVENE_EMAIL_LEASE_SECONDS: "" }).CONVENE_EMAIL_LEASE_SECONDS).toBe(60);
    expect(envOf({ CONVENE_EMAIL_LEASE_SECONDS: "15" }).CONVENE_EMAIL_LEASE_SECONDS).toBe(15);
    for (const bad of ["0", "4", "-1", "2.5", "soon", "3601"]) {
      expect(() => envOf({ CONVENE_EMAIL_LEASE_SECONDS: bad })).toThrow(/CONVENE_EMAIL_LEASE_SECONDS must be a whole number of seconds from 5 to 3600/);
    }
  });

  it("is the lease the timer's and the CLI's deliverer claim with (in milliseconds)", () => {
    expect(leaseMsFrom(envOf({}))).toBe(60_000);
    expect(leaseMsFrom(envOf({ CONVENE_EMAIL_LEASE_SECONDS: "15" }))).toBe(15_000);
  });
});
