import { sql } from "drizzle-orm";
import type { Db } from "@/db/types";
import { useFakeResend } from "./use-fake-resend";

/** A sign-in email to `to`, the smallest email the outbox sends. */
export const signInEmail = (to: string) => ({ to, template: "sign-in" as const, props: { url: `http://localhost:3000/sign-in/verify?token=${to}` } });

/** A fake Resend for the file, and `fresh()` to start a test with an empty outbox and nothing received. */
export function useOutboxAndFakeResend(t: { readonly db: Db }) {
  const fake = useFakeResend();
  return {
    fake,
    async fresh() {
      await t.db.execute(sql`delete from email_outbox`);
      fake.forget();
    },
  };
}
