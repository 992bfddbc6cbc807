import type { Metadata } from "next";
import { PageHeader } from "@/components/staff/page-header";
import { getDb } from "@/db";
import { requireStaff } from "@/lib/auth/session";
import { timeZoneOptions } from "@/lib/events/time-zones";
import { resolveRecapPhrasing } from "@/lib/settings/institute";
import { getInstitute, instituteLogoPath } from "@/lib/settings/queries";
import { getInstituteTimeZone } from "@/lib/settings/time-zone";
import { saveSettings } from "./actions";
import { deploymentDefaults } from "./defaults";
import { SettingsForm, type SettingsValues } from "./settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireStaff("admin");
  const db = getDb();
  const [institute, timeZone] = await Promise.all([getInstitute(db), getInstituteTimeZone(db)]);
  const defaults = deploymentDefaults();
  const values: SettingsValues = {
    name: institute.name,
    shortName: institute.shortName,
    postalAddress: institute.postalAddress,
    senderName: institute.senderName ?? defaults.senderName,
    senderEmail: institute.senderEmail ?? defaults.senderEmail,
    replyTo: institute.replyTo ?? "",
    timeZone,
    reminderHoursBefore: String(institute.reminderHoursBefore ?? defaults.reminderHoursBefore),
    emailRetentionDays: String(institute.emailRetentionDays ?? defaults.emailRetentionDays),
    ...resolveRecapPhrasing(institute),
  };
  return (
    <>
      <PageHeader title="Settings" description="The institute as guests, the public and email inboxes meet it, and the defaults of new events. A change shows everywhere at once." />
      <SettingsForm action={saveSettings} values={values} timeZones={timeZoneOptions(timeZone)} logo={instituteLogoPath(institute)} />
    </>
  );
}
