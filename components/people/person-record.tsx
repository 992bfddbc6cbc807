import NextLink from "next/link";
import { Card, CardContent, CardHeader, CardTitle, StatusBadge, Table, TBody, TD, TH, THead, TR } from "@/components/ui";
import { speakerRoleLabel, type SpeakerRole } from "@/lib/events/protocol-order";
import { formatLongDate } from "@/lib/events/time";
import type { InvitationStatus } from "@/components/ui";

type EventRef = { id: string; eventId: string; eventTitle: string; startsAt: Date; timeZone: string };

function EventCell({ e }: { e: EventRef }) {
  return (
    <>
      <TD className="min-w-48">
        <NextLink href={`/staff/events/${e.eventId}`} className="font-medium text-ink underline decoration-ink/25 underline-offset-[0.2em] hover:decoration-ink">
          {e.eventTitle}
        </NextLink>
      </TD>
      <TD className="whitespace-nowrap text-muted">{formatLongDate(e.startsAt, e.timeZone)}</TD>
    </>
  );
}

/** Where this person spoke, newest first. */
export function SpeakingRoles({ roles }: { roles: readonly (EventRef & { role: SpeakerRole })[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">Speaking roles</CardTitle>
      </CardHeader>
      <CardContent>
        {roles.length === 0 ? (
          <p className="text-sm text-muted">Not on any programme yet. Add them as a speaker from an event’s Programme tab.</p>
        ) : (
          <Table label="Speaking roles">
            <THead>
              <TR>
                <TH>Event</TH>
                <TH>Date</TH>
                <TH>Role</TH>
              </TR>
            </THead>
            <TBody>
              {roles.map((r) => (
                <TR key={r.id}>
                  <EventCell e={r} />
                  <TD className="whitespace-nowrap">{speakerRoleLabel(r.role)}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

/** What this person was invited to and how they answered, newest first. */
export function Invitations({ invitations }: { invitations: readonly (EventRef & { status: InvitationStatus })[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">Invitations</CardTitle>
      </CardHeader>
      <CardContent>
        {invitations.length === 0 ? (
          <p className="text-sm text-muted">Not invited to any event yet. Invite them from an event’s Guests tab.</p>
        ) : (
          <Table label="Invitations">
            <THead>
              <TR>
                <TH>Event</TH>
                <TH>Date</TH>
                <TH>Answer</TH>
              </TR>
            </THead>
            <TBody>
              {invitations.map((i) => (
                <TR key={i.id}>
                  <EventCell e={i} />
                  <TD>
                    <StatusBadge status={i.status} />
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
