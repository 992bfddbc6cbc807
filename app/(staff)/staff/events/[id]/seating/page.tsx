import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Card } from "@/components/ui";
import { PlanForm } from "@/components/seating/plan-form";
import { Guest, Plan, Seat } from "@/components/seating/drag-or-not";
import { PrecedenceOrder } from "@/components/seating/precedence-order";
import { SeatingSwitches } from "@/components/seating/seating-switches";
import { TableForm } from "@/components/seating/table-form";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { dateFormatter } from "@/lib/date-formatters";
import { invitationStatusLabel } from "@/lib/invitations/status";
import { getSeatingPlan, type Occupant, tableName } from "@/lib/seating/queries";
import { loadEvent, type SearchParams } from "../load";
import {
  addTableAction,
  assignSeatAction,
  editTableAction,
  movePrecedenceAction,
  removeTableAction,
  reorderPrecedenceAction,
  resetPrecedenceAction,
  seatByProtocolAction,
  seatingRoleAction,
  seatingSettingsAction,
  unseatAction,
} from "./actions";

export const metadata: Metadata = { title: "Seating" };

/** "inv-uuid.1" → the guest (or plus-one) being placed, from a plain link: picking changes nothing. */
function pickedFrom(value: string | string[] | undefined): { invitationId: string; companion: number } | null {
  const m = typeof value === "string" ? /^([0-9a-f-]{36})\.(\d{1,2})$/i.exec(value) : null;
  return m ? { invitationId: m[1], companion: Number(m[2]) } : null;
}

export default async function SeatingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const staff = await requireStaff("viewer");
  const event = await loadEvent((await params).id);
  const plan = await getSeatingPlan(getDb(), event.id);
  if (!plan) notFound();
  const canEdit = hasRole(staff.role, "editor");
  const base = `/staff/events/${event.id}/seating`;
  const change = { eventId: event.id, version: plan.version };
  const switches = (
    <SeatingSwitches action={seatingSettingsAction} eventId={event.id} seatingEnabled={plan.seatingEnabled} tell={plan.tellGuestsTheirTable} isDinner={event.format === "dinner"} canEdit={canEdit} />
  );
  if (!plan.seatingEnabled) {
    return (
      <div className="max-w-2xl space-y-4">
        <h2 className="text-lg font-semibold text-ink">Table plan</h2>
        <p className="text-sm text-muted">This event has no table plan. Turn it on to add tables and seat the guests who accepted.</p>
        {switches}
      </div>
    );
  }

  const picked = canEdit ? pickedFrom((await searchParams).pick) : null;
  const everyone = [...plan.tables.flatMap((t) => t.places.map((p) => p.occupant)), ...plan.unseated].filter((o): o is Occupant => o !== null);
  const pickedGuest = picked ? everyone.find((o) => o.invitationId === picked.invitationId && o.companion === picked.companion) : undefined;
  const seated = plan.placesNeeded - plan.unseated.length;
  const day = dateFormatter("en-GB", {
    day: "numeric",
    month: "long",
    timeZone: event.timeZone,
  });
  // Dragging is for editors with a pointer; "Move" and "Seat here" stay for everyone else.
  const dragging = canEdit && !pickedGuest;
  const pickLink = (o: Occupant) => `${base}?pick=${o.invitationId}.${o.companion}#tables`;

  return (
    <div className="space-y-8">
      <section aria-labelledby="plan-heading" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h2 id="plan-heading" className="text-lg font-semibold text-ink">
              Table plan
            </h2>
            <p className="text-sm text-muted">
              <strong className="text-ink">{seated}</strong> of {plan.placesNeeded} places seated · {plan.seatsTotal} seats at {plan.tables.length} {plan.tables.length === 1 ? "table" : "tables"}
            </p>
          </div>
          {canEdit ? <PlanForm action={seatByProtocolAction} fields={change} label="Seat by protocol" variant="accent" size="md" /> : null}
        </div>
        <nav aria-label="Print" className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded-md border border-dashed border-line-strong px-4 py-2 text-sm">
          <span className="font-medium text-ink">Print</span>
          {[
            ["table-plan", "Table plan"],
            ["place-cards", "Place cards"],
            ["table-numbers", "Table numbers"],
            ["escort-cards", "Escort cards"],
          ].map(([slug, label]) => (
            <Link key={slug} href={`${base}/print/${slug}`} className="text-ink underline underline-offset-4 hover:text-accent">
              {label}
            </Link>
          ))}
        </nav>
        {plan.departed.length ? (
          <div role="alert" className="rounded-md border border-warning/40 border-l-4 border-l-warning bg-warning-tint p-3 text-sm text-ink">
            <p className="font-medium">{plan.departed.length === 1 ? "A guest left the plan" : `${plan.departed.length} guests left the plan`}</p>
            <ul className="mt-1 list-disc pl-5">
              {plan.departed.map((d) => (
                <li key={`${d.invitationId}-${d.seat}-${d.tableLabel}`}>
                  {d.plusOne
                    ? `The plus-one of ${d.name} is no longer coming and left ${d.tableLabel} (seat ${d.seat}).`
                    : `${d.name} ${d.status === "accepted" ? "changed their answer" : invitationStatusLabel(d.status as Parameters<typeof invitationStatusLabel>[0]).toLowerCase()}${d.respondedAt ? ` on ${day.format(d.respondedAt)}` : ""} and left ${d.tableLabel} (seat ${d.seat}).`}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {plan.lastProtocol ? (
          <details className="rounded-md border border-line bg-surface p-3 text-sm" open>
            <summary className="cursor-pointer font-medium text-ink">How the plan was made</summary>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-ink">
              {plan.lastProtocol.explanations.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      {pickedGuest ? (
        <p role="status" className="sticky top-0 z-10 flex flex-wrap items-center gap-3 rounded-md border border-accent bg-paper p-3 text-sm shadow-card">
          <span>
            Choose a seat for <strong>{pickedGuest.name}</strong>: every seat below has a “Seat here” button.
          </span>
          <Link href={base} className="underline underline-offset-4">
            Cancel
          </Link>
        </p>
      ) : null}

      <section id="tables" aria-labelledby="tables-heading" className="space-y-3">
        <h2 id="tables-heading" className="sr-only">
          Tables
        </h2>
        {plan.tables.length === 0 ? <p className="text-sm text-muted">No tables yet — add the head table and the others below, then seat by protocol.</p> : null}
        <Plan draggable={dragging} action={assignSeatAction} eventId={event.id} version={plan.version}>
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {plan.tables.map((t) => (
              <Card key={t.id} className="min-w-0 p-4">
                <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-ink">
                  {tableName(t.label)}
                  {t.isHead ? <Badge variant="accent">Head table</Badge> : null}
                  <span className="text-xs font-normal text-muted">
                    {t.shape === "round" ? "Round" : "Long"} · {t.seats} seats
                  </span>
                </h3>
                <ol className="mt-3 divide-y divide-line text-sm" aria-label={`Seats at ${tableName(t.label)}`}>
                  {t.places.map(({ seat, occupant }) => (
                    <Seat key={seat} draggable={dragging} tableId={t.id} seat={seat} className="flex min-h-10 flex-wrap items-center gap-x-3 gap-y-1 py-1.5">
                      <span className="w-6 shrink-0 text-right tabular-nums text-muted">{seat}</span>
                      <span className="min-w-0 flex-1">
                        {occupant ? (
                          <Guest draggable={dragging} invitationId={occupant.invitationId} companion={occupant.companion}>
                            <span className="font-medium text-ink">{occupant.name}</span>
                            {occupant.note ? <span className="block text-xs text-muted">{occupant.note}</span> : null}
                          </Guest>
                        ) : (
                          <span className="text-muted">Empty</span>
                        )}
                      </span>
                      {canEdit && pickedGuest && !(occupant && occupant.invitationId === pickedGuest.invitationId && occupant.companion === pickedGuest.companion) ? (
                        <PlanForm
                          action={assignSeatAction}
                          fields={{
                            ...change,
                            invitationId: pickedGuest.invitationId,
                            companion: pickedGuest.companion,
                            tableId: t.id,
                            seat,
                          }}
                          label={occupant ? "Swap here" : "Seat here"}
                          ariaLabel={`Seat ${pickedGuest.name} at ${tableName(t.label)}, seat ${seat}${occupant ? `, in place of ${occupant.name}` : ""}`}
                          quiet
                        />
                      ) : null}
                      {canEdit && !pickedGuest && occupant ? (
                        <span className="flex items-center gap-2">
                          <Link href={pickLink(occupant)} aria-label={`Move ${occupant.name}`} className="text-[13px] text-ink underline underline-offset-4 hover:text-accent">
                            Move
                          </Link>
                          <PlanForm
                            action={unseatAction}
                            fields={{
                              ...change,
                              invitationId: occupant.invitationId,
                              companion: occupant.companion,
                            }}
                            label="Unseat"
                            ariaLabel={`Unseat ${occupant.name}`}
                            variant="ghost"
                            quiet
                          />
                        </span>
                      ) : null}
                    </Seat>
                  ))}
                </ol>
              </Card>
            ))}
          </div>
        </Plan>
      </section>

      <section aria-labelledby="unseated-heading" className="space-y-2">
        <h2 id="unseated-heading" className="text-base font-semibold text-ink">
          Unseated <span className="font-normal text-muted">({plan.unseated.length})</span>
        </h2>
        {plan.unseated.length === 0 ? (
          <p className="text-sm text-muted">Everyone who accepted has a seat.</p>
        ) : (
          <ul className="divide-y divide-line rounded-md border border-line bg-paper text-sm">
            {plan.unseated.map((o) => (
              <li key={`${o.invitationId}.${o.companion}`} className="flex flex-wrap items-center gap-3 px-3 py-2">
                <span className="min-w-0 flex-1">
                  <span className="font-medium text-ink">{o.name}</span>
                  {o.note ? <span className="block text-xs text-muted">{o.note}</span> : null}
                </span>
                {canEdit ? (
                  <Link href={pickLink(o)} aria-label={`Choose a seat for ${o.name}`} className="text-[13px] underline underline-offset-4 hover:text-accent">
                    Choose a seat
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <PrecedenceOrder
        order={plan.order}
        canEdit={canEdit}
        change={change}
        actions={{
          move: movePrecedenceAction,
          reorder: reorderPrecedenceAction,
          reset: resetPrecedenceAction,
          role: seatingRoleAction,
        }}
      />

      {canEdit ? (
        <section aria-labelledby="tables-edit-heading" className="space-y-4">
          <h2 id="tables-edit-heading" className="text-base font-semibold text-ink">
            Add or change tables
          </h2>
          <Card className="p-4">
            <h3 className="mb-3 text-sm font-semibold text-ink">Add a table</h3>
            <TableForm action={addTableAction} eventId={event.id} version={plan.version} idPrefix="new-table" />
          </Card>
          {plan.tables.map((t) => (
            <details key={t.id} className="rounded-md border border-line bg-paper p-3">
              <summary className="cursor-pointer text-sm font-medium text-ink">Change {tableName(t.label)}</summary>
              <div className="mt-3 space-y-3">
                <TableForm action={editTableAction} eventId={event.id} version={plan.version} table={t} idPrefix={`table-${t.id}`} />
                <PlanForm action={removeTableAction} fields={{ ...change, tableId: t.id }} label={`Remove ${tableName(t.label)}`} variant="danger-outline" />
              </div>
            </details>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="settings-heading" className="space-y-2">
        <h2 id="settings-heading" className="text-base font-semibold text-ink">
          Settings
        </h2>
        {switches}
      </section>
    </div>
  );
}
