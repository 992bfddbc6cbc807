// Next writes each page's RSC payload into its HTML as script tags. For a
// chunk of payload that is UTF-8 text it does, per chunk (next 16.x, its
// app-page runtimes):
//
//   Buffer.from(`${open}self.__next_f.push(${htmlEscapeJsonString(JSON.stringify([1, chunk.toString("utf-8")]))})</script>`)
//
// On Node 20 that costs little while the text is all ASCII, and about eight
// times as much once it holds one character that is not (an en dash in a
// time range, a "·", an accented name): the string becomes two-byte, and the
// escape's regular expression, the UTF-8 decode and the encode all take their
// slow paths. On the 2 000-guest list's 80 KB payload, 3.1 ms instead of
// 0.4 ms per request (bench/PROFILE.md, eighth pass).
//
// `inlineFlightText` writes the same bytes from the chunk's bytes, without
// making a string: JSON's escapes (quote, backslash, control characters) and
// the HTML escapes Next adds (<, >, &, U+2028, U+2029) are the only bytes
// that change. lib/server/patch-next.mjs puts it into Next's runtimes when
// the packages are installed; inline-flight.test.ts compares it with Next's
// own composition on every byte value and on random text.
//
// It must stay self-contained (no imports, no names from outside): its source
// is copied into Next's runtime files.

export function inlineFlightText(bytes, open) {
  const head = Buffer.from(open + 'self.__next_f.push([1,"', "utf8");
  const tail = Buffer.from('"])</script>', "latin1");
  const n = bytes.length;
  // Every byte becomes at most six (\u00XX); a three-byte U+2028 becomes six
  // too. Written into a scratch buffer kept between calls (the function never
  // waits, so no two calls share it), then copied out at its exact size: a
  // buffer sized for the worst case would be a fresh mapping of memory for
  // every page.
  const needed = head.length + n * 6 + tail.length;
  const key = Symbol.for("convene.inlineFlightText.scratch");
  let out = globalThis[key];
  if (!out || out.length < needed) out = globalThis[key] = Buffer.allocUnsafeSlow(Math.max(needed, 256 * 1024));
  let o = head.copy(out, 0);
  // Writes `\u00XX`, `\u2028`: a backslash, "u" and four hex digits.
  const unicode = (a, b, c, d) => {
    out[o++] = 0x5c;
    out[o++] = 0x75;
    out[o++] = a;
    out[o++] = b;
    out[o++] = c;
    out[o++] = d;
  };
  const hexDigit = (v) => (v < 10 ? 0x30 + v : 0x57 + v);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b >= 0x20 && b !== 0x22 && b !== 0x5c && b !== 0x3c && b !== 0x3e && b !== 0x26 && b !== 0xe2) {
      out[o++] = b;
    } else if (b === 0x22 || b === 0x5c) {
      out[o++] = 0x5c;
      out[o++] = b;
    } else if (b === 0x3c || b === 0x3e || b === 0x26) {
      unicode(0x30, 0x30, hexDigit(b >> 4), hexDigit(b & 15));
    } else if (b === 0xe2) {
      if (i + 2 < n && bytes[i + 1] === 0x80 && (bytes[i + 2] === 0xa8 || bytes[i + 2] === 0xa9)) {
        unicode(0x32, 0x30, 0x32, bytes[i + 2] === 0xa8 ? 0x38 : 0x39);
        i += 2;
      } else out[o++] = b;
    } else if (b === 0x08 || b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d) {
      out[o++] = 0x5c;
      out[o++] = b === 0x08 ? 0x62 : b === 0x09 ? 0x74 : b === 0x0a ? 0x6e : b === 0x0c ? 0x66 : 0x72;
    } else {
      unicode(0x30, 0x30, hexDigit(b >> 4), hexDigit(b & 15));
    }
  }
  o += tail.copy(out, o);
  return Buffer.from(out.subarray(0, o));
}
