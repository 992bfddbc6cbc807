import type { RenderedEmail } from "@/lib/email/templates";

/** An email exactly as one guest will receive it, beside the button that sends it. */
export function EmailPreview({ email, recipient, title }: { email: Pick<RenderedEmail, "subject" | "html">; recipient: string; title: string }) {
  return (
    <section aria-labelledby="email-preview-heading" className="min-w-0 space-y-2">
      <h2 id="email-preview-heading" className="text-sm font-medium text-ink">
        Preview, as {recipient} will see it
      </h2>
      <p className="text-sm text-muted">Subject: {email.subject}</p>
      <iframe title={title} srcDoc={email.html} sandbox="" className="h-[44rem] w-full rounded-md border border-line bg-surface" />
    </section>
  );
}
