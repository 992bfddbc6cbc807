import { Column, Row, Section, Text } from "@react-email/components";
import type { EmailEvent } from "../email-event";
import { colors, fineprint, fonts } from "./theme";

const label = { ...fineprint, fontSize: "13px", letterSpacing: "0.06em", textTransform: "uppercase" as const, margin: "0 0 2px" };
const value = { fontFamily: fonts.sans, fontSize: "15px", lineHeight: "22px", color: colors.ink, margin: "0 0 12px" };

/** The event as its page shows it: a date block, the title in serif, then when, where and who hosts. */
export function EmailEventCard({ event, showSpeakers = true }: { event: EmailEvent; showSpeakers?: boolean }) {
  return (
    <Section style={{ border: `1px solid ${colors.rule}`, padding: "20px", margin: "0 0 24px" }}>
      <Row>
        <Column style={{ width: "64px", verticalAlign: "top" }}>
          <Text
            style={{
              margin: "0",
              width: "56px",
              textAlign: "center",
              border: `1px solid ${colors.ink}`,
              fontFamily: fonts.sans,
              color: colors.ink,
              fontSize: "12px",
              lineHeight: "16px",
              padding: "6px 0",
            }}
          >
            {event.month.toUpperCase()}
            <br />
            <span style={{ fontFamily: fonts.serif, fontSize: "26px", lineHeight: "32px" }}>{event.day}</span>
            <br />
            {event.weekday.slice(0, 3)}
          </Text>
        </Column>
        <Column style={{ verticalAlign: "top", paddingLeft: "12px" }}>
          <Text style={{ fontFamily: fonts.serif, fontSize: "21px", lineHeight: "28px", color: colors.ink, margin: "0 0 4px" }}>{event.title}</Text>
          {event.subtitle ? <Text style={{ ...fineprint, margin: "0" }}>{event.subtitle}</Text> : null}
        </Column>
      </Row>
      <Section style={{ paddingTop: "16px" }}>
        <Text style={label}>When</Text>
        <Text style={value}>{event.when}</Text>
        {event.venue ? (
          <>
            <Text style={label}>Where</Text>
            <Text style={value}>{event.venue}</Text>
          </>
        ) : null}
        <Text style={label}>Hosted by</Text>
        <Text style={value}>{event.hosts}</Text>
        {showSpeakers
          ? event.speakers.map((group) => (
              <div key={group.label}>
                <Text style={label}>{group.label}</Text>
                <SpeakerList group={group} />
              </div>
            ))
          : null}
        {event.attribution ? <Text style={{ ...fineprint, margin: "4px 0 0" }}>{event.attribution}</Text> : null}
      </Section>
    </Section>
  );
}

const speakerName = { ...value, margin: "0" };
const speakerCredentials = { ...fineprint, fontSize: "14px", lineHeight: "20px", margin: "0" };

/** One speaker per line, the name first and the title and affiliation under it, as the event page sets them. */
function SpeakerList({ group }: { group: EmailEvent["speakers"][number] }) {
  const people = group.people ?? group.names.map((name) => ({ name, credentials: "" }));
  return (
    <Section style={{ margin: "0 0 12px" }}>
      {people.map((p, i) => (
        <div key={`${i}-${p.name}`} style={{ margin: i ? "8px 0 0" : "0" }}>
          <Text style={speakerName}>{p.name}</Text>
          {p.credentials ? <Text style={speakerCredentials}>{p.credentials}</Text> : null}
        </div>
      ))}
    </Section>
  );
}
