// The ids of the forms outside the guest list's rows that the rows' buttons and
// boxes submit through their form attribute. Here, not in the client component
// that renders two of them: a value a server component imports from a
// "use client" module is a reference to it, not the string.

/** The choose boxes' form: invite or remove the guests chosen. */
export const SELECTION_FORM_ID = "guest-selection";
/** The form every row's "Re-send" button submits, with the row's invitation as the button's value. */
export const RESEND_FORM_ID = "guest-resend";
/** The form a proposed delegate's "Approve" and "Refuse" submit, their value the decision and the row's invitation. */
export const DECIDE_FORM_ID = "guest-decide";
