// A real app on a real port, and a small fetch client that keeps the session cookie.

import type { Deps } from '../../src/deps.ts';
import { buildApp } from '../../src/http/app.ts';

// Responses are read loosely in tests (the assertions check their shape), hence the one `any`.
// biome-ignore lint/suspicious/noExplicitAny: test-only loose JSON
type LooseJson = any;

export type Client = {
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: LooseJson; headers: Headers }>;
  get(path: string): Promise<{ status: number; body: LooseJson }>;
  post(path: string, body?: unknown): Promise<{ status: number; body: LooseJson }>;
  patch(path: string, body?: unknown): Promise<{ status: number; body: LooseJson }>;
};

/** Starts the app on port 0; returns its base URL and a closer. */
export async function startApp(deps: Deps): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const app = await buildApp(deps);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('the app is not listening on a TCP port');
  return { baseUrl: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

/** A client for the API; after login(), it sends the session cookie; with a token, a bearer header. */
export function createClient(
  baseUrl: string,
  auth: { token?: string } = {},
): Client & { login(email: string, password: string): Promise<number> } {
  let cookie = '';
  const request: Client['request'] = async (method, path, body, headers = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    const h: Record<string, string> = { ...headers };
    if (cookie) h.cookie = cookie;
    if (auth.token) h.authorization = `Bearer ${auth.token}`;
    if (body !== undefined) {
      h['content-type'] ??= 'application/json';
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    init.headers = h;
    const res = await fetch(`${baseUrl}/api/v1${path}`, init);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {}
    return { status: res.status, body: parsed, headers: res.headers };
  };
  return {
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body ?? {}),
    patch: (path, body) => request('PATCH', path, body),
    login: async (email, password) => {
      const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      const setCookie = res.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0] ?? '';
      await res.text();
      return res.status;
    },
  };
}
