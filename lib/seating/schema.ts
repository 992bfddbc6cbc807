import { z } from "zod";
import { SEATING_ROLES, TABLE_SHAPES } from "@/db/enum-values";
import { checkbox, requiredText } from "@/lib/form-input";

// The table plan's forms. Every change to the plan carries the plan version
// the person saw, so an edit made against an older plan is refused.

export const TABLE_LABEL_MAX = 40;
export const TABLE_SEATS_MAX = 60;

const seatCount = z.coerce
  .number({ message: `Enter the number of seats, 1 to ${TABLE_SEATS_MAX}` })
  .int(`Enter a whole number of seats, 1 to ${TABLE_SEATS_MAX}`)
  .min(1, `A table needs at least 1 seat`)
  .max(TABLE_SEATS_MAX, `A table has at most ${TABLE_SEATS_MAX} seats`);

export const planChange = z.object({
  eventId: z.uuid("Unknown event"),
  version: z.coerce.number({ message: "Reload the page: the plan's version is missing" }).int().min(0),
});

export const tableFields = z.object({
  label: requiredText(TABLE_LABEL_MAX, "table's name or number"),
  shape: z.enum(TABLE_SHAPES, { message: "Choose round or long" }),
  seats: seatCount,
  isHead: checkbox,
});
export type TableInput = z.infer<typeof tableFields>;

export const addTableSchema = planChange.extend(tableFields.shape);
export const editTableSchema = planChange.extend({ tableId: z.uuid("Unknown table") }).extend(tableFields.shape);
export const removeTableSchema = planChange.extend({ tableId: z.uuid("Unknown table") });

const companion = z.coerce.number({ message: "Unknown guest" }).int().min(0).max(20);

export const assignSeatSchema = planChange.extend({
  invitationId: z.uuid("Unknown guest"),
  companion,
  tableId: z.uuid("Choose a table"),
  seat: z.coerce.number({ message: "Choose a seat" }).int("Choose a seat").min(1, "Choose a seat"),
});
export const unseatSchema = planChange.extend({ invitationId: z.uuid("Unknown guest"), companion });

export const seatingRoleSchema = planChange.extend({
  invitationId: z.uuid("Unknown guest"),
  role: z.preprocess((v) => (v === "" || v === "none" ? null : v), z.enum(SEATING_ROLES, { message: "Choose host, guest of honour or neither" }).nullable()),
});

export const movePrecedenceSchema = planChange.extend({
  invitationId: z.uuid("Unknown guest"),
  /** 1-based place in the event's order. */
  place: z.coerce.number({ message: "Enter a place in the order" }).int("Enter a whole number").min(1, "The first place is 1"),
});
export const reorderSchema = planChange.extend({
  order: z.string().transform((s, ctx) => {
    const ids = s.split(",").filter(Boolean);
    if (!ids.every((id) => z.uuid().safeParse(id).success)) {
      ctx.addIssue({ code: "custom", message: "The order could not be read. Reload the page and try again." });
      return z.NEVER;
    }
    return ids;
  }),
});

export const seatingSettingsSchema = z.object({
  eventId: z.uuid("Unknown event"),
  seatingEnabled: checkbox,
  tellGuestsTheirTable: checkbox,
});
