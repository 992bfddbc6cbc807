// A sign-in link whose 10 minutes ended an hour before the e2e server started:
// written by e2e/sign-in-fixtures.ts (nothing the server offers can make one),
// used by e2e/sign-in-failures.spec.ts.
export const EXPIRED_LINK = {
  email: "viewer@convene.local",
  token: "ZTJlLWV4cGlyZWQtc2lnbi1pbi1saW5rLW5vdC1yZWFs",
} as const;
