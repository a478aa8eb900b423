import { registerAuthenticatedByDefault } from '../boundary.ts';
import type { App, ServerContext } from '../context.ts';
import { registerBilling } from './billing.ts';
import { registerBillingTopUps } from './billing-top-ups.ts';
import { registerCallbacks } from './callbacks.ts';
import { registerCalls } from './calls.ts';
import { registerChannelMessages } from './channel-messages.ts';
import { registerChat } from './chat.ts';
import { registerClock } from './clock.ts';
import { registerConfig } from './config.ts';
import { registerContacts } from './contacts.ts';
import { registerConversationActions } from './conversation-actions.ts';
import { registerConversations } from './conversations.ts';
import { registerDemo } from './demo.ts';
import { registerDepartments } from './departments.ts';
import { registerGroups } from './groups.ts';
import { registerHistory } from './history.ts';
import { registerIvrMenuPrompts } from './ivr-menu-prompts.ts';
import { registerIvrMenus } from './ivr-menus.ts';
import { registerMedia } from './media.ts';
import { registerNumberSettings } from './number-settings.ts';
import { registerNumbers } from './numbers.ts';
import { registerOutbound } from './outbound.ts';
import { registerPhone } from './phone.ts';
import { registerPrompts } from './prompts.ts';
import { registerReports } from './reports.ts';
import { registerRoutingRules } from './routing-rules.ts';
import { registerSessions } from './sessions.ts';
import { registerSim } from './sim.ts';
import { registerSimulations } from './simulations.ts';
import { registerSip } from './sip.ts';
import { registerSipPhones } from './sip-phones.ts';
import { registerSipTrunkCredentials } from './sip-trunk-credentials.ts';
import { registerStream } from './stream.ts';
import { registerSupervision } from './supervision.ts';
import { registerTransfers } from './transfers.ts';
import { registerUsers } from './users.ts';
import { registerWallboard } from './wallboard.ts';
import { registerWebchat, registerWebchatPage } from './webchat.ts';
import { registerWebhooks } from './webhooks.ts';
import { registerWorkflowEnabled } from './workflow-enabled.ts';
import { registerWorkflowTemplates } from './workflow-templates.ts';
import { registerWorkflows } from './workflows.ts';
import { registerWorkspaces } from './workspaces.ts';
import { registerWrapUp } from './wrap-up.ts';

const registrations = [
  registerSessions,
  registerDemo,
  registerWorkspaces,
  registerUsers,
  registerDepartments,
  registerNumbers,
  registerNumberSettings,
  registerGroups,
  registerIvrMenus,
  registerContacts,
  registerBilling,
  registerBillingTopUps,
  registerCalls,
  registerOutbound,
  registerTransfers,
  registerPhone,
  registerHistory,
  registerChannelMessages,
  registerConversations,
  registerConversationActions,
  registerChat,
  registerMedia,
  registerWallboard,
  registerSim,
  registerSimulations,
  registerSip,
  registerPrompts,
  registerIvrMenuPrompts,
  registerSipPhones,
  registerSipTrunkCredentials,
  registerClock,
  registerStream,
  registerConfig,
  registerWorkflows,
  registerWorkflowEnabled,
  registerWorkflowTemplates,
  registerWebchat,
  registerWebhooks,
  registerReports,
  registerCallbacks,
  registerSupervision,
  registerRoutingRules,
  registerWrapUp,
];

export async function registerRoutes(app: App, context: ServerContext): Promise<void> {
  await app.register(
    async (v1) => {
      registerAuthenticatedByDefault(v1 as App);
      for (const register of registrations) register(v1 as App, context);
    },
    { prefix: '/v1' },
  );
  // The widget page lives outside the API, at /webchat/:workspaceId.
  registerWebchatPage(app, context);
}
