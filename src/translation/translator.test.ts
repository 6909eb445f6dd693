import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { after, before, test } from 'node:test';
import { createTranslator, NO_TRANSLATOR } from './create-translator.ts';
import { readTranslationConfig } from './translator.ts';

type Body = { model?: string; messages?: { role: string; content: string }[] };
type Seen = { method?: string; url?: string; auth?: string; body: Body };
type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

let handler: Handler = () => {};
const seen: Seen[] = [];
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', () => {
    seen.push({ method: req.method, url: req.url, auth: req.headers.authorization, body: JSON.parse(body || 'null') });
    handler(req, res, body);
  });
});
let baseUrl = '';

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  assert.ok(address && typeof address === 'object');
  baseUrl = `http://127.0.0.1:${address.port}/v1`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const reply = (content: unknown) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      id: 'x',
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content } }],
    }),
  );
};

test('not configured: NoTranslator flags "translation needed" and returns the original text', async () => {
  assert.equal(createTranslator({}), NO_TRANSLATOR);
  assert.equal(createTranslator(readTranslationConfig({})), NO_TRANSLATOR);
  const result = await createTranslator().translate({ text: 'Где моя посылка?', to: 'en' });
  assert.equal(result.needsTranslation, true);
  assert.equal(result.text, 'Где моя посылка?');
  assert.equal(result.from, 'ru');
  assert.match(result.reason ?? '', /TRANSLATION_BASE_URL/);
});

test('same language needs no translation and no request', async () => {
  const before = seen.length;
  const translator = createTranslator({ baseUrl, model: 'm' });
  const result = await translator.translate({ text: 'Hello', from: 'en-GB', to: 'en' });
  assert.deepEqual([result.text, result.needsTranslation, seen.length], ['Hello', undefined, before]);
});

test('sends an OpenAI chat-completions request and returns the translation', async () => {
  handler = reply('  Where is my parcel?\n');
  const config = readTranslationConfig({
    TRANSLATION_BASE_URL: `${baseUrl}/`,
    TRANSLATION_MODEL: 'tiny-mt',
    TRANSLATION_API_KEY: 'k-123',
  });
  const result = await createTranslator(config).translate({ text: '我的包裹在哪里？', from: 'zh-Hans', to: 'en' });
  assert.deepEqual(result, {
    text: 'Where is my parcel?',
    from: 'zh-Hans',
    to: 'en',
    provider: 'openai-compatible:tiny-mt',
  });
  const request = seen.at(-1);
  assert.equal(request?.method, 'POST');
  assert.equal(request?.url, '/v1/chat/completions');
  assert.equal(request?.auth, 'Bearer k-123');
  assert.equal(request?.body.model, 'tiny-mt');
  assert.equal(request?.body.messages?.at(-1)?.content, '我的包裹在哪里？');
  assert.match(request?.body.messages?.[0]?.content ?? '', /Simplified Chinese to English/);
});

test('an HTTP error becomes a clear "translation needed" result', async () => {
  handler = (_req, res) => {
    res.writeHead(503, { 'content-type': 'application/json' });
    res.end('{"error":{"message":"overloaded"}}');
  };
  const result = await createTranslator({ baseUrl, model: 'm' }).translate({ text: 'Привет', to: 'en' });
  assert.equal(result.needsTranslation, true);
  assert.equal(result.text, 'Привет');
  assert.match(result.reason ?? '', /HTTP 503.*overloaded/);
  assert.equal(seen.at(-1)?.auth, undefined);
});

test('a malformed answer is reported, not thrown', async () => {
  handler = reply(42);
  const result = await createTranslator({ baseUrl, model: 'm' }).translate({ text: 'Привет', to: 'en' });
  assert.equal(result.needsTranslation, true);
  assert.match(result.reason ?? '', /unexpected response/);
});

test('a slow provider times out', async () => {
  handler = (_req, res) => {
    setTimeout(() => reply('late')(_req, res), 1000);
  };
  const started = Date.now();
  const result = await createTranslator({ baseUrl, model: 'm', timeoutMs: 100 }).translate({
    text: 'Привет',
    to: 'en',
  });
  assert.equal(result.needsTranslation, true);
  assert.match(result.reason ?? '', /timed out after 100 ms/);
  assert.ok(Date.now() - started < 900);
});

test('an unreachable provider is reported, not thrown', async () => {
  const result = await createTranslator({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm', timeoutMs: 2000 }).translate({
    text: 'Привет',
    to: 'en',
  });
  assert.equal(result.needsTranslation, true);
  assert.match(result.reason ?? '', /failed|timed out/);
});
