import { eq, sql } from "drizzle-orm";
import { bigint, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Db } from "@/db/types";

export type SeatCheck = { seq: number; eventId: string; seats: number; capacity: number | null; waiting: number; violation: string | null };
export type Promotion = { seq: number; eventId: string; invitationId: string; waitlistedAt: Date };

/**
 * Watches every commit that touches a guest list, in a test database only.
 *
 * A deferred constraint trigger runs as each transaction commits. It first
 * takes one advisory lock, so these commits go through one at a time and the
 * check (a fresh snapshot under READ COMMITTED) sees exactly the state the
 * commit leaves: the check does not lean on the event lock it is testing.
 * At each such point it records the seats taken and any broken rule:
 * - more seats taken than the capacity;
 * - a seat free that the head of the waitlist would fit in;
 * - a guest promoted while someone who joined the waitlist earlier still waits.
 * Every promotion is logged in commit order.
 */
export async function installSeatMonitor(db: Db): Promise<void> {
  await db.execute(sql.raw(`
    create table if not exists seat_checks (
      seq bigserial primary key, txid bigint not null, event_id uuid not null,
      seats int not null, capacity int, waiting int not null, violation text
    );
    create table if not exists seat_promotions (
      seq bigserial primary key, event_id uuid not null, invitation_id uuid not null, waitlisted_at timestamptz not null
    );
    create or replace function seat_monitor() returns trigger language plpgsql as $$
    declare
      me bigint := txid_current();
      cap int;
      taken int;
      waiting int;
      head record;
      broken text;
    begin
      perform pg_advisory_xact_lock(7305);
      if tg_op = 'UPDATE' and old.status = 'waitlisted' and new.status = 'accepted' then
        insert into seat_promotions (event_id, invitation_id, waitlisted_at) values (new.event_id, new.id, old.waitlisted_at);
        if exists (
          select 1 from invitations w
          where w.event_id = new.event_id and w.status = 'waitlisted' and (w.waitlisted_at, w.id) < (old.waitlisted_at, old.id)
        ) then
          insert into seat_checks (txid, event_id, seats, capacity, waiting, violation)
          values (me, new.event_id, -1, null, -1, 'promoted ' || new.id || ' ahead of a guest who joined the waitlist earlier');
        end if;
      end if;
      -- The state at commit is the same for every row of the transaction: check it once.
      if exists (select 1 from seat_checks c where c.txid = me and c.event_id = new.event_id and c.seats >= 0) then
        return null;
      end if;
      select e.capacity into cap from events e where e.id = new.event_id;
      select coalesce(sum(case i.status when 'accepted' then 1 + i.plus_ones when 'delegate_pending' then 1 else 0 end), 0),
             count(*) filter (where i.status = 'waitlisted')
        into taken, waiting
        from invitations i where i.event_id = new.event_id;
      select i.id, i.plus_ones into head from invitations i
        where i.event_id = new.event_id and i.status = 'waitlisted' order by i.waitlisted_at, i.id limit 1;
      broken := case
        when cap is not null and taken > cap then 'over capacity: ' || taken || ' seats for ' || cap
        when cap is not null and head.id is not null and cap - taken >= 1 + head.plus_ones
          then (cap - taken) || ' seats free while the head of the waitlist needs ' || (1 + head.plus_ones)
      end;
      insert into seat_checks (txid, event_id, seats, capacity, waiting, violation) values (me, new.event_id, taken, cap, waiting, broken);
      return null;
    end $$;
    drop trigger if exists seat_monitor on invitations;
    create constraint trigger seat_monitor after insert or update on invitations
      deferrable initially deferred for each row execute function seat_monitor();
  `));
}

// The monitor's own tables, for reading them back.
const seatChecksTable = pgTable("seat_checks", {
  seq: bigint("seq", { mode: "number" }).notNull(),
  eventId: uuid("event_id").notNull(),
  seats: integer("seats").notNull(),
  capacity: integer("capacity"),
  waiting: integer("waiting").notNull(),
  violation: text("violation"),
});
const seatPromotionsTable = pgTable("seat_promotions", {
  seq: bigint("seq", { mode: "number" }).notNull(),
  eventId: uuid("event_id").notNull(),
  invitationId: uuid("invitation_id").notNull(),
  waitlistedAt: timestamp("waitlisted_at", { withTimezone: true }).notNull(),
});

export async function seatChecks(db: Db, eventId: string): Promise<SeatCheck[]> {
  return db.select().from(seatChecksTable).where(eq(seatChecksTable.eventId, eventId)).orderBy(seatChecksTable.seq);
}

export async function promotions(db: Db, eventId: string): Promise<Promotion[]> {
  return db.select().from(seatPromotionsTable).where(eq(seatPromotionsTable.eventId, eventId)).orderBy(seatPromotionsTable.seq);
}
