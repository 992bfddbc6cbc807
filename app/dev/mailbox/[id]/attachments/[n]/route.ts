import { getDb } from "@/db";
import { drawAttachments } from "@/lib/email/attachments";
import { devMailboxEnabled } from "@/lib/email/dev-mailbox-access";
import { getDevMessage } from "@/lib/email/queries";
import { isUuid } from "@/lib/ids";

const notFound = () => new Response("Not found", { status: 404 });

/** An attachment of a dev-mailbox message (a calendar file, say), as the recipient would save it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; n: string }> }) {
  if (!devMailboxEnabled()) return notFound();
  const { id, n } = await params;
  if (!isUuid(id) || !/^\d{1,2}$/.test(n)) return notFound();
  const message = await getDevMessage(getDb(), id);
  const stored = message?.attachments[Number(n)];
  if (!stored) return notFound();
  // As it went out: a QR code is drawn from its code here, only the one opened.
  const [attachment] = drawAttachments([stored]);
  return new Response(Buffer.from(attachment.content, "base64"), {
    headers: {
      "content-type": attachment.contentType,
      "content-disposition": `attachment; filename="${attachment.filename.replace(/[^\w.-]/g, "_")}"`,
      "cache-control": "no-store",
    },
  });
}
