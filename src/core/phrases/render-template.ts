import { type PhraseFacts, PLACEHOLDERS, type Placeholder } from './phrase-template.ts';

const KNOWN = new Set<string>(PLACEHOLDERS);
const isPlaceholder = (name: string): name is Placeholder => KNOWN.has(name);

/**
 * Fills a template's {placeholders} with the case's facts. A missing fact stays visible as ⟨name⟩ so
 * the agent sees what to fill in before sending (never silently dropped, never "undefined"). Values
 * are stripped of markup and control characters and inserted once (a value's own braces are inert).
 */
export function renderTemplate(template: { text: string } | string, facts: PhraseFacts): string {
  const text = typeof template === 'string' ? template : template.text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!isPlaceholder(name)) return whole;
    const value = facts[name];
    const clean = value === undefined ? '' : cleanValue(String(value));
    return clean === '' ? `⟨${name}⟩` : clean;
  });
}

/** The placeholders a rendered text still lacks (shown as ⟨name⟩). */
export function findMissingFacts(rendered: string): Placeholder[] {
  return [...rendered.matchAll(/⟨(\w+)⟩/g)].map((m) => m[1] ?? '').filter(isPlaceholder);
}

/** The names in braces that are not known placeholders (a typo like {orderID} would never be filled). */
export function findUnknownPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').filter((name) => !isPlaceholder(name));
}

function cleanValue(value: string): string {
  return value
    .replace(/<[^>]*>?/g, '')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/[<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
