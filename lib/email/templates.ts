import { render, unstableToPlainText } from "@react-email/render";
import { createElement, type ComponentType } from "react";
import { z } from "zod";
import type { EmailInstitute } from "@/emails/components/layout";
import AnswerEmail, { answerSubject, type AnswerEmailProps } from "@/emails/answer";
import EventChangeEmail, { eventChangeSubject, type EventChangeEmailProps } from "@/emails/event-change";
import InvitationEmail, { type InvitationEmailProps } from "@/emails/invitation";
import OptInEmail, { type OptInEmailProps } from "@/emails/opt-in";
import ReminderEmail, { reminderSubject, type ReminderEmailProps } from "@/emails/reminder";
import SignInEmail, { type SignInEmailProps } from "@/emails/sign-in";
import { emailEventSchema } from "@/lib/invitations/email-event";
import { listUnsubscribeHeaders } from "@/lib/opt-out/headers";

type WithInstitute = { institute: EmailInstitute };

type TemplateDefinition<P extends WithInstitute> = {
  component: ComponentType<P>;
  subject: (props: P) => string;
  // Props come back out of jsonb at delivery; checking them there turns a
  // malformed row into one failed email rather than a broken link.
  props: z.ZodType<Omit<P, "institute">>;
  // Props that carry a personal link: sealed while the email waits in the outbox (lib/email/sealed-links.ts).
  links: readonly (keyof Omit<P, "institute"> & string)[];
  /** Extra message headers (List-Unsubscribe on invitations): to Resend's `headers`, and shown in the dev mailbox. */
  headers?: (props: P) => Record<string, string> | undefined;
};

function defineTemplate<P extends WithInstitute>(definition: TemplateDefinition<P>): TemplateDefinition<P> {
  return definition;
}

/** Every email Convene sends, by the name stored in `email_outbox.template`. */
export const templates = {
  "sign-in": defineTemplate<SignInEmailProps>({
    component: SignInEmail,
    subject: () => "Sign in to Convene",
    props: z.object({ url: z.url() }),
    links: ["url"],
  }),
  invitation: defineTemplate<InvitationEmailProps>({
    component: InvitationEmail,
    subject: (p) => `Invitation: ${p.event.title}`,
    props: z.object({
      guestName: z.string(),
      event: emailEventSchema,
      respondUrl: z.url(),
      respondBy: z.string().nullable(),
      resent: z.boolean(),
      // Optional: invitations queued before opting out existed render without it.
      optOutUrl: z.url().nullable().optional(),
    }),
    links: ["respondUrl", "optOutUrl"],
    headers: (p) => listUnsubscribeHeaders(p.optOutUrl),
  }),
  answer: defineTemplate<AnswerEmailProps>({
    component: AnswerEmail,
    subject: (p) => answerSubject(p.outcome, p.event.title),
    props: z.object({
      guestName: z.string(),
      event: emailEventSchema,
      respondUrl: z.url(),
      outcome: z.enum(["accepted", "waitlisted", "declined", "promoted", "link", "delegate-proposed", "delegate-approved", "delegate-declined"]),
      waitlistPosition: z.number().int().nullable(),
      waitlistReason: z.string().max(300).nullable().optional(),
      plusOneName: z.string().nullable(),
      note: z.string().nullable().optional(),
    }),
    links: ["respondUrl"],
  }),
  reminder: defineTemplate<ReminderEmailProps>({
    component: ReminderEmail,
    subject: (p) => reminderSubject(p.kind, p.event.title),
    props: z.object({
      guestName: z.string(),
      event: emailEventSchema,
      respondUrl: z.url().nullable(),
      kind: z.enum(["no-answer", "upcoming"]),
      // Optional: reminders queued before it existed render without it.
      respondBy: z.string().nullable().optional(),
      // The guest's table, when staff tell guests theirs (lib/seating/guest-tables.ts).
      table: z.string().nullable().optional(),
      optOutUrl: z.url().nullable().optional(),
    }),
    links: ["respondUrl", "optOutUrl"],
    // Only a reminder to someone who has not answered is another invitation; an accepted guest's is about their place.
    headers: (p) => (p.kind === "no-answer" ? listUnsubscribeHeaders(p.optOutUrl) : undefined),
  }),
  "event-change": defineTemplate<EventChangeEmailProps>({
    component: EventChangeEmail,
    subject: (p) => eventChangeSubject(p.kind, p.event.title),
    props: z.object({
      guestName: z.string(),
      event: emailEventSchema,
      kind: z.enum(["updated", "cancelled"]),
      changes: z.array(z.string()),
      // Optional: changes queued before it existed render without old and new.
      moves: z.array(z.object({ what: z.enum(["time", "place"]), was: z.string(), now: z.string() })).optional(),
      reason: z.string().nullable(),
      respondUrl: z.url().nullable(),
    }),
    links: ["respondUrl"],
  }),
  "opt-in": defineTemplate<OptInEmailProps>({
    component: OptInEmail,
    subject: (p) => `Receive invitations from ${p.institute.shortName ?? p.institute.name} again`,
    props: z.object({ url: z.url() }),
    links: ["url"],
  }),
};

export type TemplateName = keyof typeof templates;
export type TemplateProps<T extends TemplateName> = Parameters<(typeof templates)[T]["subject"]>[0];
export type RenderedEmail = { subject: string; html: string; text: string; headers?: Record<string, string> };

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(templates, name);
}

function definitionOf<T extends TemplateName>(template: T): TemplateDefinition<TemplateProps<T>> {
  // Indexing the map with a generic key yields a union TypeScript cannot call;
  // the map's construction guarantees each entry matches its own props.
  return templates[template] as unknown as TemplateDefinition<TemplateProps<T>>;
}

/** The props of a template that carry a personal link. */
export function linkPropsOf(template: TemplateName): readonly string[] {
  return templates[template].links;
}

/** Every prop name any template keeps a link in: what a sent row no longer needs. */
export const ALL_LINK_PROPS: readonly string[] = [...new Set(Object.values(templates).flatMap((t) => t.links))];

/** Checks the stored part of a template's props (everything but the institute). */
export function parseTemplateProps<T extends TemplateName>(template: T, props: unknown): Omit<TemplateProps<T>, "institute"> {
  return definitionOf(template).props.parse(props);
}

export async function renderEmail<T extends TemplateName>(template: T, props: TemplateProps<T>): Promise<RenderedEmail> {
  const definition = definitionOf(template);
  const html = await render(createElement(definition.component, props));
  // The converter render(el, { plainText: true, unstableTextConversion: true })
  // uses, without rendering React twice. That converter keeps headings in their own
  // case and costs a tenth of html-to-text's (0.2 ms against 2 ms an email),
  // which decides whether delivery keeps up with Resend's 200 emails a second.
  const text = unstableToPlainText(html);
  const headers = definition.headers?.(props);
  return { subject: definition.subject(props), html, text, ...(headers ? { headers } : {}) };
}

/** Renders an outbox row: unknown template names and malformed props throw. */
export async function renderStoredEmail(template: string, props: unknown, institute: EmailInstitute): Promise<RenderedEmail> {
  if (!isTemplateName(template)) throw new Error(`Unknown email template "${template}"`);
  const stored = parseTemplateProps(template, props);
  return renderEmail(template, { ...stored, institute } as TemplateProps<typeof template>);
}
