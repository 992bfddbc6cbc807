import type { OutboxAttachment, StoredAttachment } from "@/db/schema";
import { qrPng } from "@/lib/invitations/qr-png";

/**
 * An outbox row's attachments as they go out: files stored as bytes pass as
 * they are, and a QR code stored as its text is drawn here, by whoever
 * delivers the email (the email worker, or the server where it delivers),
 * with qrPng's defaults: the picture `checkInQrPng` draws. Drawing it in the
 * guest's request cost about 0.3 ms of an acceptance, with the event locked.
 */
export function drawAttachments(attachments: readonly OutboxAttachment[]): StoredAttachment[] {
  return attachments.map((a) => ("qr" in a ? { filename: a.filename, contentType: a.contentType, content: qrPng(a.qr).toString("base64") } : a));
}
