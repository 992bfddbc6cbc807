import type { Db } from "@/db/types";
import { env } from "@/lib/env";
import { devMailboxTransport } from "./transports/dev-mailbox";
import { resendTransport } from "./transports/resend";
import type { EmailTransport } from "./transports/types";

export type { EmailTransport, OutgoingEmail, SendResult } from "./transports/types";

/** Resend when Convene has an API key; otherwise emails land in the dev mailbox. */
export function defaultTransport(db: Db): EmailTransport {
  if (env.RESEND_API_KEY) return resendTransport({ apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL });
  return devMailboxTransport(db);
}
