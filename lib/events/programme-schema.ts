import { z } from "zod";
import { blankToNull, checkbox, optionalText, requiredText } from "@/lib/form-input";
import { ATTRIBUTIONS } from "./attribution";
import { SPEAKER_ROLES } from "./protocol-order";


export const addSpeakerSchema = z.object({
  eventId: z.uuid(),
  personId: z.uuid("Choose a person"),
  role: z.enum(SPEAKER_ROLES, { message: "Choose a role" }),
  remarksTitle: optionalText(200, "remarks title"),
});

export const newSpeakerSchema = z.object({
  eventId: z.uuid(),
  role: z.enum(SPEAKER_ROLES, { message: "Choose a role" }),
  honorific: optionalText(40, "honorific"),
  givenName: requiredText(100, "given name"),
  familyName: requiredText(100, "family name"),
  positionTitle: optionalText(200, "title"),
  affiliation: optionalText(200, "affiliation"),
  email: z.preprocess(blankToNull, z.string().trim().toLowerCase().pipe(z.email("Enter an email address like name@example.org")).nullable()),
  remarksTitle: optionalText(200, "remarks title"),
});

export const speakerRefSchema = z.object({ speakerId: z.uuid() });
export const moveSpeakerSchema = speakerRefSchema.extend({ direction: z.enum(["up", "down"]) });

// 24-hour clock times only: "25:99" has the shape of one and would be saved as the next day.
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time like 13:15");

export const agendaItemSchema = z.object({
  eventId: z.uuid(),
  startTime: time,
  endTime: z.preprocess(blankToNull, time.nullable()),
  title: z.string().trim().min(2, "Give the item a title").max(200),
  description: optionalText(2000, "description"),
  attribution: z.enum(["inherit", ...ATTRIBUTIONS], { message: "Choose the attribution" }),
  livestreamed: checkbox,
});

export const agendaRefSchema = z.object({ itemId: z.uuid() });

/** The same fields as a new item, for one that exists. */
export const agendaItemUpdateSchema = agendaItemSchema.extend({ itemId: z.uuid("Unknown agenda item") });

/** The agenda items one speaker speaks at; checkboxes arrive as one comma-separated list, possibly empty. */
export const speakerAgendaSchema = z.object({
  speakerId: z.uuid("Unknown speaker"),
  agendaItemIds: z
    .string()
    .optional()
    .transform((s) => [...new Set((s ?? "").split(",").map((x) => x.trim()).filter(Boolean))])
    .pipe(z.array(z.uuid("Choose agenda items of this event")).max(200, "Choose at most 200 items")),
});
