// Every route of the channels (issue 6), registered with one line in routes/index.ts.
import type { Deps } from '../../deps.ts';
import type { App } from '../app.ts';
import { registerAgentChannelRoutes } from './channels-agent.ts';
import { registerChatRoutes } from './channels-chat.ts';
import { registerFormRoutes } from './channels-form.ts';
import { registerWebhookRoutes } from './channels-webhook.ts';

/** Webhook, chat, contact form, phone logging and mail status routes. */
export function registerChannelRoutes(app: App, deps: Deps): void {
  registerWebhookRoutes(app, deps);
  registerChatRoutes(app, deps);
  registerFormRoutes(app, deps);
  registerAgentChannelRoutes(app, deps);
}
