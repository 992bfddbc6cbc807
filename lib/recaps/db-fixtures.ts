import { randomUUID } from "node:crypto";
import { deflateSync } from "node:zlib";
import { eventCohosts, events, eventSpeakers, invitations, organizations, people, users } from "@/db/schema";
import type { Db } from "@/db/types";
import type { StaffRole } from "@/lib/auth/roles";
import { crc32 } from "@/lib/test/crc32";
import { insertTestEvent } from "@/lib/test/events";
import type { RecapStaff } from "./recap-rows";

// Rows the recap tests need: staff with roles, a past event with speakers,
// guests and co-hosts.

const DAY = 86_400_000;

export async function makeStaff(db: Db, role: StaffRole, name: string): Promise<RecapStaff> {
  const [user] = await db
    .insert(users)
    .values({ email: `${name.toLowerCase().replace(/\W+/g, ".")}.${randomUUID().slice(0, 6)}@convene.local`, name, role })
    .returning();
  return { id: user.id, label: name, role };
}

/** A scheduled public event that ended two days ago. */
export async function makePastEvent(db: Db, over: Partial<typeof events.$inferInsert> = {}) {
  const startsAt = new Date(Math.floor((Date.now() - 2 * DAY) / 60_000) * 60_000);
  return insertTestEvent(db, startsAt, {
    title: "Women, Peace and Security and the Protection of Civilians",
    format: "roundtable",
    attribution: "chatham_house",
    endsAt: new Date(startsAt.getTime() + 150 * 60_000),
    ...over,
  });
}

type PersonInput = { honorific?: string; givenName: string; familyName: string; affiliation?: string | null };

export async function addSpeakerTo(db: Db, eventId: string, p: PersonInput, role: typeof eventSpeakers.$inferInsert.role = "discussant") {
  const [person] = await db.insert(people).values({ ...p, affiliation: p.affiliation ?? null }).returning();
  await db.insert(eventSpeakers).values({ eventId, personId: person.id, role });
  return person;
}

export async function addGuestTo(
  db: Db,
  eventId: string,
  p: PersonInput,
  invitation: Partial<Pick<typeof invitations.$inferInsert, "status" | "checkedInAt" | "plusOneName">> = {},
) {
  const [person] = await db.insert(people).values({ ...p, affiliation: p.affiliation ?? null }).returning();
  await db.insert(invitations).values({ eventId, personId: person.id, status: invitation.status ?? "accepted", checkedInAt: invitation.checkedInAt ?? null, plusOneName: invitation.plusOneName ?? null });
  return person;
}

export async function addCohostTo(db: Db, eventId: string, name: string, shortName?: string) {
  const [org] = await db
    .insert(organizations)
    .values({ name: `${name}`, shortName: shortName ?? null, kind: "government" })
    .onConflictDoNothing()
    .returning();
  if (org) await db.insert(eventCohosts).values({ eventId, organizationId: org.id, position: 0 });
  return org;
}

/** The smallest valid PNG: one transparent pixel. */
export const ONE_PIXEL_PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64"),
);

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A different valid PNG each call: one pixel whose colour comes from the
 * seed, so uploads are not deduplicated (photos are decoded and stored
 * re-encoded, so only different pixels make different photos).
 */
export function pngOf(seed: number): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const pixel = Uint8Array.from([0, (seed >>> 16) & 255, (seed >>> 8) & 255, seed & 255]); // filter byte, then R, G, B
  return Uint8Array.from(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(pixel)), chunk("IEND", new Uint8Array())]),
  );
}
