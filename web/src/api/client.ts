// The one way the console talks to the server: JSON over fetch with the session cookie, and
// problem+json errors turned into ApiError values the screens can show or act on (e.g. 422 tone).

/** A failed request: the HTTP status plus the RFC 7807 problem body the server sent. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Record<string, unknown>;
  constructor(status: number, problem: Record<string, unknown>) {
    const title = typeof problem.title === 'string' ? problem.title : `HTTP ${status}`;
    super(typeof problem.detail === 'string' ? `${title}: ${problem.detail}` : title);
    this.status = status;
    this.problem = problem;
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sends one request to /api/v1 and returns the parsed JSON body (or throws ApiError). */
export async function request(method: Method, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`/api/v1${path}`, {
    method,
    credentials: 'same-origin',
    headers:
      body === undefined
        ? { accept: 'application/json' }
        : { 'content-type': 'application/json', accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = { title: text.slice(0, 200) };
  }
  if (!res.ok) throw new ApiError(res.status, isRecord(parsed) ? parsed : { title: res.statusText });
  return parsed;
}

/** Builds a query string from the defined, non-empty values only. */
export function toQuery(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
