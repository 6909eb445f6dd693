// The Fastify app: plugins, the one error handler, the routes, and the console's static files.
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import type { Deps } from '../deps.ts';
import { AppError } from '../flows/app-error.ts';
import { compileValidator } from './ajv.ts';
import { handleError, toProblem } from './errors.ts';
import { registerRoutes } from './routes/index.ts';
import { ProblemSchema } from './schemas.ts';

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** Builds the whole HTTP app on the given dependencies (nothing global: two apps can share a DB). */
export async function buildApp(deps: Deps, options: { logger?: boolean } = {}): Promise<App> {
  const app: App = Fastify({
    logger: options.logger ? { level: deps.config.logLevel } : false,
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: true,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(compileValidator);
  app.setErrorHandler(handleError);
  app.addSchema(ProblemSchema);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Aftersales API',
        version: '1',
        description: 'The after-sales desk: cases, messages, orders, actions.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'as_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await app.register(
    (api, _opts, done) => {
      registerRoutes(api.withTypeProvider<TypeBoxTypeProvider>(), deps);
      done();
    },
    { prefix: '/api/v1' },
  );
  await serveConsole(app, deps);
  return app;
}

async function serveConsole(app: App, deps: Deps): Promise<void> {
  const root = resolve(deps.config.webDist);
  const hasConsole = existsSync(resolve(root, 'index.html'));
  if (hasConsole) await app.register(fastifyStatic, { root, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/');
    if (hasConsole && !isApi && request.method === 'GET') return reply.sendFile('index.html');
    const problem = toProblem(new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}`));
    return reply.status(404).type('application/problem+json').send(problem);
  });
}
