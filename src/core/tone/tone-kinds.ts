/** Every kind of problem the tone guard names. */
export const TONE_KINDS = [
  'rebuttal',
  'doubting_customer',
  'rhetorical_question',
  'sarcasm',
  'blaming_customer',
  'dismissive',
  'others_never_complained',
  'over_promise',
  'privacy_disclosure',
] as const;
export type ToneKind = (typeof TONE_KINDS)[number];

/** The kinds the learned scorer reads (privacy needs the case's data, which findPrivacyLeaks checks). */
export type LearnedKind = Exclude<ToneKind, 'privacy_disclosure'>;
export const LEARNED_KINDS: readonly LearnedKind[] = TONE_KINDS.filter(
  (kind): kind is LearnedKind => kind !== 'privacy_disclosure',
);
