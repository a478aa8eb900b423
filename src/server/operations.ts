import { historyEntriesDocumented } from '../api/history.ts';
import type { App } from './context.ts';

/**
 * Every API operation's stable operationId and its description, keyed by method and OpenAPI
 * path. Client generators name their functions after the operationId, so an id never
 * changes once published: rename the route, not the id. A route may also declare its own
 * operationId or description in its schema; those win. test/api/openapi.test.ts fails on an
 * operation with neither, and on a duplicate id.
 */
export interface Operation {
  id: string;
  /** Absent where the route's schema has its own. */
  description?: string;
  /** Only for the few routes registered without one. */
  summary?: string;
}

const ws = '/v1/workspaces/{workspaceId}';
const reportDoc =
  'Supervisors and admins. The period is given with from and to. Rows are streamed as the store pages them; send `Accept: text/csv` for CSV.';

export const operations: Record<string, Operation> = {
  // Sessions and the server
  'POST /v1/sessions': {
    id: 'signIn',
    description:
      'Answers a session token for the workspace chosen (or the first the password opens), the user, and every workspace the same email and password open. Repeated wrong passwords for an account or from an address are refused with 429 and Retry-After.',
  },
  'DELETE /v1/sessions/current': {
    id: 'signOut',
    description:
      'Ends the session of the token sent, and closes the streams it opened. API keys have no session: 204 all the same.',
  },
  'GET /v1/me': {
    id: 'getMe',
    description:
      'The kind of token (server admin key, workspace API key or user session), its workspace and role, and the user for a session.',
  },
  'GET /v1/demo': {
    id: 'getDemoSignIns',
    description:
      'Public. When the server runs demo workspaces, their people and passwords (they are public by design), so the log-in page can offer them.',
  },
  'GET /v1/clock': {
    id: 'getClock',
    description:
      'Whether the server runs a system or a virtual clock, and its time now. Timers and the wallboard use this clock.',
  },
  'POST /v1/clock/advance': {
    id: 'advanceClock',
    description:
      'Virtual clock only: moves time forward by the milliseconds given, firing every timer due on the way in order. Refused on a system clock.',
  },

  // Workspaces and API keys
  'POST /v1/workspaces': {
    id: 'createWorkspace',
    description:
      'Server admin key only. The id is generated unless given; an id already taken is refused with 409.',
  },
  'GET /v1/workspaces': {
    id: 'listWorkspaces',
    description:
      'The server admin key sees every workspace this node holds; any other token, its own workspace.',
  },
  [`GET ${ws}`]: {
    id: 'getWorkspace',
    summary: 'One workspace',
    description:
      'Any member of the workspace may read it: name, plan, time zone, default country and web-chat origins.',
  },
  [`PATCH ${ws}`]: {
    id: 'updateWorkspace',
    summary: 'Change a workspace (admin)',
    description: 'Only the fields sent change; a bad value is refused naming the field and changes nothing.',
  },
  [`POST ${ws}/api-keys`]: {
    id: 'createApiKey',
    description:
      'Admin. The answer carries the token once; only its hash is stored, so it cannot be shown again.',
  },
  [`GET ${ws}/api-keys`]: {
    id: 'listApiKeys',
    summary: 'The workspace’s API keys (admin)',
    description: 'Names, roles, prefixes and times; never the tokens.',
  },
  [`DELETE ${ws}/api-keys/{keyId}`]: {
    id: 'deleteApiKey',
    summary: 'Revoke an API key (admin)',
    description: 'Requests with the key are refused from then on.',
  },
  [`PUT ${ws}/config`]: {
    id: 'applyWorkspaceSpec',
    description: 'Admin; creating a workspace needs the server admin key.',
  },
  [`GET ${ws}/config`]: {
    id: 'exportWorkspaceSpec',
    description: 'Admin. What PUT …/config applies to build this workspace again.',
  },

  // Users
  [`GET ${ws}/users`]: {
    id: 'listUsers',
    description:
      'Every user of the workspace with presence and role, by name; search matches any word start, ignoring case and accents. departmentId keeps that department’s members.',
  },
  [`POST ${ws}/users`]: {
    id: 'createUser',
    description:
      'A password, when given, lets the user sign in at once; without one, PUT …/password sets it later.',
  },
  [`GET ${ws}/users/{userId}`]: {
    id: 'getUser',
    summary: 'One user',
    description:
      'Any member of the workspace may read a user: name, email, role, presence, departments and chat capacity.',
  },
  [`PATCH ${ws}/users/{userId}`]: {
    id: 'updateUser',
    description: 'Only the fields sent change; a bad value is refused naming the field and changes nothing.',
  },
  [`DELETE ${ws}/users/{userId}`]: {
    id: 'deleteUser',
    description: 'The user can no longer sign in to the workspace or be offered calls and chats.',
  },
  [`PUT ${ws}/users/{userId}/presence`]: {
    id: 'setPresence',
    description:
      'Going online makes the user a routing candidate at once (calls and chats waiting may be offered); going offline applies their departments’ offline rule to open chats.',
  },
  [`PUT ${ws}/users/{userId}/password`]: {
    id: 'setPassword',
    description: 'The password is stored as a slow salted hash; it is never shown again.',
  },

  // Departments
  [`GET ${ws}/departments`]: {
    id: 'listDepartments',
    description:
      'Each department with its members, memberCount and onlineCount (members whose presence is online); search by name.',
  },
  [`POST ${ws}/departments`]: {
    id: 'createDepartment',
    description: 'The id is generated unless given.',
  },
  [`GET ${ws}/departments/{departmentId}`]: {
    id: 'getDepartment',
    description: 'Its members, memberCount and onlineCount.',
  },
  [`PATCH ${ws}/departments/{departmentId}`]: {
    id: 'updateDepartment',
    description: 'Admin. Only the fields sent change.',
  },
  [`DELETE ${ws}/departments/{departmentId}`]: {
    id: 'deleteDepartment',
    description: 'Answers 204 with no body.',
  },
  [`GET ${ws}/departments/{departmentId}/chat-settings`]: {
    id: 'getDepartmentChatSettings',
    description: 'strategy: least_busy, round_robin or manual; onAgentOffline: keep, requeue or reassign.',
  },
  [`PATCH ${ws}/departments/{departmentId}/chat-settings`]: {
    id: 'updateDepartmentChatSettings',
    description:
      'Give strategy, onAgentOffline or both; the new strategy applies to the next conversation routed.',
  },

  // Numbers
  [`GET ${ws}/numbers`]: {
    id: 'listNumbers',
    description: 'Each number with its E.164 form, kind, label and assigned users.',
  },
  [`POST ${ws}/numbers`]: {
    id: 'createNumber',
    description: 'The number is normalised to E.164 with the workspace’s default country.',
  },
  [`GET ${ws}/numbers/{numberId}`]: {
    id: 'getNumber',
    description: 'An agent asking for a number not assigned to them is refused with 403.',
  },
  [`PATCH ${ws}/numbers/{numberId}`]: {
    id: 'updateNumber',
    description: 'Only the fields sent change.',
  },
  [`DELETE ${ws}/numbers/{numberId}`]: {
    id: 'deleteNumber',
    description: 'Refused with 409 while a call on it is live.',
  },
  [`PUT ${ws}/numbers/{numberId}/assigned-users`]: {
    id: 'setNumberAssignedUsers',
    description: 'Replaces the list: userIds must name users of the workspace.',
  },
  [`GET ${ws}/numbers/{numberId}/settings`]: {
    id: 'getNumberSettings',
    description:
      'Hours, welcome and menus, who rings and how, queueing, voicemail, forwarding, recording and caller id: everything that decides what an inbound call on the number does.',
  },
  [`PATCH ${ws}/numbers/{numberId}/settings`]: {
    id: 'updateNumberSettings',
    description:
      'Only the fields sent change; the settings are checked as a whole and a bad one is refused naming the field.',
  },

  // Groups and IVR menus
  [`GET ${ws}/groups`]: {
    id: 'listGroups',
    description: 'Groups of users a number or menu option rings together, by name.',
  },
  [`POST ${ws}/groups`]: {
    id: 'createGroup',
    description: 'The id is generated unless given.',
  },
  [`GET ${ws}/groups/{groupId}`]: { id: 'getGroup', description: 'Its name and members.' },
  [`PATCH ${ws}/groups/{groupId}`]: {
    id: 'updateGroup',
    description: 'Only the fields sent change.',
  },
  [`DELETE ${ws}/groups/{groupId}`]: {
    id: 'deleteGroup',
    description: 'Refused while a number or menu routes to it.',
  },
  [`GET ${ws}/ivr-menus`]: {
    id: 'listIvrMenus',
    description: 'Each menu with its prompt and the key options callers press.',
  },
  [`POST ${ws}/ivr-menus`]: {
    id: 'createIvrMenu',
    description:
      'Every option names what a key press does: ring a user or group, another menu, voicemail or an outside number.',
  },
  [`GET ${ws}/ivr-menus/{menuId}`]: { id: 'getIvrMenu', description: 'Its prompt and options.' },
  [`PATCH ${ws}/ivr-menus/{menuId}`]: {
    id: 'updateIvrMenu',
    description: 'Only the fields sent change.',
  },
  [`DELETE ${ws}/ivr-menus/{menuId}`]: {
    id: 'deleteIvrMenu',
    description: 'Refused while a number uses it.',
  },

  // Contacts
  [`GET ${ws}/contacts`]: {
    id: 'listContacts',
    description:
      'By name. phone finds the contact a number belongs to (normalised to E.164 first), as the screen pop does.',
  },
  [`POST ${ws}/contacts`]: {
    id: 'createContact',
    description: 'Phones are normalised to E.164 with the workspace’s default country.',
  },
  [`GET ${ws}/contacts/{contactId}`]: {
    id: 'getContact',
    description: 'Name, company, phones and the responsible user.',
  },
  [`PATCH ${ws}/contacts/{contactId}`]: {
    id: 'updateContact',
    description: 'Supervisors and admins; agents read contacts only. Only the fields sent change.',
  },
  [`DELETE ${ws}/contacts/{contactId}`]: {
    id: 'deleteContact',
    description: 'Supervisors and admins; agents read contacts only.',
  },

  // Billing
  [`GET ${ws}/billing`]: {
    id: 'getBilling',
    description:
      'The balance outbound calls are charged to, its currency, and whether the workspace has the SIP licence.',
  },
  [`PATCH ${ws}/billing`]: {
    id: 'updateBilling',
    description: 'Only the fields sent change.',
  },
  [`POST ${ws}/billing/top-ups`]: {
    id: 'createTopUp',
    description: 'Admin. The amount is added to the balance.',
  },
  [`GET ${ws}/billing/top-ups`]: {
    id: 'listTopUps',
    description: 'Each top-up with its amount and time.',
  },

  // Calls
  [`GET ${ws}/calls`]: {
    id: 'listCalls',
    description:
      'Filter by number, outcome, direction, status, phone, participant or period; pass nextCursor as cursor for the next page.',
  },
  [`POST ${ws}/calls`]: { id: 'placeCall' },
  [`GET ${ws}/calls/{callId}`]: {
    id: 'getCall',
    description:
      'Agents see only calls they took part in (403 otherwise). live is present while the call is.',
  },
  [`POST ${ws}/calls/{callId}/voicedrop`]: {
    id: 'dropVoicemail',
    description:
      'The agent on the call (or a supervisor or admin) drops the message and leaves; the recording plays into the other side’s voicemail.',
  },
  [`POST ${ws}/calls/{callId}/hold`]: {
    id: 'holdCall',
    description: 'The agent on the call, or a supervisor or admin.',
  },
  [`POST ${ws}/calls/{callId}/resume`]: {
    id: 'resumeCall',
    description: 'The agent on the call, or a supervisor or admin.',
  },
  [`POST ${ws}/calls/{callId}/transfer`]: {
    id: 'transferCall',
    description:
      'Blind or consultative: the target rings while the caller holds; complete, conference or cancel decide what happens next.',
  },
  [`POST ${ws}/calls/{callId}/transfer/complete`]: {
    id: 'completeCallTransfer',
    description: 'The agent who started the transfer leaves; the caller stays with the target.',
  },
  [`POST ${ws}/calls/{callId}/transfer/conference`]: {
    id: 'conferenceCallTransfer',
    description: 'The agent who started the transfer, once the target is on the line.',
  },
  [`POST ${ws}/calls/{callId}/transfer/cancel`]: {
    id: 'cancelCallTransfer',
    description: 'The agent who started the transfer; the caller comes back to them.',
  },
  [`GET ${ws}/history/{entityType}/{entityId}`]: {
    id: 'getEntityHistory',
    description: `What happened to the entity, in order: history entries, each with its sequence number, time, type and the version of that type’s shape; the engine’s bookkeeping (timers, seeds) is left out. A call’s and a conversation’s \`history\` hold the same entries. Each type carries these fields in \`data\` (times inside it are epoch milliseconds):\n\n${historyEntriesDocumented()}`,
  },

  // Voicemail and recordings
  [`GET ${ws}/voicemails`]: {
    id: 'listVoicemails',
    description: 'Supervisors and admins see every number’s; pass nextCursor as cursor for the next page.',
  },
  [`GET ${ws}/voicemails/{voicemailId}/audio`]: {
    id: 'getVoicemailAudio',
    description:
      'download=true answers it as an attachment. Agents only hear voicemails of their assigned numbers (403 otherwise).',
  },
  [`POST ${ws}/voicemails/{voicemailId}/heard`]: {
    id: 'markVoicemailHeard',
    description: 'Agents only on their assigned numbers; answers 204.',
  },
  [`GET ${ws}/calls/{callId}/recordings`]: {
    id: 'listCallRecordings',
    description: 'Each recording with its length and when it started.',
  },
  [`GET ${ws}/recordings/{recordingId}/audio`]: {
    id: 'getRecordingAudio',
    description:
      'download=true answers it as an attachment. Agents only hear recordings of calls they answered (403 otherwise).',
  },

  // Chat
  [`POST ${ws}/channels/{channel}/messages`]: { id: 'deliverChannelMessage' },
  [`GET ${ws}/channels/{channel}/conversations/{conversationId}/messages`]: {
    id: 'listChannelConversationMessages',
  },
  [`GET ${ws}/conversations`]: {
    id: 'listConversations',
    description:
      'Filter by status, assignee, department, channel, pending or opening period; pass nextCursor as cursor for the next page.',
  },
  [`GET ${ws}/conversations/{conversationId}`]: {
    id: 'getConversation',
    description:
      'Agents see their own conversations and their departments’ queues (403 otherwise). The first page of messages; GET …/messages pages on.',
  },
  [`GET ${ws}/conversations/{conversationId}/messages`]: {
    id: 'listConversationMessages',
    description: 'Pass nextAfterSeq as afterSeq for the next page.',
  },
  [`POST ${ws}/conversations/{conversationId}/reply`]: {
    id: 'replyToConversation',
    description:
      'A signed-in user only (not an API key). Sent to the contact through the conversation’s channel; refused with 409 on a resolved conversation.',
  },
  [`POST ${ws}/conversations/{conversationId}/notes`]: {
    id: 'addConversationNote',
    description: 'A signed-in user only (not an API key); refused with 409 on a resolved conversation.',
  },
  [`POST ${ws}/conversations/{conversationId}/assign`]: {
    id: 'assignConversation',
    description: 'Answers the conversation as it is after the assignment.',
  },
  [`POST ${ws}/conversations/{conversationId}/transfer`]: {
    id: 'transferConversation',
    description:
      'to.kind department needs to.departmentId, agent needs to.userId. Answers the conversation as it is after the transfer.',
  },
  [`POST ${ws}/conversations/{conversationId}/hold`]: {
    id: 'holdConversation',
    description: 'Answers the conversation as it is after.',
  },
  [`POST ${ws}/conversations/{conversationId}/resume`]: {
    id: 'resumeConversation',
    description: 'Answers the conversation as it is after.',
  },
  [`POST ${ws}/conversations/{conversationId}/resolve`]: {
    id: 'resolveConversation',
    description: 'Frees the agent’s chat slot; the next conversation waiting may be offered to them at once.',
  },
  [`GET ${ws}/chat/transfer-targets`]: {
    id: 'listChatTransferTargets',
    description:
      'Departments with memberCount and readyCount (members online with chat room); agents with presence and load, those who could take it first, then the least loaded.',
  },
  [`GET ${ws}/chat/pending`]: {
    id: 'listPendingConversations',
    description: 'Grouped by agent, by name.',
  },
  'POST /v1/webchat/{workspaceId}/sessions': { id: 'startWebchatSession' },
  'POST /v1/webchat/{workspaceId}/messages': {
    id: 'sendWebchatMessage',
    description:
      'Public, with the visitor token from POST …/sessions, and only from the workspace’s allowed web-chat origins.',
  },
  'GET /v1/webchat/{workspaceId}/messages': {
    id: 'listWebchatMessages',
    description:
      'Public, with the visitor token; internal notes are never shown. Pass afterSeq to get only newer messages.',
  },

  // Wallboard, reports, simulations
  [`GET ${ws}/wallboard`]: { id: 'getWallboard' },
  [`GET ${ws}/reports/calls`]: {
    id: 'getCallsReport',
    description: `${reportDoc} waitSeconds runs to the answer (or the end); talkSeconds from the answer to the end.`,
  },
  [`GET ${ws}/reports/conversations`]: {
    id: 'getConversationsReport',
    description: `${reportDoc} The last transfer’s sender and reason are on each row.`,
  },
  [`GET ${ws}/reports/agents`]: {
    id: 'getAgentsReport',
    description: `${reportDoc} One row per agent and 30-minute interval in which they did anything.`,
  },
  [`GET ${ws}/reports/service-level`]: {
    id: 'getServiceLevelReport',
    description: `${reportDoc} targetSeconds sets the wait that counts as within target (default 20).`,
  },
  [`GET ${ws}/reports/callbacks`]: {
    id: 'getCallbacksReport',
    description: `${reportDoc} Finished callbacks first, as they finish; then those still open, with their status.`,
  },
  [`GET ${ws}/reports/{report}`]: {
    id: 'downloadReportCsv',
    description:
      'Supervisors and admins. The same rows as the report’s own route, as a CSV file (content-disposition: attachment), streamed row by row.',
  },
  [`POST ${ws}/simulations`]: { id: 'runSimulation' },

  // The simulated phone network
  [`POST ${ws}/sim/calls`]: {
    id: 'simPlaceInboundCall',
    description:
      'The call goes through the number’s settings as a real one would; answers the call id to follow it with.',
  },
  [`GET ${ws}/sim/calls/{callId}`]: {
    id: 'simGetCall',
    description: 'The handset’s state (ringing, connected, ended) and every leg with its status.',
  },
  [`POST ${ws}/sim/calls/{callId}/digits`]: {
    id: 'simSendCallerDigits',
    description: 'An IVR menu reacts to them as to real tones.',
  },
  [`POST ${ws}/sim/calls/{callId}/answer`]: {
    id: 'simAnswerOutboundCall',
    description: 'For outbound calls placed by an agent: the customer’s side answers.',
  },
  [`POST ${ws}/sim/calls/{callId}/hangup`]: {
    id: 'simHangUpCaller',
    description: 'The call ends for everyone on it.',
  },
  [`POST ${ws}/sim/legs/{callId}/{legId}/digits`]: {
    id: 'simSendLegDigits',
    description: 'Digits 0–9, * and #, sent to the other side of the connected leg.',
  },
  [`POST ${ws}/sim/legs/{callId}/{legId}/answer`]: {
    id: 'simAnswerLeg',
    description: 'With simultaneous ringing the first leg answered wins and the others stop ringing.',
  },
  [`POST ${ws}/sim/legs/{callId}/{legId}/reject`]: {
    id: 'simRejectLeg',
    description: 'The call goes on as the number’s settings say (the next agent, voicemail …).',
  },
  [`POST ${ws}/sim/legs/{callId}/{legId}/hangup`]: {
    id: 'simHangUpLeg',
    description: 'Ends the leg; the call ends when nobody is left on it with the caller.',
  },

  // SIP
  [`GET ${ws}/sip/trunk`]: {
    id: 'getSipTrunk',
    description: 'null when the workspace has no trunk.',
  },
  [`PUT ${ws}/sip/trunk`]: {
    id: 'setSipTrunk',
    description: 'Admin. Replaces the whole trunk.',
  },
  [`GET ${ws}/users/{userId}/sip`]: {
    id: 'getUserSipAccount',
    description: 'The account’s username and the phones registered with it now; never its password.',
  },
  [`PUT ${ws}/users/{userId}/sip`]: {
    id: 'setUserSipAccount',
    description: 'Only a digest of the password is kept, never shown by any API or stream.',
  },
  [`DELETE ${ws}/users/{userId}/sip`]: {
    id: 'deleteUserSipAccount',
    description: 'Admin. Its phones can no longer register.',
  },

  // Workflows
  [`GET ${ws}/workflows`]: {
    id: 'listWorkflows',
    description:
      'Supervisors and admins. Each workflow with its draft, versions and how many runs are going now.',
  },
  [`POST ${ws}/workflows`]: {
    id: 'createWorkflow',
    description:
      'The definition is checked on save, naming the step at fault; an id already taken is refused with 409.',
  },
  [`GET ${ws}/workflows/{workflowId}`]: {
    id: 'getWorkflow',
    description: 'Supervisors and admins.',
  },
  [`DELETE ${ws}/workflows/{workflowId}`]: {
    id: 'deleteWorkflow',
    description: 'Admin. Runs going stop where they are.',
  },
  [`PUT ${ws}/workflows/{workflowId}/draft`]: {
    id: 'saveWorkflowDraft',
    description: 'Replaces the draft; published versions do not change.',
  },
  [`POST ${ws}/workflows/{workflowId}/publish`]: {
    id: 'publishWorkflow',
    description: 'New runs start on the new version.',
  },
  [`GET ${ws}/workflows/{workflowId}/runs`]: {
    id: 'listWorkflowRuns',
    description: 'Pass nextBefore as before for older events.',
  },
  [`PUT ${ws}/workflows/{workflowId}/enabled`]: {
    id: 'setWorkflowEnabled',
    description: 'Admin. Answers the workflow as it is after.',
  },
  [`GET ${ws}/workflow-templates`]: {
    id: 'listWorkflowTemplates',
    description: 'Each template’s name, what it does and the parameters it asks for.',
  },
  [`POST ${ws}/workflow-templates/{templateId}/workflows`]: {
    id: 'createWorkflowFromTemplate',
    description: 'The template’s parameters are filled in from the body; the draft is checked as any other.',
  },

  // Webhooks
  [`GET ${ws}/webhooks`]: {
    id: 'listWebhooks',
    description: 'Each subscription with its URL and messages; never the secret.',
  },
  [`POST ${ws}/webhooks`]: {
    id: 'createWebhook',
    description:
      'The URL must be http or https and reach a public address (SSRF), unless the server allows private ones. The answer is the only one that carries the signing secret besides GET …/secret.',
  },
  [`GET ${ws}/webhooks/{webhookId}`]: {
    id: 'getWebhook',
    description: 'Never the secret: GET …/secret reveals it.',
  },
  [`PATCH ${ws}/webhooks/{webhookId}`]: {
    id: 'updateWebhook',
    description: 'Only the fields sent change; a new URL is checked as on creation.',
  },
  [`DELETE ${ws}/webhooks/{webhookId}`]: {
    id: 'deleteWebhook',
    description: 'Nothing more is sent to its URL.',
  },
  [`GET ${ws}/webhooks/{webhookId}/secret`]: {
    id: 'getWebhookSecret',
    description: 'The secret deliveries are signed with (HMAC-SHA256).',
  },
  [`GET ${ws}/webhooks/{webhookId}/deliveries`]: {
    id: 'listWebhookDeliveries',
    description: 'Filter by status; pass nextCursor as cursor for the next page.',
  },
  [`POST ${ws}/webhooks/{webhookId}/deliveries/{deliveryId}/replay`]: {
    id: 'replayWebhookDelivery',
    description: 'Answers 202 with the delivery queued again; the dispatcher sends it on its next round.',
  },
  // The agent's phone: the console's softphone on any driver (issue 15)
  [`GET ${ws}/users/{userId}/phone`]: {
    id: 'getUserPhone',
    description:
      'The lines the agent’s phone shows now, on SIP (desk phones and browser) or the simulated network. Agents read their own; supervisors anyone’s.',
  },
  [`POST ${ws}/calls/{callId}/legs/{legId}/answer`]: {
    id: 'answerLeg',
    description:
      'Answers a ringing leg: the same command a desk phone’s answer submits. The first answer wins; the other phones stop ringing. 409 when the leg is not ringing.',
  },
  [`POST ${ws}/calls/{callId}/legs/{legId}/reject`]: {
    id: 'rejectLeg',
    description: 'Declines a ringing leg; routing goes on to the next agent or rule as for a missed offer.',
  },
  [`POST ${ws}/calls/{callId}/legs/{legId}/hangup`]: {
    id: 'hangUpLeg',
    description:
      'Hangs up the leg: the engine’s rules say whether the call ends or goes on (a transfer, a conference).',
  },
  [`POST ${ws}/calls/{callId}/legs/{legId}/digits`]: {
    id: 'sendLegDigits',
    description:
      'The agent’s keypad on a connected leg: RFC 4733 tones to the far party on a SIP call (an IVR, a customer), or to the simulated handset.',
  },

  // What-if jobs (M4, issue 19)
  [`POST ${ws}/simulation-jobs`]: {
    id: 'startSimulationJob',
    description:
      'Starts a what-if run on the simulator’s worker thread and answers 202 with its Location; the request is checked first (a bad field is refused and nothing runs).',
  },
  [`GET ${ws}/simulation-jobs/{jobId}`]: {
    id: 'getSimulationJob',
    description:
      'A what-if job’s status and progress (0 to 1), then its result, or the error naming its field.',
  },

  // Prompts as audio (S3)
  [`GET ${ws}/numbers/{numberId}/prompts`]: {
    id: 'listNumberPrompts',
    description:
      'For each prompt (welcome, menu, closed, voicemail greeting): uploaded, with its length, or the default.',
  },
  [`GET ${ws}/numbers/{numberId}/prompts/{prompt}`]: {
    id: 'getNumberPrompt',
    description: 'The uploaded WAV as stored; 404 when the number plays the default prompt.',
  },
  [`PUT ${ws}/numbers/{numberId}/prompts/{prompt}`]: {
    id: 'uploadNumberPrompt',
    description:
      'Body: the WAV itself (content-type audio/wav). Refused with 400 naming audio when it is not 8 kHz mono PCM16 or µ-law, over 1 MiB, or not 100 ms to 60 s long.',
  },
  [`DELETE ${ws}/numbers/{numberId}/prompts/{prompt}`]: {
    id: 'deleteNumberPrompt',
    description: 'Withdraws the upload; the number plays the built-in spoken prompt again.',
  },

  [`GET ${ws}/ivr-menus/{menuId}/prompt`]: {
    id: 'getIvrMenuPrompt',
    description:
      'Whether the menu plays its own upload (with its length) or, without one, the number’s menu upload (for the menu a number answers with) or the built-in spoken prompt.',
  },
  [`GET ${ws}/ivr-menus/{menuId}/prompt/audio`]: {
    id: 'getIvrMenuPromptAudio',
    description: 'The menu’s uploaded WAV as stored; 404 when it has none.',
  },
  [`PUT ${ws}/ivr-menus/{menuId}/prompt/audio`]: {
    id: 'uploadIvrMenuPrompt',
    description:
      'Body: the WAV itself (content-type audio/wav). Refused with 400 naming audio when it is not 8 kHz mono PCM16 or µ-law, over 1 MiB, or not 100 ms to 60 s long.',
  },
  [`DELETE ${ws}/ivr-menus/{menuId}/prompt/audio`]: {
    id: 'deleteIvrMenuPrompt',
    description: 'Withdraws the menu’s upload.',
  },

  // SIP phones and trunk credentials (S2, W7)
  [`GET ${ws}/users/{userId}/phones`]: {
    id: 'listUserSipPhones',
    description:
      'Each registered SIP phone of the user: its name (User-Agent), address, transport and expiry.',
  },
  [`GET ${ws}/sip/trunk/credentials`]: {
    id: 'getTrunkCredentials',
    description:
      'Whether outbound digest credentials are set, and their username; the password is never answered.',
  },
  [`PUT ${ws}/sip/trunk/credentials`]: {
    id: 'setTrunkCredentials',
    description:
      'The username and password the carrier’s 401/407 challenges ask for. Kept outside the event log, the database and the YAML export, in an owner-only file.',
  },
  [`DELETE ${ws}/sip/trunk/credentials`]: {
    id: 'deleteTrunkCredentials',
    description: 'Forgets the credentials: outbound INVITEs the carrier challenges then fail.',
  },

  // Callbacks (R3) and supervisor control (R4)
  [`GET ${ws}/callbacks`]: {
    id: 'listCallbacks',
    description: 'Callbacks still waiting, offered or being placed, oldest place in the queue first.',
  },
  [`POST ${ws}/callbacks/{callbackId}/accept`]: {
    id: 'acceptCallback',
    description:
      'The agent it is offered to accepts: the customer is dialled and bridged to the agent when they answer.',
  },
  [`POST ${ws}/callbacks/{callbackId}/decline`]: {
    id: 'declineCallback',
    description: 'The agent it is offered to declines: it goes back to its original place in the queue.',
  },
  [`POST ${ws}/callbacks/{callbackId}/cancel`]: {
    id: 'cancelCallback',
    description: 'Gives the callback up with the outcome abandoned; recorded with who did it.',
  },
  [`GET ${ws}/live`]: {
    id: 'getLiveBoard',
    description:
      'Every live call (who, where, how long, waiting or connected, who supervises it), conversation and callback, for the supervisors’ Live page.',
  },
  [`POST ${ws}/calls/{callId}/monitor`]: {
    id: 'monitorCall',
    description:
      'Rings the supervisor’s phone; answering joins the call to listen (silent), whisper (only the agent hears) or barge (three-way). In the call’s history.',
  },
  [`PUT ${ws}/calls/{callId}/monitor`]: {
    id: 'changeMonitorMode',
    description:
      'Switches a supervisor already on the call between listen, whisper and barge. In the call’s history.',
  },
  [`POST ${ws}/calls/{callId}/supervisor-transfer`]: {
    id: 'supervisorTransferCall',
    description:
      'Transfers a connected call on the agent’s behalf (held, then moved directly), or sends a waiting one (queued, or ringing agents who have not answered) to an agent, a group (which rings by its own strategy) or a department (its least busy free agent of the number called). In the call’s history with who did it.',
  },

  // Skills and after-call work (R1, R2)
  [`GET ${ws}/routing-rules`]: {
    id: 'listRoutingRules',
    description:
      'The skills each number, group and department requires (with any relaxation) and its wrap-up seconds.',
  },
  [`GET ${ws}/routing-rules/{kind}/{id}`]: {
    id: 'getRoutingRule',
    description: 'One number’s, group’s or department’s skills required and wrap-up; empty when none is set.',
  },
  [`PUT ${ws}/routing-rules/{kind}/{id}`]: {
    id: 'setRoutingRule',
    description:
      'Sets the skills required (all of, each at a minimum level, optionally relaxing after a wait) and the wrap-up seconds. Waiting callers and chats are served again at once.',
  },
  [`POST ${ws}/users/{userId}/wrap-up/{action}`]: {
    id: 'changeWrapUp',
    description:
      'action end: the wrap-up ends now and offers resume; extend: once, by its own length. Agents their own; supervisors anyone’s.',
  },
};

/** The OpenAPI form of a Fastify route path: /v1/a/:id → /v1/a/{id}. */
const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

/** Gives each route registered from now on its catalogued operationId and description. */
export function documentOperations(app: App): void {
  app.addHook('onRoute', (route) => {
    const schema = route.schema;
    if (!schema || schema.hide) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      const entry = operations[`${method} ${openApiPath(route.url)}`];
      if (!entry) continue;
      schema.operationId ??= entry.id;
      if (entry.description) schema.description ??= entry.description;
      if (entry.summary) schema.summary ??= entry.summary;
    }
  });
}
