import { describe, expect, it } from "vitest";
import { checkInQrAttachment, checkInQrPng } from "@/lib/invitations/check-in-code";
import { useTestDatabase } from "@/lib/test/db";
import { drawAttachments } from "./attachments";
import { deliverDueEmails } from "./deliver";
import { enqueueEmail } from "./enqueue";
import type { EmailTransport, OutgoingEmail } from "./transports/types";

const calendar = { filename: "invitation.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST", content: Buffer.from("BEGIN:VCALENDAR\r\n").toString("base64") };

describe("an email's attachments as they go out", () => {
  it("pass stored files as they are and draw a QR code from its text, the picture a check-in code's QR is", async () => {
    const [file, qr] = drawAttachments([calendar, checkInQrAttachment("K7QW3MZP")]);
    expect(file).toEqual(calendar);
    expect(qr).toEqual({ filename: "check-in-K7QW3MZP.png", contentType: "image/png", content: (await checkInQrPng("K7QW3MZP")).toString("base64") });
    expect(drawAttachments([])).toEqual([]);
  });

  describe("delivered", () => {
    const t = useTestDatabase();

    it("reach the transport drawn, while the outbox keeps the code", async () => {
      const sent: OutgoingEmail[] = [];
      const transport: EmailTransport = {
        name: "recording",
        maxBatch: 100,
        async send(messages) {
          sent.push(...messages);
          return messages.map(() => ({ ok: true as const, providerId: "recorded" }));
        },
      };
      await enqueueEmail(t.db, { to: "guest@example.org", template: "sign-in", props: { url: "http://localhost/x" }, attachments: [calendar, checkInQrAttachment("K7QW3MZP")] });
      expect(await deliverDueEmails(t.db, { transport, now: new Date(Date.now() + 60_000) })).toMatchObject({ sent: 1 });
      expect(sent).toHaveLength(1);
      expect(sent[0].attachments).toEqual([calendar, { filename: "check-in-K7QW3MZP.png", contentType: "image/png", content: (await checkInQrPng("K7QW3MZP")).toString("base64") }]);
      const [row] = await t.db.query.emailOutbox.findMany();
      expect(row.attachments).toEqual([calendar, { filename: "check-in-K7QW3MZP.png", contentType: "image/png", qr: "K7QW3MZP" }]);
    });
  });
});
