import type { Db } from "@/db/types";
import type { Institute } from "@/lib/settings/institute";
import { drawAttachments } from "./attachments";
import { emailHeaders, emailInstitute } from "./institute";
import type { ClaimedEmail, Settlement } from "./claim";
import { hasSealedLinks, openLinks, outboxLinkKey, sealContext } from "./sealed-links";
import { suppressionReasons } from "./suppressions";
import { renderStoredEmail, type RenderedEmail } from "./templates";
import type { OutgoingEmail } from "./transports/types";
import type { StoredAttachment } from "@/db/schema";

export type Item = { row: ClaimedEmail; message: OutgoingEmail };
export type Chunk = { key: string; items: Item[] };

// React's streaming renderer spends much of each email waiting on the event
// loop; rendering a few at once overlaps those waits (about 2x faster). More
// at once would hog the loop and delay the requests going out meanwhile.
const RENDER_CONCURRENCY = 8;

/** Sets aside suppressed addresses and rows that cannot be rendered; renders the rest. */
export async function prepareRound(db: Db, rows: ClaimedEmail[], institute: Institute): Promise<{ ready: Item[]; settled: Settlement[] }> {
  const suppressed = await suppressionReasons(
    db,
    rows.map((r) => r.toAddress),
  );
  const retriedBatches = new Set(rows.filter((r) => r.batchKey && r.attempts > 1).map((r) => r.batchKey));
  const batchSizes = new Map<string | null, number>();
  for (const row of rows) batchSizes.set(row.batchKey, (batchSizes.get(row.batchKey) ?? 0) + 1);

  const settled: Settlement[] = [];
  const toRender: ClaimedEmail[] = [];
  for (const row of rows) {
    const reason = suppressed.get(row.toAddress.toLowerCase());
    // A batch re-sent under its old key must carry the same emails, or Resend
    // refuses it; Resend keeps its own list of bounced addresses for that case.
    const inRetriedBatch = row.batchKey !== null && retriedBatches.has(row.batchKey) && (batchSizes.get(row.batchKey) ?? 0) > 1;
    if (reason && !inRetriedBatch) settled.push({ id: row.id, status: "suppressed", lastError: reason });
    else toRender.push(row);
  }

  // Only rows with sealed links need the secret (rows queued before links were sealed have none).
  const linkKey = toRender.some((row) => hasSealedLinks(row.props)) ? await outboxLinkKey(db) : null;
  const ready: Item[] = [];
  const headers = emailHeaders(institute);
  for (let start = 0; start < toRender.length; start += RENDER_CONCURRENCY) {
    const rendered = await Promise.all(toRender.slice(start, start + RENDER_CONCURRENCY).map((row) => render(row, institute, linkKey)));
    for (const r of rendered) {
      if ("email" in r) {
        ready.push({ row: r.row, message: { outboxId: r.row.id, to: r.row.toAddress, ...headers, ...r.email, attachments: r.attachments } });
      } else {
        // Rendering again would fail the same way; the rest of the batch still goes.
        settled.push({ id: r.row.id, status: "failed", lastError: `Could not render: ${r.error}` });
      }
    }
  }
  return { ready, settled };
}

async function render(
  row: ClaimedEmail,
  institute: Institute,
  linkKey: Buffer | null,
): Promise<{ row: ClaimedEmail; email: RenderedEmail; attachments: StoredAttachment[] } | { row: ClaimedEmail; error: string }> {
  try {
    const props = linkKey ? openLinks(row.props, linkKey, sealContext(row.template, row.toAddress)) : row.props;
    // Its QR codes are drawn here too: one that cannot be drawn fails the email as one that cannot be rendered does.
    return { row, email: await renderStoredEmail(row.template, props, emailInstitute(institute)), attachments: drawAttachments(row.attachments) };
  } catch (e) {
    return { row, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Rows that share a batch key go together under that key; a row with
 * attachments, or without a batch, goes alone under its own id.
 */
export function chunksOf(items: Item[], maxBatch: number): Chunk[] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = item.row.attachments.length > 0 || !item.row.batchKey ? item.row.id : item.row.batchKey;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const chunks: Chunk[] = [];
  for (const [key, group] of groups) {
    // Only when the transport's batch size shrank since the key was given out.
    for (let start = 0; start < group.length; start += maxBatch) {
      chunks.push({ key: start === 0 ? key : `${key}/${start / maxBatch}`, items: group.slice(start, start + maxBatch) });
    }
  }
  return chunks;
}
