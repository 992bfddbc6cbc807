import { expect, type Page } from "@playwright/test";

/**
 * Opens the newest email to `to` whose subject matches, in the dev mailbox,
 * as the person would in their mail client; returns the href of `linkName`.
 */
export async function openEmail(page: Page, to: string, subject: RegExp): Promise<void> {
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
    await page.getByRole("list", { name: "Messages" }).getByRole("link", { name: subject }).first().click({ timeout: 1000 });
    await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000, intervals: [250, 500, 1000] });
}

export async function linkInEmail(page: Page, to: string, subject: RegExp, linkName: string): Promise<string> {
  await openEmail(page, to, subject);
  const href = await page.frameLocator("iframe").getByRole("link", { name: linkName }).getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

/** How many emails to `to` match the subject. */
export async function countEmails(page: Page, to: string, subject: RegExp): Promise<number> {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
  return page.getByRole("list", { name: "Messages" }).getByRole("link", { name: subject }).count();
}
