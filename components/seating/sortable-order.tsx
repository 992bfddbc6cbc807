"use client";

import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { GripVertical } from "lucide-react";
import { useActionState, useState, useTransition } from "react";
import type { ActionState } from "@/lib/safe-action";
import type { PlanAction } from "./plan-form";

type Guest = { id: string; name: string };

function Row({ guest, place }: { guest: Guest; place: number }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: guest.id });
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition }} className={`flex items-center gap-2 bg-paper px-3 py-1.5 ${isDragging ? "relative z-10 shadow-card" : ""}`}>
      <button
        type="button"
        {...attributes}
        {...listeners}
        aria-label={`Drag ${guest.name}, place ${place}`}
        className="flex size-8 cursor-grab items-center justify-center rounded-sm text-muted hover:bg-surface-sunken focus-visible:outline-2 focus-visible:outline-accent"
      >
        <GripVertical aria-hidden="true" className="size-4" />
      </button>
      <span className="w-6 text-right tabular-nums text-muted">{place}</span>
      <span className="text-ink">{guest.name}</span>
    </li>
  );
}

/**
 * Dragging the order of precedence (also by keyboard: space to lift, arrows,
 * space to drop). The same change as the move-up and move-down buttons.
 */
export function SortableOrder({ action, change, guests }: { action: PlanAction; change: { eventId: string; version: number }; guests: Guest[] }) {
  const [items, setItems] = useState(guests);
  const [seen, setSeen] = useState(guests);
  if (seen !== guests) {
    setSeen(guests);
    setItems(guests);
  }
  const [state, formAction] = useActionState<ActionState, FormData>(action, null);
  const [, startTransition] = useTransition();
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const next = arrayMove(items, items.findIndex((g) => g.id === active.id), items.findIndex((g) => g.id === over.id));
    setItems(next);
    const form = new FormData();
    form.set("eventId", change.eventId);
    form.set("version", String(change.version));
    form.set("order", next.map((g) => g.id).join(","));
    startTransition(() => formAction(form));
  };
  return (
    <details className="rounded-md border border-line bg-paper p-3 text-sm">
      <summary className="cursor-pointer font-medium text-ink">Drag to reorder</summary>
      <DndContext id="precedence-order" sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={items.map((g) => g.id)} strategy={verticalListSortingStrategy}>
          <ol className="mt-2 divide-y divide-line">
            {items.map((g, i) => (
              <Row key={g.id} guest={g} place={i + 1} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {state && !state.ok ? (
        <p role="alert" className="mt-2 text-danger">
          {state.formError ?? Object.values(state.fieldErrors ?? {})[0]}
        </p>
      ) : null}
      {state?.ok ? (
        <p role="status" className="mt-2 text-success">
          {state.message}
        </p>
      ) : null}
    </details>
  );
}
