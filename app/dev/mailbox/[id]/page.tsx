import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { devMailboxEnabled } from "@/lib/email/dev-mailbox-access";
import { getDevMessage } from "@/lib/email/queries";
import { isUuid } from "@/lib/ids";

export const metadata: Metadata = { title: "Message — Dev mailbox", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function DevMessagePage({ params }: { params: Promise<{ id: string }> }) {
  if (!devMailboxEnabled()) notFound();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const message = await getDevMessage(getDb(), id);
  if (!message) notFound();
  return (
    <main id="main" className="mx-auto max-w-4xl px-5 py-10">
      <Link href="/dev/mailbox" className="text-sm text-muted underline underline-offset-4">
        ← All messages
      </Link>
      <h1 className="mt-4 text-2xl font-semibold text-ink">{message.subject}</h1>
      <dl className="mt-3 grid grid-cols-[minmax(5rem,max-content)_1fr] gap-x-4 gap-y-1 text-sm">
        {message.fromAddress ? (
          <>
            <dt className="text-muted">From</dt>
            <dd className="break-all text-ink">{message.fromAddress}</dd>
          </>
        ) : null}
        <dt className="text-muted">To</dt>
        <dd className="text-ink">{message.toAddress}</dd>
        {message.replyTo ? (
          <>
            <dt className="text-muted">Reply-To</dt>
            <dd className="break-all text-ink">{message.replyTo}</dd>
          </>
        ) : null}
        {Object.entries(message.headers).map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-muted">{name}</dt>
            <dd className="break-all font-mono text-xs text-ink" data-header={name}>
              {value}
            </dd>
          </div>
        ))}
        {message.attachments.length ? (
          <>
            <dt className="text-muted">Attached</dt>
            <dd>
              <ul aria-label="Attachments" className="flex flex-wrap gap-3">
                {message.attachments.map((a, i) => (
                  <li key={i}>
                    <a href={`/dev/mailbox/${message.id}/attachments/${i}`} download={a.filename} className="text-ink underline underline-offset-4">
                      {a.filename}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {/* The message as the recipient sees it; links open in this tab, as from a mail client. */}
      <iframe
        title={`Email: ${message.subject}`}
        srcDoc={message.html.replace("<head>", '<head><base target="_top">')}
        sandbox="allow-top-navigation-by-user-activation allow-popups"
        className="mt-6 h-[70vh] w-full rounded-md border border-line bg-paper"
      />
      <details className="mt-6">
        <summary className="cursor-pointer text-sm font-medium text-ink">Plain-text version</summary>
        <pre className="mt-3 whitespace-pre-wrap rounded-md bg-surface p-4 text-sm text-ink">{message.text}</pre>
      </details>
    </main>
  );
}
