import { currencyDigits } from '../money/format-money.ts';
import type { CaseFile } from '../types.ts';

/** A piece of order data found in a draft: where, and what it is. */
export type PrivacyLeak = {
  start: number;
  end: number;
  what: 'address' | 'item' | 'tracking number' | 'amount' | 'account';
};

type Secret = { value: string; what: PrivacyLeak['what'] };

const MIN_FRAGMENT = 3;
// Cut at commas, and after each administrative or street unit (Chinese addresses run together).
const ADDRESS_CUT = /(?<=[省市区區县縣镇鎮乡鄉村路街道巷弄号號幢栋棟楼樓单單元室])|[,，、;；\n]+/u;

/** The sender of the last inbound message, when that sender is not the order's identity (S8). */
export function findForeignRequester(caseFile: CaseFile): string | undefined {
  const identity = caseFile.order?.identity;
  if (!identity) return undefined;
  const inbound = caseFile.messages.filter((m) => m.direction !== 'out' && m.direction !== 'note');
  const from = inbound.at(-1)?.from;
  return from && from !== identity ? from : undefined;
}

/** Order data (address, items, tracking numbers, amounts, account) that a draft would reveal to a non-ordering sender. */
export function findPrivacyLeaks(text: string, caseFile: CaseFile): PrivacyLeak[] {
  const requester = findForeignRequester(caseFile);
  if (!requester) return [];
  // What the requester wrote themselves is not a disclosure.
  const told = caseFile.messages
    .filter((m) => m.from === requester)
    .map((m) => m.text.toLowerCase())
    .join('\n');
  const haystack = text.toLowerCase();
  const leaks: PrivacyLeak[] = [];
  for (const secret of collectSecrets(caseFile)) {
    const needle = secret.value.toLowerCase();
    if (needle.length < MIN_FRAGMENT || told.includes(needle)) continue;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      leaks.push({ start: at, end: at + needle.length, what: secret.what });
    }
  }
  leaks.push(...findAmounts(text, caseFile, told));
  return leaks;
}

function collectSecrets(caseFile: CaseFile): Secret[] {
  const order = caseFile.order;
  const secrets: Secret[] = [];
  const address = order?.shippingAddress;
  if (address) {
    secrets.push({ value: address, what: 'address' });
    for (const part of address.split(ADDRESS_CUT)) secrets.push({ value: part.trim(), what: 'address' });
  }
  for (const line of order?.lines ?? []) {
    if (!line.name) continue;
    secrets.push({ value: line.name, what: 'item' });
    for (const word of line.name.split(/[\s,，()（）/]+/u))
      if (word.length >= 4) secrets.push({ value: word, what: 'item' });
  }
  for (const shipment of caseFile.shipments ?? []) {
    if (shipment.trackingNo) secrets.push({ value: shipment.trackingNo, what: 'tracking number' });
  }
  if (order?.identity) secrets.push({ value: order.identity, what: 'account' });
  return secrets;
}

/** Amounts of the order written in major units in any common form (3299, 3 299, 3,299.00). */
function findAmounts(text: string, caseFile: CaseFile, told: string): PrivacyLeak[] {
  const order = caseFile.order;
  const minor = [
    order?.amountPaid,
    order?.shippingFee,
    ...(order?.lines ?? []).flatMap((l) => [l.unitPrice, l.unitPrice * l.qty]),
  ];
  const digits = currencyDigits(caseFile.store.currency);
  const unit = 10 ** digits;
  const wanted = new Set(
    minor
      .filter((n): n is number => typeof n === 'number' && n >= unit)
      .map((n) => normaliseAmount((n / unit).toFixed(digits))),
  );
  const leaks: PrivacyLeak[] = [];
  for (const match of text.matchAll(/\d[\d\s,.\u00a0]*\d|\d/gu)) {
    const raw = match[0].trim();
    const amount = normaliseAmount(raw);
    if (wanted.has(amount) && !told.includes(raw.toLowerCase()))
      leaks.push({ start: match.index, end: match.index + raw.length, what: 'amount' });
  }
  return leaks;
}

/** "3 299,00" / "3,299.00" / "3299" → "3299". */
function normaliseAmount(raw: string): string {
  const decimals = /[.,](\d{2})$/u.exec(raw);
  const whole = (decimals ? raw.slice(0, -3) : raw).replace(/[\s,.\u00a0]/gu, '');
  const cents = decimals?.[1] ?? '00';
  return cents === '00' ? String(Number(whole)) : `${Number(whole)}.${cents}`;
}
