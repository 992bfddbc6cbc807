import { describe, expect, it } from "vitest";
import { PreviewProps } from "@/emails/sign-in";
import { renderEmail, renderStoredEmail } from "./templates";

const institute = { name: "Geneva Policy Centre", postalAddress: "Rue de Lausanne 1, 1202 Genève" };

describe("email templates", () => {
  it("renders the sign-in email with one button to the link, the institute and why it came", async () => {
    const url = "https://convene.example.org/sign-in/verify?token=abc&email=a%40example.org";
    const email = await renderEmail("sign-in", { url, institute });
    expect(email.subject).toBe("Sign in to Convene");
    expect(email.html).toContain(`href="${url.replace("&", "&amp;")}"`);
    expect(email.html.match(/<a /g)).toHaveLength(1);
    expect(email.html).toContain("Geneva Policy Centre");
    expect(email.html).toContain("Rue de Lausanne 1, 1202 Genève");
    expect(email.html).toContain("You receive this because");
    expect(email.text).toContain(url);
    expect(email.text).toContain("This link works once, for 10 minutes. If you did not ask for it, ignore this email.");
  });

  it("renders its preview props", async () => {
    const email = await renderEmail("sign-in", PreviewProps);
    expect(email.html).toContain(PreviewProps.institute.name);
  });

  it("refuses stored rows it cannot trust", async () => {
    await expect(renderStoredEmail("no-such-template", {}, institute)).rejects.toThrow(/Unknown email template/);
    await expect(renderStoredEmail("sign-in", { url: 42 }, institute)).rejects.toThrow();
  });
});
