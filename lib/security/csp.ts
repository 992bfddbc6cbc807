// The Content-Security-Policy every page is served with. Scripts run only
// when they carry this response's nonce (Next adds it to its own scripts when
// it finds the policy on the request, which proxy.ts puts there); scripts
// they load are trusted through 'strict-dynamic'. Nothing may frame Convene.

/** A fresh nonce: 16 random bytes, base64. One per response, never reused. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export type CspOptions = {
  /** `next dev` evaluates code and talks to its own websocket. */
  dev?: boolean;
  /**
   * Convene's public address (APP_URL's origin). Forms may post there as well
   * as to the page's own origin: sign-in's redirects go to APP_URL (Auth.js is
   * handed it, lib/auth/auth-url.ts), whatever name the page was reached by.
   */
  appOrigin?: string;
};

export function contentSecurityPolicy(nonce: string, { dev = false, appOrigin }: CspOptions = {}): string {
  if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(nonce)) throw new Error("A CSP nonce must be base64");
  if (appOrigin !== undefined && !/^https?:\/\/[A-Za-z0-9.\-[\]:]+$/.test(appOrigin)) throw new Error("The app's origin must be scheme://host[:port]");
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Styles: our stylesheet, plus inline style attributes (progress bars,
    // next/image) and the <style> of an email shown in a preview frame. A
    // style cannot run code; scripts are what the nonce guards.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(dev ? ["ws:"] : [])],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'", ...(appOrigin ? [appOrigin] : [])],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

// Routes that answer with their own, stricter policy: uploaded photos and
// logos (`default-src 'none'; sandbox`, lib/recaps/asset-headers.ts). Next
// keeps a header proxy.ts set over the route's own, so proxy.ts leaves these alone.
const OWN_POLICY_ROUTES = [/^\/assets\//];

export function routeSetsOwnPolicy(pathname: string): boolean {
  return OWN_POLICY_ROUTES.some((route) => route.test(pathname));
}
