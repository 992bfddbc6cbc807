import { NotFoundMessage } from "@/components/public/not-found-message";

// The staff pages' group, outside the staff frame. Next.js draws each
// segment's not-found page into every answer of the pages below it; without
// this one the group drew the public site's (app/not-found.tsx: its header,
// footer and the institute's settings) into every staff page, a second time
// after the root layout's. What a staff page cannot find is shown by
// app/(staff)/staff/not-found.tsx, inside the staff frame.
export default function StaffGroupNotFound() {
  return (
    <main id="main" className="flex min-h-dvh flex-col">
      <NotFoundMessage href="/staff" action="Back to the dashboard">
        It may have been deleted, or the address may be mistyped.
      </NotFoundMessage>
    </main>
  );
}
