import type { ReactNode } from "react";
import type { RenderedEmail } from "@/lib/email/templates";

/**
 * An email exactly as one guest will receive it, beside the button that
 * sends it. `choose` is the "Preview as" form; with no recipient the
 * greeting is a placeholder and the heading says so.
 */
export function EmailPreview({ email, recipient, title, choose }: { email: Pick<RenderedEmail, "subject" | "html">; recipient: string | null; title: string; choose?: ReactNode }) {
  return (
    <section aria-labelledby="email-preview-heading" className="min-w-0 space-y-3">
      {choose}
      <h2 id="email-preview-heading" className="text-sm font-medium text-ink">
        {recipient ? `Preview, as ${recipient} will see it` : "Preview, with a placeholder for the guest’s name"}
      </h2>
      <p className="text-sm text-muted">Subject: {email.subject}</p>
      <iframe title={title} srcDoc={email.html} sandbox="" className="h-[44rem] w-full rounded-md border border-line bg-surface" />
    </section>
  );
}
