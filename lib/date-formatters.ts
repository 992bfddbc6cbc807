// An Intl.DateTimeFormat is dear to build and cheap to reuse: built once per
// guest, the staff guest list of a 2 000-guest event spent most of its time
// here. One per locale and set of options (a bounded set: the options are
// written in code, the zones are IANA's), kept for the life of the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}
