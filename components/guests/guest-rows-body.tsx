"use client";

import { useMemo } from "react";
import { guestRowsHtmlParts } from "@/lib/invitations/guest-rows-html";
import type { GuestRowView } from "@/lib/invitations/guest-row-views";
import { GUEST_ROW_CLASSES } from "./guest-row-classes";
import { DECIDE_FORM_ID, RESEND_FORM_ID, SELECTION_FORM_ID } from "./guest-row-forms";

/**
 * The guest list's table bodies: its rows written as HTML strings
 * (lib/invitations/guest-rows-html.ts), on the server for the page's HTML
 * and in the browser from the same words. The page sends the rows as a short
 * list of words, not as their markup, and React renders a few strings, not an
 * element per cell: one table body per part of at most 60 000 characters
 * (about 20 rows), since a longer string costs the server more than its
 * length (GUEST_ROWS_PART_CHARS). Nothing here is interactive: the rows'
 * buttons are worked by GuestRowControls around the table. The words come
 * as one JSON string (`rowsJson`, written by GuestTable): the page's
 * payload then carries one value, not the sixteen of each of fifty rows,
 * each of which React would serialise and read back on its own.
 */
export function GuestRowsBody({ rowsJson, base, canEdit }: { rowsJson: string; base: string; canEdit: boolean }) {
  const rows = useMemo(() => JSON.parse(rowsJson) as GuestRowView[], [rowsJson]);
  const parts = guestRowsHtmlParts(rows, { base, canEdit, forms: { choose: SELECTION_FORM_ID, resend: RESEND_FORM_ID, decide: DECIDE_FORM_ID }, classes: GUEST_ROW_CLASSES });
  // The last row of the last body has no line under it (the table's frame is there).
  return parts.map((html, i) => <tbody key={i} className="[&:last-child>tr:last-child>td]:border-b-0" dangerouslySetInnerHTML={{ __html: html }} />);
}
