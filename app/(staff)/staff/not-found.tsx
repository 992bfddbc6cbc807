import { NotFoundMessage } from "@/components/public/not-found-message";

// Inside the staff pages' frame (sidebar, <main>): a record that was deleted, or a mistyped address.
export default function StaffNotFound() {
  return (
    <NotFoundMessage href="/staff" action="Back to the dashboard">
      It may have been deleted, or the address may be mistyped.
    </NotFoundMessage>
  );
}
