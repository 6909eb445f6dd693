// Cuts a draft into plain and flagged pieces so each tone problem can be underlined where it is.
import type { ToneIssue } from '../../../../src/core/tone/check-tone.ts';

export type Segment = { at: number; text: string; issue?: ToneIssue; index?: number };

/** Splits text into plain and flagged pieces; overlapping issues keep the earlier one. */
export function segment(text: string, issues: ToneIssue[]): Segment[] {
  const sorted = issues.map((issue, index) => ({ issue, index })).sort((a, b) => a.issue.start - b.issue.start);
  const out: Segment[] = [];
  let at = 0;
  for (const { issue, index } of sorted) {
    const start = Math.max(issue.start, at);
    const end = Math.min(issue.end, text.length);
    if (end <= start) continue;
    if (start > at) out.push({ at, text: text.slice(at, start) });
    out.push({ at: start, text: text.slice(start, end), issue, index });
    at = end;
  }
  if (at < text.length) out.push({ at, text: text.slice(at) });
  return out;
}
