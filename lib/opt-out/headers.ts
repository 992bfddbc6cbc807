// RFC 2369 and RFC 8058: an invitation (or a reminder to someone who has not
// answered) names the person's opt-out link, and says a single POST to it
// (which Gmail, Yahoo and Apple Mail send from their "Unsubscribe" button)
// is enough. Only the https link: a mailto address would need someone to
// read that mailbox, and the one-click POST is what the providers require.

export const LIST_UNSUBSCRIBE = "List-Unsubscribe";
export const LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
/** The body a one-click POST carries (RFC 8058, section 3.1). */
export const ONE_CLICK_BODY = "List-Unsubscribe=One-Click";

export function listUnsubscribeHeaders(optOutUrl: string | null | undefined): Record<string, string> | undefined {
  if (!optOutUrl) return undefined;
  return { [LIST_UNSUBSCRIBE]: `<${optOutUrl}>`, [LIST_UNSUBSCRIBE_POST]: ONE_CLICK_BODY };
}
