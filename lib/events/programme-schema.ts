import { z } from "zod";
import { ATTRIBUTIONS } from "./attribution";
import { SPEAKER_ROLES } from "./protocol-order";

const blankToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);
const optional = (max: number) => z.preprocess(blankToNull, z.string().trim().max(max, `Keep it under ${max} characters`).nullable());

export const addSpeakerSchema = z.object({
  eventId: z.uuid(),
  personId: z.uuid("Choose a person"),
  role: z.enum(SPEAKER_ROLES, { message: "Choose a role" }),
  remarksTitle: optional(200),
});

export const newSpeakerSchema = z.object({
  eventId: z.uuid(),
  role: z.enum(SPEAKER_ROLES, { message: "Choose a role" }),
  honorific: optional(40),
  givenName: z.string().trim().min(1, "Enter the given name").max(100),
  familyName: z.string().trim().min(1, "Enter the family name").max(100),
  positionTitle: optional(200),
  affiliation: optional(200),
  email: z.preprocess(blankToNull, z.string().trim().toLowerCase().pipe(z.email("Enter an email address like name@example.org")).nullable()),
  remarksTitle: optional(200),
});

export const speakerRefSchema = z.object({ speakerId: z.uuid() });
export const moveSpeakerSchema = speakerRefSchema.extend({ direction: z.enum(["up", "down"]) });

const time = z.string().regex(/^\d{2}:\d{2}$/, "Enter a time like 13:15");

export const agendaItemSchema = z.object({
  eventId: z.uuid(),
  startTime: time,
  endTime: z.preprocess(blankToNull, time.nullable()),
  title: z.string().trim().min(2, "Give the item a title").max(200),
  description: optional(2000),
  attribution: z.enum(["inherit", ...ATTRIBUTIONS], { message: "Choose the attribution" }),
  livestreamed: z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean()),
});

export const agendaRefSchema = z.object({ itemId: z.uuid() });
