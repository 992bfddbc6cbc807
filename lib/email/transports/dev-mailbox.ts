import { devMailbox } from "@/db/schema";
import type { Db } from "@/db/types";
import type { EmailTransport } from "./types";

/** Delivers into the `dev_mailbox` table, read at /dev/mailbox, when Convene has no Resend key. */
export function devMailboxTransport(db: Db): EmailTransport {
  return {
    name: "dev-mailbox",
    maxBatch: 100,
    async send(messages) {
      if (messages.length > 0) {
        await db
          .insert(devMailbox)
          .values(messages.map((m) => ({ outboxId: m.outboxId, toAddress: m.to, fromAddress: m.from, replyTo: m.replyTo ?? null, subject: m.subject, html: m.html, text: m.text, headers: m.headers ?? {} })))
          // A re-send after a crash between delivering and marking stores nothing twice.
          .onConflictDoNothing({ target: devMailbox.outboxId });
      }
      return messages.map((m) => ({ ok: true, providerId: `dev-${m.outboxId}` }));
    },
  };
}
