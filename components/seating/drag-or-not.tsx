import type { ReactNode } from "react";
import type { PlanAction } from "./plan-form";
import { DraggableGuest, DroppableSeat, SeatDnd } from "./seat-dnd";

// The table plan's pieces, draggable for editors and plain for everyone else
// (viewers, and an editor already choosing a seat by keyboard).

export function Plan({ draggable, children, ...props }: { draggable: boolean; action: PlanAction; eventId: string; version: number; children: ReactNode }) {
  return draggable ? <SeatDnd {...props}>{children}</SeatDnd> : <>{children}</>;
}

export function Seat({ draggable, tableId, seat, className, children }: { draggable: boolean; tableId: string; seat: number; className: string; children: ReactNode }) {
  return draggable ? (
    <DroppableSeat tableId={tableId} seat={seat} className={className}>
      {children}
    </DroppableSeat>
  ) : (
    <li className={className}>{children}</li>
  );
}

export function Guest({ draggable, invitationId, companion, children }: { draggable: boolean; invitationId: string; companion: number; children: ReactNode }) {
  return draggable ? (
    <DraggableGuest invitationId={invitationId} companion={companion}>
      {children}
    </DraggableGuest>
  ) : (
    <>{children}</>
  );
}
