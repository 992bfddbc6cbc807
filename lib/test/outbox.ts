import { sql } from "drizzle-orm";
import { beforeEach } from "vitest";
import type { Db } from "@/db/types";
import { useFakeResend } from "./use-fake-resend";

/** A sign-in email to `to`, the smallest email the outbox sends. */
export const signInEmail = (to: string) => ({ to, template: "sign-in" as const, props: { url: `http://localhost:3000/sign-in/verify?token=${to}` } });

/** A fake Resend for the file; each test starts with an empty outbox and nothing received. */
export function useOutboxAndFakeResend(t: { readonly db: Db }) {
  const fake = useFakeResend();
  beforeEach(async () => {
    await t.db.execute(sql`delete from email_outbox`);
    fake.forget();
  });
  return fake;
}
