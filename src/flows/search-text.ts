// Full-text search that works the same for Chinese, Russian and English on PostgreSQL and PGlite
// (pg_trgm is not in PGlite): text becomes words (Latin/Cyrillic/digits) plus overlapping character
// bigrams for Han/Kana/Hangul runs, stored as a 'simple' tsvector with a GIN index; a query is
// tokenised the same way and all its tokens must match.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}]+/gu;

/** The search tokens of a text, space-separated: lower-cased words and CJK bigrams. */
export function toSearchTokens(text: string): string {
  const tokens = new Set<string>();
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(TOKEN)) {
    const run = match[0];
    if (!CJK.test(run)) {
      tokens.add(run.replaceAll('ё', 'е'));
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) tokens.add(run);
    for (let i = 0; i + 1 < chars.length; i++) tokens.add(`${chars[i]}${chars[i + 1]}`);
  }
  return [...tokens].join(' ');
}
