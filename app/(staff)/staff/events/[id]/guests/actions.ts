"use server";

import type { Db } from "@/db/types";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { addListToEvent } from "@/lib/invitations/add-list";
import { answerInvitation } from "@/lib/invitations/answer";
import { decideDelegate } from "@/lib/invitations/delegates";
import { addGuests, correctGuestAddress, importGuests, removeGuests } from "@/lib/invitations/mutations";
import { remindNonResponders } from "@/lib/invitations/reminders";
import { parseSpacingDays } from "@/lib/invitations/remind-spacing";
import { invitationsOfEvent } from "@/lib/invitations/queries";
import { acceptSchema, ANSWER_TEXT_LIMITS, declineSchema, type GuestAnswer } from "@/lib/invitations/schema";
import { resendInvitation, sendInvitations } from "@/lib/invitations/send";
import type { ImportOutcome } from "@/components/people/csv-import-form";
import { text } from "@/lib/form-input";
import { fromFileOrPaste } from "@/lib/people/csv-upload";
import { PERSON_LIMITS } from "@/lib/people/schema";
import { isForm, staffAction, UNREADABLE, type ActionState } from "@/lib/safe-action";

const eventId = z.uuid("Unknown event");
const uuidList = (message: string) =>
  z
    .string({ message })
    .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.uuid(message)).min(1, message).max(10_000, "Choose at most 10,000 at a time"));

const n = (x: number) => x.toLocaleString("en-GB");
const plural = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;

function refresh(id: string) {
  revalidatePath(`/staff/events/${id}`, "layout");
}

export const addFromDirectory = staffAction(
  "editor",
  z.object({ eventId, personIds: uuidList("Choose at least one person to add") }),
  async ({ eventId: id, personIds }, { db, actor }) => {
    const { added, alreadyListed } = await addGuests(db, actor, id, personIds);
    refresh(id);
    const message = `${plural(added, "guest", "guests")} added${alreadyListed ? `; ${plural(alreadyListed, "was", "were")} already on the list` : ""}.`;
    redirect(`/staff/events/${id}/guests?status=not_sent&notice=${encodeURIComponent(message)}`);
  },
);


const NOTHING = "Choose a CSV file or paste the rows, header included";
const importSchema = z.object({
  eventId,
  text: z.string({ message: NOTHING }).refine((t) => t.trim() !== "", NOTHING),
  source: z.enum(["file", "paste"]).catch("paste"),
});
const importText = staffAction<typeof importSchema, ImportOutcome>(
  "editor",
  importSchema,
  async ({ eventId: id, text, source }, { db, actor }) => {
    const result = await importGuests(db, actor, id, text);
    if (!result.ok) return { ok: true, data: { result: "rejected", errors: result.errors, pasted: source === "paste" ? text : null } };
    refresh(id);
    const { created, added, alreadyListed } = result;
    return {
      ok: true,
      message: `${plural(added, "guest", "guests")} added to the list (${n(created)} new to the directory).`,
      data: { result: "imported", counts: { added, created, alreadyListed } },
    };
  },
  // The CSV parser refuses a file that is not text in its own words.
  { ownText: ["text"] },
);

/** A chosen file wins over pasted rows; both are imported the same way. */
export const importGuestList = fromFileOrPaste(importText);

/**
 * The invitations of this event a staff member chose, or undefined for "all".
 * Ids reach SQL only once they are ids: a made-up one is refused in words, not as a failed query.
 */
async function chosenInvitations(db: Db, eventId: string, who: "all" | "selected", ids: string | undefined): Promise<string[] | undefined> {
  if (who !== "selected") return undefined;
  const parsed = uuidList("Choose at least one guest").safeParse(ids ?? "");
  if (!parsed.success) throw new DomainError("Choose at least one guest.", "who");
  return invitationsOfEvent(db, eventId, parsed.data);
}

export const sendInvitationsAction = staffAction(
  "editor",
  z.object({ eventId, who: z.enum(["all", "selected"], { message: "Choose who to invite" }), ids: z.string().optional() }),
  async ({ eventId: id, who, ids }, { db, actor }) => {
    const chosen = await chosenInvitations(db, id, who, ids);
    const { sent, withoutEmail } = await sendInvitations(db, actor, id, { invitationIds: chosen });
    if (sent === 0) throw new DomainError(withoutEmail ? "None of these guests has an email address." : "Everyone chosen has already been invited.", "who");
    refresh(id);
    const message = `${plural(sent, "invitation", "invitations")} on the way${withoutEmail ? `; ${plural(withoutEmail, "guest has", "guests have")} no email address` : ""}.`;
    redirect(`/staff/events/${id}/guests?notice=${encodeURIComponent(message)}`);
  },
);

export const resendAction = staffAction("editor", z.object({ eventId, invitationId: z.uuid("Unknown guest") }), async ({ eventId: id, invitationId }, { db, actor }) => {
  const { to } = await resendInvitation(db, actor, id, invitationId);
  refresh(id);
  return { ok: true, message: `Invitation sent again to ${to}.` };
});

export const newLinkAction = staffAction("editor", z.object({ eventId, invitationId: z.uuid("Unknown guest") }), async ({ eventId: id, invitationId }, { db, actor }) => {
  const { to } = await resendInvitation(db, actor, id, invitationId, { newLink: true });
  refresh(id);
  return { ok: true, message: `The old link no longer works; a new one is on its way to ${to}.` };
});

export const removeAction = staffAction("editor", z.object({ eventId, ids: uuidList("Choose at least one guest") }), async ({ eventId: id, ids }, { db, actor }) => {
  const { removed, withdrawn } = await removeGuests(db, actor, id, ids);
  refresh(id);
  const total = removed + withdrawn;
  const message = total ? `${plural(total, "guest", "guests")} removed from the list.` : "Nobody was removed: those guests were not on this list.";
  redirect(`/staff/events/${id}/guests?notice=${encodeURIComponent(message)}`);
});

/** Checkboxes post one personIds field per person chosen; the schema takes them as one list. */
export async function addChosenPeople(previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return UNREADABLE;
  formData.set("personIds", formData.getAll("personIds").map(String).join(","));
  return addFromDirectory(previous, formData);
}

export const decideDelegateAction = staffAction(
  "editor",
  // A row's Approve or Refuse submits the guest list's one decision form (form=…) with its choice and the guest in one value.
  z.preprocess(
    (values) => {
      const choice = /^(approve|refuse):(.*)$/.exec((values as Record<string, string>).choice ?? "");
      return choice ? { ...(values as Record<string, string>), decision: choice[1], invitationId: choice[2] } : values;
    },
    z.object({ eventId, invitationId: z.uuid("Unknown guest"), decision: z.enum(["approve", "refuse"], { message: "Approve or refuse" }) }),
  ),
  async ({ eventId: id, invitationId, decision }, { db, actor }) => {
    const result = await decideDelegate(db, actor, id, invitationId, decision === "approve");
    refresh(id);
    return { ok: true, message: result.approved ? "Delegate approved and invited; the guest is told." : "Delegate refused; the guest is told and asked to answer again." };
  },
);

export const remindAction = staffAction(
  "editor",
  z.object({
    eventId,
    who: z.enum(["all", "selected"]),
    ids: z.string().optional(),
    // The spacing the page showed; a form without it gets the default, as the page does.
    skipDays: z.string().optional().transform(parseSpacingDays),
  }),
  async ({ eventId: id, who, ids, skipDays }, { db, actor }) => {
    const chosen = await chosenInvitations(db, id, who, ids);
    if (chosen && chosen.length === 0) throw new DomainError("Choose at least one guest.", "who");
    const sent = await remindNonResponders(db, actor, id, { invitationIds: chosen, skipInvitedWithinDays: skipDays });
    if (sent === 0) {
      throw new DomainError(
        skipDays > 0 ? `Nobody to remind: every guest chosen has answered or was invited in the last ${plural(skipDays, "day", "days")}.` : "Nobody to remind: every guest chosen has answered.",
        "who",
      );
    }
    refresh(id);
    redirect(`/staff/events/${id}/guests?notice=${encodeURIComponent(`${plural(sent, "reminder", "reminders")} on the way.`)}`);
  },
);

export const recordAnswerAction = staffAction(
  "editor",
  z.object({
    eventId,
    invitationId: z.uuid("Unknown guest"),
    answer: z.enum(["accept", "decline"], { message: "Choose the answer" }),
    // The guest's own words, read as the guest's page reads them.
    ...acceptSchema.shape,
    ...declineSchema.shape,
    reason: z.preprocess(
      text,
      z.string({ message: "Say how the answer reached you" }).min(3, "Say how the answer reached you").max(ANSWER_TEXT_LIMITS.reason, `Keep it under ${ANSWER_TEXT_LIMITS.reason} characters`),
    ),
  }),
  async ({ eventId: id, invitationId, answer, reason, plusOneName, dietary, accessibility, message }, { db, actor, staff }) => {
    const given: GuestAnswer = answer === "accept" ? { answer, plusOneName, dietary, accessibility } : { answer, message };
    const result = await answerInvitation(db, id, invitationId, given, { actor, ignoreDeadline: true, recordedById: staff.id, reason });
    refresh(id);
    redirect(`/staff/events/${id}/guests?notice=${encodeURIComponent(`Answer recorded: ${result.status}.`)}`);
  },
);

export const correctAddressAction = staffAction(
  "editor",
  z.object({ eventId, invitationId: z.uuid("Unknown guest"), email: z.email("Enter an email address like name@example.org").max(PERSON_LIMITS.email) }),
  async ({ eventId: id, invitationId, email }, { db, actor }) => {
    await correctGuestAddress(db, actor, id, invitationId, email.toLowerCase());
    refresh(id);
    redirect(`/staff/events/${id}/guests?notice=${encodeURIComponent(`Address corrected; the invitation went again to ${email}.`)}`);
  },
);

export const addListAction = staffAction(
  "editor",
  z.object({ eventId, listId: z.uuid("Choose a list") }),
  async ({ eventId: id, listId }, { db, actor }) => {
    const { list, added, alreadyListed, skipped } = await addListToEvent(db, actor, id, listId);
    refresh(id);
    const parts = [`${plural(added, "guest", "guests")} added from “${list.name}”`];
    if (alreadyListed) parts.push(`${plural(alreadyListed, "was", "were")} already on the list`);
    if (skipped) parts.push(`${plural(skipped, "person", "people")} skipped`);
    redirect(`/staff/events/${id}/guests?status=not_sent&notice=${encodeURIComponent(`${parts.join("; ")}.`)}`);
  },
);
