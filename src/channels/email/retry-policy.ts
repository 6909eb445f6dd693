// Outgoing mail is retried while the customer's (or our relay's) SMTP server is unreachable:
// exponential backoff with a cap, and a last attempt after which the failure is shown on the case.

export type RetryPolicy = { baseMs: number; capMs: number; maxAttempts: number };

/** Production defaults: 30 s, 1 min, 2 min … capped at 1 h; about a day of trying in all. */
export const DEFAULT_RETRY: RetryPolicy = { baseMs: 30_000, capMs: 3_600_000, maxAttempts: 30 };

export type RetryDecision = { kind: 'retry'; delayMs: number } | { kind: 'give_up' };

/** After failed attempt number `attempts` (1-based): wait and retry, or give up. */
export function decideRetry(attempts: number, policy: RetryPolicy, error: unknown): RetryDecision {
  if (attempts >= policy.maxAttempts || isPermanentFailure(error)) return { kind: 'give_up' };
  return { kind: 'retry', delayMs: Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts - 1)) };
}

/** A 5xx reply to RCPT/DATA will not get better by waiting (unknown mailbox, rejected content). */
export function isPermanentFailure(error: unknown): boolean {
  if (!error || typeof error !== 'object' || !('responseCode' in error)) return false;
  const code = Number(error.responseCode);
  return code >= 500 && code < 600;
}
