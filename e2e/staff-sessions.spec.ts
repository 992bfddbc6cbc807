import { DEMO } from "./auth";
import { expect, test } from "./fixtures";

test.describe("staff sessions", () => {
  test("an admin signs everyone else out: the editor's session ends, the admin's does not", async ({ staffPage }) => {
    const editor = await staffPage(DEMO.editor);
    await editor.goto("/staff");
    await expect(editor.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

    const admin = await staffPage(DEMO.admin);
    await admin.goto("/staff/users");
    await admin.getByRole("button", { name: "Sign everyone out" }).click();
    const dialog = admin.getByRole("alertdialog", { name: "Sign everyone else out?" });
    await expect(dialog).toContainText("You stay signed in here.");
    // Going back changes nothing.
    await dialog.getByRole("button", { name: "Go back" }).click();
    await editor.reload();
    await expect(editor.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

    await admin.getByRole("button", { name: "Sign everyone out" }).click();
    await dialog.getByRole("button", { name: "Sign everyone out" }).click();
    await expect(admin.getByRole("status").filter({ hasText: /signed out\. They sign in again with a new link\./ })).toBeAttached();

    await editor.reload();
    await expect(editor).toHaveURL(/\/sign-in\?callbackUrl=%2Fstaff/);
    await expect(editor.getByRole("heading", { name: "Sign in to Convene" })).toBeVisible();
    await admin.reload();
    await expect(admin.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
  });
});
