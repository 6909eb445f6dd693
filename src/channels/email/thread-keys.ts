// How an email finds its case: first the case reference we put in every subject ("[#C-1a2b3c4d]"),
// then the Message-IDs it answers (In-Reply-To, References) matched against the mail we sent and
// received on that case. Both survive clients that strip one or the other.

const CASE_REF = /\[#C-([0-9a-f]{8})\]/i;

/** The short case reference put in subjects: the first 8 hex digits of the case id. */
export function formatCaseRef(caseId: string): string {
  return `[#C-${caseId.replace(/-/g, '').slice(0, 8).toLowerCase()}]`;
}

/** The case-id prefix named in a subject, if any. */
export function findCaseRef(subject: string): string | undefined {
  return CASE_REF.exec(subject)?.[1]?.toLowerCase();
}

/** Angle-bracketed ids in a header value, normalised (brackets kept, lower-case host part). */
export function parseMessageIds(value: string | string[] | undefined): string[] {
  const raw = Array.isArray(value) ? value.join(' ') : (value ?? '');
  const ids = raw.match(/<[^<>\s]+>/g) ?? raw.split(/\s+/).filter((s) => s.includes('@'));
  return ids.map(normaliseMessageId);
}

/** Message-IDs compared the way mail servers do: local part as is, domain case-insensitive. */
export function normaliseMessageId(id: string): string {
  const bare = id.trim().replace(/^<|>$/g, '');
  const at = bare.lastIndexOf('@');
  return at < 0 ? `<${bare}>` : `<${bare.slice(0, at)}@${bare.slice(at + 1).toLowerCase()}>`;
}

/** The subject of our reply: "Re: " once, and the case reference once. */
export function formatReplySubject(subject: string, caseId: string): string {
  const ref = formatCaseRef(caseId);
  const base = subject.replace(/^\s*((re|aw|fwd?|回复|回覆|ответ)\s*[:：]\s*)+/i, '').trim();
  const withRef = findCaseRef(base) ? base : `${ref} ${base}`.trim();
  return `Re: ${withRef}`;
}
