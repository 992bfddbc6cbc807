import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { tablePlan, type PrintTable } from "../layout";
import { base, InstituteFoot, MUTED, RULE, type PrintLogo } from "./shared";

const s = StyleSheet.create({
  page: { padding: 40, paddingBottom: 56 },
  kicker: { fontSize: 9, letterSpacing: 1.2, textTransform: "uppercase", color: MUTED },
  title: { fontSize: 20, fontWeight: 700, marginTop: 4 },
  when: { fontSize: 10, color: MUTED, marginTop: 2, marginBottom: 16 },
  grid: { flexDirection: "row", flexWrap: "wrap", gap: 10 },
  box: { width: "31.5%", borderWidth: 0.75, borderColor: RULE, borderRadius: 3, padding: 8 },
  boxName: { fontSize: 11, fontWeight: 700, marginBottom: 4 },
  boxLine: { fontSize: 8, lineHeight: 1.35 },
  heading: { fontSize: 28, fontWeight: 700 },
  row: { flexDirection: "row", paddingVertical: 7, borderBottomWidth: 0.5, borderBottomColor: RULE },
  seat: { width: 36, fontSize: 12, color: MUTED },
  name: { fontSize: 13, fontWeight: 700 },
  credentials: { fontSize: 10, color: MUTED, marginTop: 1 },
  foot: { position: "absolute", bottom: 28, left: 40, right: 40, flexDirection: "row", justifyContent: "space-between" },
  empty: { fontSize: 12, color: MUTED, marginTop: 24 },
});

type Props = { institute: string; logo?: PrintLogo; eventTitle: string; when: string; tables: PrintTable[] };

function Foot({ institute, logo, eventTitle }: { institute: string; logo?: PrintLogo; eventTitle: string }) {
  return (
    <View style={s.foot} fixed>
      <InstituteFoot name={institute} logo={logo} />
      <Text style={base.institute}>{eventTitle}</Text>
    </View>
  );
}

/** The table plan: an overview of every table on the first page, then one page per table with its seats in order. */
export function TablePlanDocument({ institute, logo, eventTitle, when, tables }: Props) {
  const plan = tablePlan(tables);
  const seated = plan.reduce((n, t) => n + t.lines.length, 0);
  return (
    <Document title={`Table plan — ${eventTitle}`} author={institute} creator="Convene" language="en">
      <Page size="A4" style={[base.page, s.page]}>
        <Text style={s.kicker}>Table plan</Text>
        <Text style={s.title}>{eventTitle}</Text>
        <Text style={s.when}>
          {when} · {plan.length} {plan.length === 1 ? "table" : "tables"}, {seated} seated
        </Text>
        {plan.length === 0 ? <Text style={s.empty}>No tables yet: the plan is made on the event&apos;s seating page.</Text> : null}
        <View style={s.grid}>
          {plan.map(({ table, name, lines, empty }) => (
            <View key={table.id} style={s.box} wrap={false}>
              <Text style={s.boxName}>{name}</Text>
              {lines.map((l) => (
                <Text key={l.seat} style={s.boxLine}>
                  {l.seat}. {l.name}
                </Text>
              ))}
              {empty ? <Text style={[s.boxLine, { color: MUTED }]}>{empty} empty</Text> : null}
            </View>
          ))}
        </View>
        <Foot institute={institute} logo={logo} eventTitle={eventTitle} />
      </Page>
      {plan.map(({ table, name, lines, empty }) => (
        <Page key={table.id} size="A4" style={[base.page, s.page]}>
          <Text style={s.kicker}>{eventTitle}</Text>
          <Text style={s.heading}>{name}</Text>
          <Text style={s.when}>
            {lines.length} of {table.seats} seats taken{empty ? `, ${empty} empty` : ""}
            {table.isHead ? " · seat 1 is the host's" : ""}
          </Text>
          {lines.map((l) => (
            <View key={l.seat} style={s.row} wrap={false}>
              <Text style={s.seat}>{l.seat}</Text>
              <View style={{ flex: 1 }}>
                <Text style={s.name}>{l.name}</Text>
                {l.credentials ? <Text style={s.credentials}>{l.credentials}</Text> : null}
              </View>
            </View>
          ))}
          <Foot institute={institute} logo={logo} eventTitle={eventTitle} />
        </Page>
      ))}
    </Document>
  );
}
