"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { Button } from "@/components/ui";

/**
 * The two buttons that move one item of a list a place up or down: each a
 * form posting the item's id under `field`, and the direction.
 */
export function MoveButtons({
  move,
  field,
  id,
  what,
  first,
  last,
  iconClassName,
}: {
  move: { run: (formData: FormData) => void; pending: boolean };
  field: string;
  id: string;
  /** How the buttons name the item: "Move “UN News” up". */
  what: string;
  first: boolean;
  last: boolean;
  iconClassName?: string;
}) {
  return (["up", "down"] as const).map((direction) => (
    <form key={direction} action={move.run}>
      <input type="hidden" name={field} value={id} />
      <input type="hidden" name="direction" value={direction} />
      <Button type="submit" size="icon-sm" variant="ghost" disabled={(direction === "up" ? first : last) || move.pending} aria-label={`Move ${what} ${direction}`}>
        {direction === "up" ? <ArrowUp aria-hidden="true" className={iconClassName} /> : <ArrowDown aria-hidden="true" className={iconClassName} />}
      </Button>
    </form>
  ));
}
