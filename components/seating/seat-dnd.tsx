"use client";

import { DndContext, type DragEndEvent, PointerSensor, useDraggable, useDroppable, useSensor, useSensors } from "@dnd-kit/core";
import { useActionState, useTransition, type ReactNode } from "react";
import type { ActionState } from "@/lib/safe-action";
import type { PlanAction } from "./plan-form";

type GuestData = { invitationId: string; companion: number };
type SeatData = { tableId: string; seat: number };

/**
 * Dragging a guest onto a seat with the mouse or a finger: the same change
 * as "Move" then "Seat here", which stays for keyboards and pages without
 * JavaScript. A refusal is said in words under the plan.
 */
export function SeatDnd({ action, eventId, version, children }: { action: PlanAction; eventId: string; version: number; children: ReactNode }) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, null);
  const [pending, startTransition] = useTransition();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const guest = active.data.current as GuestData | undefined;
    const seat = over?.data.current as SeatData | undefined;
    if (!guest || !seat) return;
    const form = new FormData();
    form.set("eventId", eventId);
    form.set("version", String(version));
    form.set("invitationId", guest.invitationId);
    form.set("companion", String(guest.companion));
    form.set("tableId", seat.tableId);
    form.set("seat", String(seat.seat));
    startTransition(() => formAction(form));
  };
  return (
    <DndContext id="seat-plan" sensors={sensors} onDragEnd={onDragEnd}>
      {children}
      <div aria-live="polite" className="mt-2 text-sm">
        {pending ? <span className="text-muted">Saving…</span> : null}
        {!pending && state && !state.ok ? <span className="text-danger">{state.formError ?? Object.values(state.fieldErrors ?? {})[0]}</span> : null}
      </div>
    </DndContext>
  );
}

/** A seated guest's name, draggable with a pointer (keyboards use the Move link beside it). */
export function DraggableGuest({ invitationId, companion, children }: GuestData & { children: ReactNode }) {
  const { setNodeRef, listeners, transform, isDragging } = useDraggable({ id: `${invitationId}.${companion}`, data: { invitationId, companion } });
  return (
    <span
      ref={setNodeRef}
      {...listeners}
      style={transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined}
      className={`block cursor-grab touch-none rounded-sm ${isDragging ? "relative z-20 bg-paper shadow-card" : ""}`}
    >
      {children}
    </span>
  );
}

/** A seat a guest can be dropped on. */
export function DroppableSeat({ tableId, seat, className, children }: SeatData & { className?: string; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: `${tableId}/${seat}`, data: { tableId, seat } });
  return (
    <li ref={setNodeRef} className={`${className ?? ""} ${isOver ? "bg-accent/10" : ""}`}>
      {children}
    </li>
  );
}
