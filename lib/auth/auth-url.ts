/**
 * Auth.js builds the addresses it redirects to (after a link is used, after
 * a failure) from the URL of the request it is handed. Under `next start`
 * that URL is never the address the person used: Next names every request
 * `http://localhost:PORT` (and its NextRequest rewrites 127.x and [::1] to
 * `localhost` too, so AUTH_URL cannot fix it either). A redirect to that other
 * origin is blocked by the page's `form-action 'self'`, and the Sign in
 * button seems to do nothing. So Auth.js's route handler is handed a plain
 * Request on the origin of APP_URL — one variable for operators — and
 * AUTH_URL / NEXTAUTH_URL are never read.
 */
export function authRequestFor(request: Request, appUrl: string): Request {
  const { pathname, search } = new URL(request.url);
  const url = new URL(`${pathname}${search}`, new URL(appUrl).origin);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  // `duplex` is required by Node's fetch for a streamed body; the DOM types do not know it.
  return new Request(url, { method: request.method, headers: request.headers, body: hasBody ? request.body : undefined, duplex: "half" } as RequestInit);
}

/**
 * next-auth would rebuild the request as a NextRequest from AUTH_URL, undoing
 * the above, and would build other addresses from it: it is never read.
 */
export function forgetAuthUrl(target: NodeJS.ProcessEnv = process.env): void {
  delete target.AUTH_URL;
  delete target.NEXTAUTH_URL;
}
