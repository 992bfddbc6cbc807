import type { Metadata } from "next";
import { PageHeader } from "@/components/staff/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle, Table, TBody, TD, TH, THead, TR } from "@/components/ui";
import { getDb } from "@/db";
import { requireStaff } from "@/lib/auth/session";
import { listStaff } from "@/lib/staff/queries";
import { AddStaffForm } from "./add-staff-form";
import { SignOutEveryoneButton } from "./sign-out-everyone";
import { RemoveStaffButton, RoleForm } from "./staff-row-actions";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffUsersPage() {
  const me = await requireStaff("admin");
  const staff = await listStaff(getDb());
  return (
    <>
      <PageHeader title="Staff" description="Who can sign in to Convene, and what they may do. Only people on this list can sign in." />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="staff-list-heading">
          <h2 id="staff-list-heading" className="sr-only">
            Staff list
          </h2>
          <Table label="Staff list" stickyHeader cards>
            <THead>
              <TR>
                <TH>Name</TH>
                <TH>Email</TH>
                <TH>Role</TH>
                <TH align="right">
                  <span className="sr-only">Actions</span>
                </TH>
              </TR>
            </THead>
            <TBody>
              {staff.map((s) => (
                <TR key={s.id}>
                  <TD card="title" className="font-medium text-ink">
                    {s.name ?? "—"}
                    {s.id === me.id ? <span className="ml-2 text-xs font-normal text-muted">(you)</span> : null}
                  </TD>
                  <TD label="Email" className="break-all text-muted">{s.email}</TD>
                  <TD label="Role">
                    <RoleForm userId={s.id} name={s.name ?? s.email} role={s.role} />
                  </TD>
                  <TD card="action" align="right">
                    <RemoveStaffButton userId={s.id} name={s.name ?? s.email} isSelf={s.id === me.id} />
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </section>
        <div className="flex flex-col gap-8 self-start">
          <Card>
            <CardHeader>
              <CardTitle as="h2">Add a staff member</CardTitle>
            </CardHeader>
            <CardContent>
              <AddStaffForm />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h2">Sign everyone out</CardTitle>
              <CardDescription>
                Ends every other session at once, on every device. Use it after changing <code>AUTH_SECRET</code> (sessions outlive it) or
                when a laptop or phone goes missing. Everyone signs in again with a new link; you stay signed in.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <SignOutEveryoneButton />
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
