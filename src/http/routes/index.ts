// Every route of /api/v1. Other features (console-*.ts, channels-*.ts) add one line each here.
import type { Deps } from '../../deps.ts';
import type { App } from '../app.ts';
import { registerActionRoutes } from './actions.ts';
import { registerAuthRoutes } from './auth.ts';
import { registerCaseMessageRoutes } from './case-messages.ts';
import { registerCaseRoutes } from './cases.ts';
import { registerConsoleRoutes } from './console-routes.ts';
import { registerIntakeRoutes } from './intake.ts';

/** Registers all API routes on the /api/v1 scope. */
export function registerRoutes(app: App, deps: Deps): void {
  registerAuthRoutes(app, deps);
  registerCaseRoutes(app, deps);
  registerCaseMessageRoutes(app, deps);
  registerActionRoutes(app, deps);
  registerIntakeRoutes(app, deps);
  registerConsoleRoutes(app, deps);
}
