"use client";

import { guestRowsHtml } from "@/lib/invitations/guest-rows-html";
import type { GuestRowView } from "@/lib/invitations/guest-row-views";
import { GUEST_ROW_CLASSES } from "./guest-row-classes";
import { DECIDE_FORM_ID, RESEND_FORM_ID, SELECTION_FORM_ID } from "./guest-row-forms";

/**
 * The guest list's table body: its rows written as one HTML string
 * (lib/invitations/guest-rows-html.ts), on the server for the page's HTML
 * and in the browser from the same words. The page sends the rows as a short
 * list of words, not as their markup, and React renders one string, not an
 * element per cell. Nothing here is interactive: the rows' buttons are
 * worked by GuestRowControls around the table.
 */
export function GuestRowsBody({ rows, base, canEdit }: { rows: readonly GuestRowView[]; base: string; canEdit: boolean }) {
  const html = guestRowsHtml(rows, { base, canEdit, forms: { choose: SELECTION_FORM_ID, resend: RESEND_FORM_ID, decide: DECIDE_FORM_ID }, classes: GUEST_ROW_CLASSES });
  return <tbody className="[&>tr:last-child>td]:border-b-0" dangerouslySetInnerHTML={{ __html: html }} />;
}
