// Mail that declares no charset (or a wrong one) still has to be read: old webmail and phone
// clients send raw GB18030/GBK, Big5, KOI8-R or windows-1251 bytes. We try the charsets our
// customers actually use and keep the decoding that looks most like real text.
import iconv from 'iconv-lite';

const CANDIDATES = ['utf-8', 'gb18030', 'big5', 'windows-1251', 'koi8-r'] as const;
export type SniffedCharset = (typeof CANDIDATES)[number];

/** Decodes bytes of unknown charset by picking the candidate whose text looks least like mojibake. */
export function decodeUnknownBytes(bytes: Buffer): { text: string; charset: SniffedCharset } {
  if (!bytes.some((b) => b >= 0x80)) return { text: bytes.toString('latin1'), charset: 'utf-8' };
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, charset: 'utf-8' };
  let best: { text: string; charset: SniffedCharset; cost: number } | undefined;
  for (const charset of CANDIDATES) {
    const text = iconv.decode(bytes, charset);
    const cost = scoreMojibake(text, charset);
    if (!best || cost < best.cost) best = { text, charset, cost };
  }
  return best ? { text: best.text, charset: best.charset } : { text: bytes.toString('utf8'), charset: 'utf-8' };
}

function decodeStrictUtf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Lower is better: replacement characters, private-use code points, symbols and odd letter cases. */
function scoreMojibake(text: string, charset: SniffedCharset): number {
  let cost = 0;
  let previous = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0xfffd) cost += 10;
    else if (code >= 0xe000 && code <= 0xf8ff) cost += 5;
    else if (code >= 0x80 && code < 0x400)
      cost += 2; // Latin-1 letters and box symbols: not our customers' scripts
    else if (code >= 0x2500 && code <= 0x25ff)
      cost += 3; // box drawing: KOI8-R read as the wrong table
    else if (/\p{Lu}/u.test(ch) && /\p{Ll}/u.test(previous)) cost += 1; // "зДРАВСТВУЙТЕ": KOI8-R/1251 swapped
    previous = ch;
  }
  // Ties go to the earlier candidate; UTF-8 first because valid UTF-8 by accident is rare.
  return cost + CANDIDATES.indexOf(charset) * 0.01;
}
