import { ArrowDown, ArrowUp } from "@/components/icons/lucide";
import { Select } from "@/components/ui";
import type { RankedGuest } from "@/lib/seating/queries";
import { precedenceClassLabel } from "@/lib/seating/precedence";
import { PlanForm, type PlanAction } from "./plan-form";
import { SortableOrder } from "./sortable-order";

type Change = { eventId: string; version: number };

/**
 * The accepted guests in the event's order of precedence, each with why they
 * follow the one before; editors move a guest up or down (plain forms, no
 * JavaScript needed; dragging is the same change) and mark hosts and guests of honour.
 */
export function PrecedenceOrder({ order, canEdit, change, actions }: { order: RankedGuest[]; canEdit: boolean; change: Change; actions: { move: PlanAction; reorder: PlanAction; reset: PlanAction; role: PlanAction } }) {
  const overridden = order.some((g) => g.precedenceOverride != null);
  return (
    <section aria-labelledby="order-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="order-heading" className="text-base font-semibold text-ink">
            Order of precedence
          </h2>
          <p className="text-sm text-muted">By rank, heads of mission by date of credentials. Seat by protocol follows this order.</p>
        </div>
        {canEdit && overridden ? <PlanForm action={actions.reset} fields={change} label="Back to precedence alone" /> : null}
      </div>
      {order.length === 0 ? <p className="text-sm text-muted">Nobody has accepted yet.</p> : null}
      <ol className="divide-y divide-line rounded-md border border-line bg-paper text-sm">
        {order.map((g, i) => (
          <li key={g.id} className="flex flex-wrap items-center gap-x-3 gap-y-2 px-3 py-2">
            <span className="w-6 shrink-0 text-right tabular-nums text-muted">{g.place}</span>
            <span className="min-w-0 flex-1 basis-48">
              <span className="font-medium text-ink">{g.name}</span>
              <span className="block text-xs text-muted">
                {g.precedenceClass ? precedenceClassLabel(g.precedenceClass) : "No rank recorded"}
                {g.credentialsDate ? ` · credentials ${g.credentialsDate}` : ""}
                {g.reason ? ` · ${g.reason}` : ""}
              </span>
            </span>
            {canEdit ? (
              <>
                <PlanForm action={actions.role} fields={{ ...change, invitationId: g.id }} label="Set" ariaLabel={`Set the role of ${g.name}`} quiet>
                  <label className="sr-only" htmlFor={`role-${g.id}`}>
                    Role of {g.name}
                  </label>
                  <Select id={`role-${g.id}`} name="role" defaultValue={g.seatingRole ?? ""} fieldSize="sm" wrapperClassName="w-40">
                    <option value="">Guest</option>
                    <option value="host">Host</option>
                    <option value="guest_of_honour">Guest of honour</option>
                  </Select>
                </PlanForm>
                <span className="flex gap-1">
                  {i > 0 ? <PlanForm action={actions.move} fields={{ ...change, invitationId: g.id, place: g.place - 1 }} label={<ArrowUp aria-hidden="true" />} ariaLabel={`Move ${g.name} up`} size="icon-sm" quiet /> : <span className="size-8" />}
                  {i < order.length - 1 ? <PlanForm action={actions.move} fields={{ ...change, invitationId: g.id, place: g.place + 1 }} label={<ArrowDown aria-hidden="true" />} ariaLabel={`Move ${g.name} down`} size="icon-sm" quiet /> : <span className="size-8" />}
                </span>
              </>
            ) : g.seatingRole ? (
              <span className="text-xs font-medium text-ink">{g.seatingRole === "host" ? "Host" : "Guest of honour"}</span>
            ) : null}
          </li>
        ))}
      </ol>
      {canEdit && order.length > 1 ? <SortableOrder action={actions.reorder} change={change} guests={order.map((g) => ({ id: g.id, name: g.name }))} /> : null}
    </section>
  );
}
