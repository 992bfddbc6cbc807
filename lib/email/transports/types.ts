import type { StoredAttachment } from "@/db/schema";

export type OutgoingEmail = {
  outboxId: string;
  to: string;
  from: string;
  /** Where replies go, when the institute set an address (/staff/settings). */
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  /** Drawn, ready to send (lib/email/attachments.ts). */
  attachments: StoredAttachment[];
  /** Extra headers (List-Unsubscribe, List-Unsubscribe-Post). */
  headers?: Record<string, string>;
};

export type SendResult =
  | { ok: true; providerId: string }
  | {
      ok: false;
      error: string;
      /** The provider asked us to wait this long before asking again (HTTP 429). */
      retryAfterMs?: number;
      /** Sending the same message again cannot succeed (a 4xx other than 429). */
      permanent?: boolean;
    };

export interface EmailTransport {
  name: string;
  /** The most messages one `send` call may carry. */
  maxBatch: number;
  /**
   * One result per message, in the same order. `batchKey` identifies this
   * group of messages across retries, so a re-sent batch is recognised as the
   * same one. Throwing means "unknown whether anything went out": the rows
   * stay claimed until their lease passes and are then sent again.
   */
  send(messages: OutgoingEmail[], batchKey: string): Promise<SendResult[]>;
  /**
   * The spacing between requests the provider last asked for (Resend:
   * one second over `ratelimit-limit`), so the deliverer keeps under the
   * limit instead of finding it with 429s. Absent or 0: no known limit.
   */
  requestIntervalMs?(): number;
}
