import { describe, expect, it } from "vitest";
import { hasBrokenEncoding, isUnreadableActionBody, MAX_ARGUMENT_NESTING, nestsDeeperThan } from "./malformed";

describe("malformed requests", () => {
  it("finds broken percent-encoding in an address", () => {
    expect(hasBrokenEncoding("/events/%FF")).toBe(true);
    expect(hasBrokenEncoding("/rsvp/%E0%A4%A")).toBe(true);
    expect(hasBrokenEncoding("/events/caf%C3%A9")).toBe(false);
    expect(hasBrokenEncoding("/events/plain-slug")).toBe(false);
  });

  it("finds a text action body that is not JSON, and leaves forms to Next", () => {
    expect(isUnreadableActionBody("text/plain;charset=UTF-8", "garbage{")).toBe(true);
    expect(isUnreadableActionBody("text/plain;charset=UTF-8", '[null,{"a":1}]')).toBe(false);
    expect(isUnreadableActionBody("multipart/form-data; boundary=x", "garbage{")).toBe(false);
    expect(isUnreadableActionBody(null, "garbage{")).toBe(false);
  });

  it("finds a multipart action whose argument list is not JSON, and leaves plain form posts alone", () => {
    const form = (root?: string) => {
      const f = new FormData();
      f.set("1_name", "x");
      if (root !== undefined) f.set("0", root);
      return f;
    };
    expect(isUnreadableActionBody("multipart/form-data; boundary=x", form('{"$K1":'))).toBe(true);
    expect(isUnreadableActionBody("multipart/form-data; boundary=x", form('["$K1"]'))).toBe(false);
    expect(isUnreadableActionBody("multipart/form-data; boundary=x", form())).toBe(false);
  });

  it("finds arguments nested deeper than Convene's forms ever send, before parsing them", () => {
    const nested = (n: number) => "[".repeat(n) + "]".repeat(n);
    expect(nestsDeeperThan(nested(MAX_ARGUMENT_NESTING), MAX_ARGUMENT_NESTING)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_ARGUMENT_NESTING + 1), MAX_ARGUMENT_NESTING)).toBe(true);
    // Brackets inside strings, escaped quotes included, are text.
    expect(nestsDeeperThan(JSON.stringify(["[".repeat(5000), 'a \\" {{{{']), MAX_ARGUMENT_NESTING)).toBe(false);
    expect(isUnreadableActionBody("text/plain;charset=UTF-8", nested(5000))).toBe(true);
    expect(isUnreadableActionBody("text/plain;charset=UTF-8", '[null,{"a":[[1,2],{"b":[3]}]}]')).toBe(false);
    const form = new FormData();
    form.set("0", '["$1"]');
    form.set("1", nested(5000));
    expect(isUnreadableActionBody("multipart/form-data; boundary=x", form)).toBe(true);
    const root = new FormData();
    root.set("0", `[${"{\"a\":".repeat(5000)}1${"}".repeat(5000)}]`);
    expect(isUnreadableActionBody("multipart/form-data; boundary=x", root)).toBe(true);
    // A guest's message full of brackets is a field's text, not arguments.
    const text = new FormData();
    text.set("0", '["$K1"]');
    text.set("1_message", "[".repeat(5000));
    expect(isUnreadableActionBody("multipart/form-data; boundary=x", text)).toBe(false);
  });

  it("finds deep arguments in a form sent without JavaScript, and leaves its own fields alone", () => {
    const nested = "[".repeat(5000) + "]".repeat(5000);
    const form = new FormData();
    form.set("$ACTION_REF_1", "");
    form.set("$ACTION_1:0", `{"id":"x","bound":${nested}}`);
    expect(isUnreadableActionBody("multipart/form-data; boundary=x", form, false)).toBe(true);
    const plain = new FormData();
    plain.set("$ACTION_ID_abc", "");
    plain.set("message", nested);
    plain.set("0", "not json, and no script sent it");
    expect(isUnreadableActionBody("multipart/form-data; boundary=x", plain, false)).toBe(false);
  });
});
