import { describe, expect, it } from "vitest";
import { editRule, isOwnRecap, publishRule, submitRule, unpublishRule, withdrawRule, type WorkflowRecap } from "./workflow";

const writer = { id: "jordan", role: "editor" as const };
const otherEditor = { id: "sam", role: "editor" as const };
const admin = { id: "office", role: "admin" as const };
const viewer = { id: "viewer", role: "viewer" as const };

const recap = (over: Partial<WorkflowRecap> = {}): WorkflowRecap => ({ status: "in_review", authorId: "jordan", submittedById: "jordan", internalOnly: false, ...over });

describe("who may publish a recap", () => {
  it("lets another editor or an admin publish a recap in review", () => {
    expect(publishRule(recap(), otherEditor, 2)).toEqual({ kind: "allowed" });
    expect(publishRule(recap(), admin, 2)).toEqual({ kind: "allowed" });
  });

  it("refuses its own author or submitter while anyone else could publish it", () => {
    expect(publishRule(recap(), writer, 1)).toMatchObject({ kind: "refused", message: expect.stringMatching(/another editor or an admin/) });
    // Submitted by someone else, but still the author's own text.
    expect(publishRule(recap({ submittedById: "sam" }), writer, 1).kind).toBe("refused");
    // An admin's own recap gets four eyes too.
    expect(publishRule(recap({ authorId: "office", submittedById: "office" }), admin, 1).kind).toBe("refused");
  });

  it("lets a one-person team publish their own, with the checklist, from draft or review", () => {
    expect(publishRule(recap(), writer, 0)).toEqual({ kind: "self_with_checklist" });
    expect(publishRule(recap({ status: "draft", submittedById: null }), writer, 0)).toEqual({ kind: "self_with_checklist" });
  });

  it("does not let a reviewer publish someone else's unsubmitted draft", () => {
    expect(publishRule(recap({ status: "draft", submittedById: null }), otherEditor, 2)).toMatchObject({ kind: "refused", message: expect.stringMatching(/still a draft/) });
  });

  it("never publishes an internal summary, a published recap, or for a viewer", () => {
    expect(publishRule(recap({ internalOnly: true }), otherEditor, 2)).toMatchObject({ kind: "refused", message: expect.stringMatching(/off the record/) });
    expect(publishRule(recap({ status: "published" }), otherEditor, 2).kind).toBe("refused");
    expect(publishRule(recap(), viewer, 2).kind).toBe("refused");
  });
});

describe("the other transitions", () => {
  it("submits drafts only, by editors, never an internal summary", () => {
    expect(submitRule(recap({ status: "draft" }), writer)).toEqual({ ok: true });
    expect(submitRule(recap({ status: "in_review" }), writer).ok).toBe(false);
    expect(submitRule(recap({ status: "draft", internalOnly: true }), writer).ok).toBe(false);
    expect(submitRule(recap({ status: "draft" }), viewer).ok).toBe(false);
  });

  it("unpublishes published recaps, and withdraws recaps in review", () => {
    expect(unpublishRule(recap({ status: "published" }), writer)).toEqual({ ok: true });
    expect(unpublishRule(recap({ status: "draft" }), writer).ok).toBe(false);
    expect(unpublishRule(recap({ status: "published" }), viewer).ok).toBe(false);
    expect(withdrawRule(recap(), otherEditor)).toEqual({ ok: true });
    expect(withdrawRule(recap({ status: "draft" }), otherEditor).ok).toBe(false);
  });

  it("locks a published recap against edits, and viewers out of all of them", () => {
    expect(editRule(null, writer)).toEqual({ ok: true });
    expect(editRule(recap({ status: "in_review" }), otherEditor)).toEqual({ ok: true });
    expect(editRule(recap({ status: "published" }), admin)).toMatchObject({ ok: false, message: expect.stringMatching(/Unpublish it/) });
    expect(editRule(recap({ status: "draft" }), viewer).ok).toBe(false);
  });

  it("knows a recap as one's own by author or submitter", () => {
    expect(isOwnRecap(recap({ authorId: "a", submittedById: "b" }), { id: "b" })).toBe(true);
    expect(isOwnRecap(recap({ authorId: "a", submittedById: null }), { id: "b" })).toBe(false);
  });
});
