import Link from "next/link";
import { GuestCard } from "@/components/public/guest-card";

export default function OptInLinkNotFound() {
  return (
    <GuestCard title="This link does not work">
      <p>It works once, for 7 days, and may have expired or been used already.</p>
      <p>
        <Link href="/opt-in" className="font-medium text-ink underline underline-offset-4">
          Ask for a new link
        </Link>
      </p>
    </GuestCard>
  );
}
