import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import type { Db } from "@/db/types";
import { getAuthSecret } from "@/lib/auth/secret";

// A queued email's personal links (a sign-in link, a guest's /rsvp/ link)
// wait in `email_outbox.props` until the deliverer renders the email. They
// wait sealed: AES-256-GCM under a key derived from AUTH_SECRET, bound to the
// row's template and address, so a copy of the database (a backup, a replica,
// a support dump) holds no link that works, and a sealed value moved onto
// another row does not open. The deliverer opens them to render; once sent,
// the sealed part is dropped from the row (lib/email/claim.ts).
//
// Why sealed rather than rebuilt at send time: every email that carries a
// link goes through this one place, whoever queued it, and a new template
// only has to name its link props (lib/email/templates.ts). Guest links could
// be derived again from the invitation, sign-in links could not (their token
// is random and only its hash is kept).

/** The prop under which a row keeps its sealed links. */
export const SEALED_PROP = "sealed";
const VERSION = "v1";

let cached: { secret: string; key: Buffer } | undefined;

export function outboxKeyFrom(secret: string): Buffer {
  return createHmac("sha256", secret).update("convene outbox links v1").digest();
}

/** The key links in the outbox are sealed with (from the server secret). */
export async function outboxLinkKey(db: Db): Promise<Buffer> {
  const secret = await getAuthSecret(db);
  if (cached?.secret !== secret) cached = { secret, key: outboxKeyFrom(secret) };
  return cached.key;
}

/** What a sealed value is bound to: moved to another template or address, it no longer opens. */
export function sealContext(template: string, to: string): string {
  return `${template}\n${to}`;
}

export function hasSealedLinks(props: Record<string, unknown>): boolean {
  return typeof props[SEALED_PROP] === "string";
}

/** Moves the named props (those not null) into one sealed value. */
export function sealLinks(props: Record<string, unknown>, fields: readonly string[], key: Buffer, context: string): Record<string, unknown> {
  const links: Record<string, unknown> = {};
  const rest: Record<string, unknown> = { ...props };
  for (const field of fields) {
    if (props[field] === null || props[field] === undefined) continue;
    links[field] = props[field];
    delete rest[field];
  }
  if (Object.keys(links).length === 0) return props;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(JSON.stringify(links), "utf8"), cipher.final(), cipher.getAuthTag()]);
  return { ...rest, [SEALED_PROP]: `${VERSION}.${iv.toString("base64url")}.${body.toString("base64url")}` };
}

/** The props as the template needs them: the sealed links opened and put back. Rows without any come back as they are. */
export function openLinks(props: Record<string, unknown>, key: Buffer, context: string): Record<string, unknown> {
  if (!hasSealedLinks(props)) return props;
  const { [SEALED_PROP]: sealed, ...rest } = props;
  const [version, iv, body] = String(sealed).split(".");
  if (version !== VERSION || !iv || !body) throw new Error("its links are sealed in a form this Convene does not know");
  const bytes = Buffer.from(body, "base64url");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    const links = JSON.parse(Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString("utf8")) as Record<string, unknown>;
    return { ...rest, ...links };
  } catch {
    throw new Error("its links were sealed with another AUTH_SECRET (or the row was altered); restore that secret, or have the email sent anew");
  }
}

/** A stored row's props as its template sees them (tests, and anything else that must read a queued link). */
export async function storedProps(db: Db, row: { template: string; toAddress: string; props: Record<string, unknown> }): Promise<Record<string, unknown>> {
  if (!hasSealedLinks(row.props)) return row.props;
  return openLinks(row.props, await outboxLinkKey(db), sealContext(row.template, row.toAddress));
}
