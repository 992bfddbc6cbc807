import { GuestCard } from "@/components/public/guest-card";

export default function OptOutLinkNotFound() {
  return (
    <GuestCard title="This link does not work">
      <p>It may have been copied incompletely. Open the “Stop invitations” link from your email again, or write to the organizers.</p>
    </GuestCard>
  );
}
