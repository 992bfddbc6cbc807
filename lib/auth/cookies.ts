// Session cookies are always HttpOnly and SameSite=Lax (Auth.js's defaults);
// they are Secure, with the __Secure- prefix, whenever Convene's public
// address is HTTPS — decided by the address staff use, not by whatever
// scheme a request happened to arrive on behind a proxy.
export function secureCookiesFor(publicUrl: string): boolean {
  return new URL(publicUrl).protocol === "https:";
}
