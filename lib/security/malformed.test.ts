import { describe, expect, it } from "vitest";
import { hasBrokenEncoding, isUnreadableActionBody } from "./malformed";

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
});
