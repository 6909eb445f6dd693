// Every route the agent console adds under /api/v1/console (registered with one line in index.ts).
import type { Deps } from '../../deps.ts';
import type { App } from '../app.ts';
import { registerConsoleActionRoutes } from './console-actions.ts';
import { registerConsoleAttachmentRoutes } from './console-attachments.ts';
import { registerConsoleDashboardRoutes } from './console-dashboard.ts';
import { registerConsoleInboxRoutes } from './console-inbox.ts';

/** Registers the console's reads and writes. */
export function registerConsoleRoutes(app: App, deps: Deps): void {
  registerConsoleInboxRoutes(app, deps);
  registerConsoleActionRoutes(app, deps);
  registerConsoleAttachmentRoutes(app, deps);
  registerConsoleDashboardRoutes(app, deps);
}
