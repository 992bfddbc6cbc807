/**
 * Auth.js builds the addresses it redirects to (after a link is used, after
 * a failure, after signing out) from AUTH_URL, or else from the URL Next's
 * server gives the request — `http://localhost:PORT`, whatever address the
 * person used. A redirect to another origin is then blocked by the page's
 * `form-action 'self'`, and the Sign in button seems to do nothing.
 * Convene has one public address, APP_URL: Auth.js is given its origin, so
 * operators set one variable and AUTH_URL is never read from them.
 */
export function authUrlFor(appUrl: string): string {
  return new URL(appUrl).origin;
}

/** Points Auth.js (which reads process.env itself) at Convene's public address. */
export function pointAuthAtAppUrl(appUrl: string, target: NodeJS.ProcessEnv = process.env): void {
  target.AUTH_URL = authUrlFor(appUrl);
  delete target.NEXTAUTH_URL;
}
