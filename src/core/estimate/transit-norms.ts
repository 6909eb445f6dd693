// Door-to-door transit norms in calendar days: the usual best case, the typical day and the 90th
// percentile. Honest estimates quote up to the 90th percentile, never the carrier's best case (S16).
export type TransitNorm = { minDays: number; typicalDays: number; p90Days: number };

const norm = (minDays: number, typicalDays: number, p90Days: number): TransitNorm => ({
  minDays,
  typicalDays,
  p90Days,
});

const DEFAULT_NORM = norm(2, 5, 10);
const EXPEDITED_NORM = norm(1, 2, 3);

/** Per carrier: a default and per-service norms; keys are lower-case with separators removed. */
const NORMS: Record<string, { default: TransitNorm; services?: Record<string, TransitNorm> }> = {
  ups: {
    default: norm(1, 4, 7),
    services: {
      nextdayair: norm(1, 1, 2),
      '2nddayair': norm(2, 2, 3),
      '3dayselect': norm(3, 3, 4),
      ground: norm(1, 4, 7),
    },
  },
  usps: {
    default: norm(2, 4, 8),
    services: {
      prioritymailexpress: norm(1, 2, 3),
      priority: norm(1, 3, 5),
      prioritymail: norm(1, 3, 5),
      firstclass: norm(2, 4, 8),
      groundadvantage: norm(2, 4, 8),
    },
  },
  fedex: {
    default: norm(1, 4, 7),
    services: {
      overnight: norm(1, 1, 2),
      priorityovernight: norm(1, 1, 2),
      '2day': norm(2, 2, 3),
      expresssaver: norm(3, 3, 4),
      ground: norm(1, 4, 7),
    },
  },
  dhl: { default: norm(2, 5, 9), services: { express: norm(1, 3, 5), ecommerce: norm(3, 8, 14) } },
  sf: {
    default: norm(1, 2, 4),
    services: { coldchain: norm(1, 2, 3), express: norm(1, 2, 3), standard: norm(1, 3, 4) },
  },
  zto: { default: norm(2, 3, 6) },
  yto: { default: norm(2, 3, 6) },
  sto: { default: norm(2, 3, 6) },
  yunda: { default: norm(2, 3, 6) },
  jd: { default: norm(1, 2, 3) },
  ems: { default: norm(3, 6, 10) },
  cdek: { default: norm(2, 5, 9), services: { express: norm(1, 3, 5) } },
  russianpost: { default: norm(4, 10, 18), services: { firstclass: norm(3, 7, 12), ems: norm(2, 5, 8) } },
  boxberry: { default: norm(3, 6, 10) },
};

const ALIASES: Record<string, string> = {
  почтароссии: 'russianpost',
  pochtarossii: 'russianpost',
  pochta: 'russianpost',
  сдэк: 'cdek',
  顺丰: 'sf',
  sfexpress: 'sf',
  中通: 'zto',
  圆通: 'yto',
  申通: 'sto',
  韵达: 'yunda',
  京东: 'jd',
  jdlogistics: 'jd',
  邮政: 'ems',
  chinapost: 'ems',
};

/** A carrier or service name reduced to a lookup key ("Next Day Air" → "nextdayair", "Почта России" → "почтароссии"). */
export function normalizeCarrierKey(name: string | undefined): string {
  return (name ?? '').toLowerCase().replace(/[\s_\-.]+/g, '');
}

/** The norm for a carrier and service, falling back to the carrier's default and then the general default. */
export function findTransitNorm(
  carrier: string | undefined,
  service: string | undefined,
): TransitNorm & { known: boolean } {
  const key = normalizeCarrierKey(carrier);
  const entry = NORMS[ALIASES[key] ?? key];
  if (!entry) return { ...DEFAULT_NORM, known: false };
  const byService = entry.services?.[normalizeCarrierKey(service)];
  return { ...(byService ?? entry.default), known: true };
}

/** The norm of an expedited reship sent today, whatever carrier the store picks for it. */
export function expeditedNorm(): TransitNorm {
  return EXPEDITED_NORM;
}
