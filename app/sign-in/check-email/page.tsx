import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { devMailboxEnabled } from "@/lib/email/dev-mailbox-access";

export const metadata: Metadata = { title: "Check your email — Convene" };
export const dynamic = "force-dynamic";

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { email, limited } = await searchParams;
  const address = typeof email === "string" && email.length < 255 ? email : null;
  return (
    <AuthCard title="Check your email" footer={<Link href="/sign-in" className="underline underline-offset-4">Use a different address</Link>}>
      <div role="status" className="space-y-3 leading-relaxed text-ink">
        <p>
          If {address ? <strong className="break-all">{address}</strong> : "that address"} belongs to a member of staff,{" "}
          {limited === "1" ? "a sign-in link has been sent to it." : "a sign-in link is on its way."}
        </p>
        <p className="text-sm text-muted">The link works once, for 10 minutes. It may take a minute to arrive; check your spam folder too.</p>
      </div>
      {limited === "1" ? (
        // The same words whoever the address belongs to: they reveal nothing about the staff list.
        <div className="mt-5 space-y-2 rounded-md border border-line bg-surface px-3 py-3 text-sm leading-relaxed text-ink">
          <p className="font-medium">Many links were asked for this address in the last hour.</p>
          <p>
            No new link is sent while the last one still works: use the newest sign-in email in that inbox. Once it is more than 10
            minutes old, ask again here and a new link will be sent.
          </p>
        </div>
      ) : null}
      {devMailboxEnabled() ? (
        <p className="mt-5 rounded-md border border-line bg-surface px-3 py-2 text-sm">
          Running Convene locally? Emails land in the <Link href="/dev/mailbox" className="font-medium text-accent underline underline-offset-4">dev mailbox</Link>.
        </p>
      ) : null}
    </AuthCard>
  );
}
