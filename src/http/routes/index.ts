// Every route of /api/v1. Other features (console-*.ts, channels-*.ts) add one line each here.
import type { Deps } from '../../deps.ts';
import type { App } from '../app.ts';
import { registerActionRoutes } from './actions.ts';
import { registerAuditAssessRoutes } from './audit-assess.ts';
import { registerAuthRoutes } from './auth.ts';
import { registerCaseMessageRoutes } from './case-messages.ts';
import { registerCaseRoutes } from './cases.ts';
import { registerChannelRoutes } from './channels-routes.ts';
import { registerConsoleRoutes } from './console-routes.ts';
import { registerCustomerRoutes } from './customers.ts';
import { registerImportRoutes } from './imports.ts';
import { registerIntakeRoutes } from './intake.ts';
import { registerOrderRoutes } from './orders.ts';
import { registerReviewRoutes } from './reviews.ts';
import { registerTemplateRoutes } from './templates.ts';
import { registerUserRoutes } from './users.ts';

/** Registers all API routes on the /api/v1 scope. */
export function registerRoutes(app: App, deps: Deps): void {
  registerAuthRoutes(app, deps);
  registerCaseRoutes(app, deps);
  registerCaseMessageRoutes(app, deps);
  registerActionRoutes(app, deps);
  registerIntakeRoutes(app, deps);
  registerCustomerRoutes(app, deps);
  registerOrderRoutes(app, deps);
  registerImportRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerTemplateRoutes(app, deps);
  registerAuditAssessRoutes(app, deps);
  registerConsoleRoutes(app, deps);
  registerChannelRoutes(app, deps);
}
