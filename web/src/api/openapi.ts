/**
 * Generated from /openapi.json by openapi-typescript (npm run generate:api). Do not edit:
 * change the route's schema and generate again.
 */


export type paths = {
  "/v1/sessions": {
    /**
     * Sign in with email and password; optionally choose the workspace
     * @description Answers a session token for the workspace chosen (or the first the password opens), the user, and every workspace the same email and password open. Repeated wrong passwords for an account or from an address are refused with 429 and Retry-After.
     */
    post: operations["signIn"];
  };
  "/v1/sessions/current": {
    /**
     * Sign out
     * @description Ends the session of the token sent, and closes the streams it opened. API keys have no session: 204 all the same.
     */
    delete: operations["signOut"];
  };
  "/v1/me": {
    /**
     * Who the token belongs to
     * @description The kind of token (server admin key, workspace API key or user session), its workspace and role, and the user for a session.
     */
    get: operations["getMe"];
  };
  "/v1/demo": {
    /**
     * The demo workspace’s sign-ins when the server runs the demo, else 204 (no authentication)
     * @description Public. When the server runs demo workspaces, their people and passwords (they are public by design), so the log-in page can offer them.
     */
    get: operations["getDemoSignIns"];
  };
  "/v1/workspaces": {
    /**
     * Workspaces you can see
     * @description The server admin key sees every workspace this node holds; any other token, its own workspace.
     */
    get: operations["listWorkspaces"];
    /**
     * Create a workspace (server admin key only)
     * @description Server admin key only. The id is generated unless given; an id already taken is refused with 409.
     */
    post: operations["createWorkspace"];
  };
  "/v1/workspaces/{workspaceId}": {
    /**
     * One workspace
     * @description Any member of the workspace may read it: name, plan, time zone, default country and web-chat origins.
     */
    get: operations["getWorkspace"];
    /**
     * Change a workspace (admin)
     * @description Only the fields sent change; a bad value is refused naming the field and changes nothing.
     */
    patch: operations["updateWorkspace"];
  };
  "/v1/workspaces/{workspaceId}/api-keys": {
    /**
     * The workspace’s API keys (admin)
     * @description Names, roles, prefixes and times; never the tokens.
     */
    get: operations["listApiKeys"];
    /**
     * Create a workspace API key; its token is shown once
     * @description Admin. The answer carries the token once; only its hash is stored, so it cannot be shown again.
     */
    post: operations["createApiKey"];
  };
  "/v1/workspaces/{workspaceId}/api-keys/{keyId}": {
    /**
     * Revoke an API key (admin)
     * @description Requests with the key are refused from then on.
     */
    delete: operations["deleteApiKey"];
  };
  "/v1/workspaces/{workspaceId}/users": {
    /**
     * List users; search by name (transfer targets) with presence
     * @description Every user of the workspace with presence and role, by name; search matches any word start, ignoring case and accents. departmentId keeps that department’s members.
     */
    get: operations["listUsers"];
    /**
     * Add a user (admin)
     * @description A password, when given, lets the user sign in at once; without one, PUT …/password sets it later.
     */
    post: operations["createUser"];
  };
  "/v1/workspaces/{workspaceId}/users/{userId}": {
    /**
     * One user
     * @description Any member of the workspace may read a user: name, email, role, presence, departments and chat capacity.
     */
    get: operations["getUser"];
    /**
     * Remove a user (admin)
     * @description The user can no longer sign in to the workspace or be offered calls and chats.
     */
    delete: operations["deleteUser"];
    /**
     * Change a user (admin)
     * @description Only the fields sent change; a bad value is refused naming the field and changes nothing.
     */
    patch: operations["updateUser"];
  };
  "/v1/workspaces/{workspaceId}/users/{userId}/presence": {
    /**
     * Set presence (W5): your own, or anyone’s as supervisor or admin
     * @description Going online makes the user a routing candidate at once (calls and chats waiting may be offered); going offline applies their departments’ offline rule to open chats.
     */
    put: operations["setPresence"];
  };
  "/v1/workspaces/{workspaceId}/users/{userId}/password": {
    /**
     * Set a password: your own, or anyone’s as admin
     * @description The password is stored as a slow salted hash; it is never shown again.
     */
    put: operations["setPassword"];
  };
  "/v1/workspaces/{workspaceId}/departments": {
    /**
     * List departments with member and online counts (C2); search by name
     * @description Each department with its members, memberCount and onlineCount (members whose presence is online); search by name.
     */
    get: operations["listDepartments"];
    /**
     * Add a department (admin)
     * @description The id is generated unless given.
     */
    post: operations["createDepartment"];
  };
  "/v1/workspaces/{workspaceId}/departments/{departmentId}": {
    /**
     * One department
     * @description Its members, memberCount and onlineCount.
     */
    get: operations["getDepartment"];
    /**
     * Remove a department (admin); its members stay users
     * @description Answers 204 with no body.
     */
    delete: operations["deleteDepartment"];
    /**
     * Rename a department or set its members (admin)
     * @description Admin. Only the fields sent change.
     */
    patch: operations["updateDepartment"];
  };
  "/v1/workspaces/{workspaceId}/numbers": {
    /**
     * List phone numbers: all for supervisors and admins, an agent’s assigned ones for agents (W8)
     * @description Each number with its E.164 form, kind, label and assigned users.
     */
    get: operations["listNumbers"];
    /**
     * Add a phone number (admin); without assignedUserIds it is assigned to every user (W8)
     * @description The number is normalised to E.164 with the workspace’s default country.
     */
    post: operations["createNumber"];
  };
  "/v1/workspaces/{workspaceId}/numbers/{numberId}": {
    /**
     * One phone number; agents only their assigned ones
     * @description An agent asking for a number not assigned to them is refused with 403.
     */
    get: operations["getNumber"];
    /**
     * Remove a phone number (admin); refused while it has live calls
     * @description Refused with 409 while a call on it is live.
     */
    delete: operations["deleteNumber"];
    /**
     * Change a number’s label, kind or assigned users (admin)
     * @description Only the fields sent change.
     */
    patch: operations["updateNumber"];
  };
  "/v1/workspaces/{workspaceId}/numbers/{numberId}/assigned-users": {
    /**
     * Set who may make and receive calls on a number (W8, admin)
     * @description Replaces the list: userIds must name users of the workspace.
     */
    put: operations["setNumberAssignedUsers"];
  };
  "/v1/workspaces/{workspaceId}/numbers/{numberId}/settings": {
    /**
     * A number’s call handling settings (V1–V7, V10–V17)
     * @description Hours, welcome and menus, who rings and how, queueing, voicemail, forwarding, recording and caller id: everything that decides what an inbound call on the number does.
     */
    get: operations["getNumberSettings"];
    /**
     * Change a number’s settings (admins only, W2); unset a field with null
     * @description Only the fields sent change; the settings are checked as a whole and a bad one is refused naming the field.
     */
    patch: operations["updateNumberSettings"];
  };
  "/v1/workspaces/{workspaceId}/groups": {
    /**
     * List telephony groups
     * @description Groups of users a number or menu option rings together, by name.
     */
    get: operations["listGroups"];
    /**
     * Create a telephony group (admin)
     * @description The id is generated unless given.
     */
    post: operations["createGroup"];
  };
  "/v1/workspaces/{workspaceId}/groups/{groupId}": {
    /**
     * One of the telephony groups
     * @description Its name and members.
     */
    get: operations["getGroup"];
    /**
     * Remove a group not used by a number or menu (admin)
     * @description Refused while a number or menu routes to it.
     */
    delete: operations["deleteGroup"];
    /**
     * Change a group (admin)
     * @description Only the fields sent change.
     */
    patch: operations["updateGroup"];
  };
  "/v1/workspaces/{workspaceId}/ivr-menus": {
    /**
     * List IVR menus
     * @description Each menu with its prompt and the key options callers press.
     */
    get: operations["listIvrMenus"];
    /**
     * Create an IVR menu (admin)
     * @description Every option names what a key press does: ring a user or group, another menu, voicemail or an outside number.
     */
    post: operations["createIvrMenu"];
  };
  "/v1/workspaces/{workspaceId}/ivr-menus/{menuId}": {
    /**
     * One of the IVR menus
     * @description Its prompt and options.
     */
    get: operations["getIvrMenu"];
    /**
     * Remove an IVR menu not used by a number (admin)
     * @description Refused while a number uses it.
     */
    delete: operations["deleteIvrMenu"];
    /**
     * Change an IVR menu (admin)
     * @description Only the fields sent change.
     */
    patch: operations["updateIvrMenu"];
  };
  "/v1/workspaces/{workspaceId}/contacts": {
    /**
     * List CRM contacts; search by name, company or phone, or look one up by exact phone
     * @description By name. phone finds the contact a number belongs to (normalised to E.164 first), as the screen pop does.
     */
    get: operations["listContacts"];
    /**
     * Add a CRM contact (supervisor or admin; agents read only)
     * @description Phones are normalised to E.164 with the workspace’s default country.
     */
    post: operations["createContact"];
  };
  "/v1/workspaces/{workspaceId}/contacts/{contactId}": {
    /**
     * One CRM contact
     * @description Name, company, phones and the responsible user.
     */
    get: operations["getContact"];
    /**
     * Remove a CRM contact (supervisor or admin; agents read only)
     * @description Supervisors and admins; agents read contacts only.
     */
    delete: operations["deleteContact"];
    /**
     * Change a CRM contact (supervisor or admin; agents read only)
     * @description Supervisors and admins; agents read contacts only. Only the fields sent change.
     */
    patch: operations["updateContact"];
  };
  "/v1/workspaces/{workspaceId}/billing": {
    /**
     * Telephony balance and SIP licence (W7; supervisor or admin)
     * @description The balance outbound calls are charged to, its currency, and whether the workspace has the SIP licence.
     */
    get: operations["getBilling"];
    /**
     * Set the balance, currency or SIP licence (admin)
     * @description Only the fields sent change.
     */
    patch: operations["updateBilling"];
  };
  "/v1/workspaces/{workspaceId}/billing/top-ups": {
    /**
     * Credit added to the telephony balance, newest first (W7; supervisor or admin)
     * @description Each top-up with its amount and time.
     */
    get: operations["listTopUps"];
    /**
     * Add credit to the telephony balance (admin)
     * @description Admin. The amount is added to the balance.
     */
    post: operations["createTopUp"];
  };
  "/v1/workspaces/{workspaceId}/calls": {
    /**
     * Calls, newest first, with filters and a cursor; agents see the calls they answered, or with participant=<themself> every call they took part in
     * @description Filter by number, outcome, direction, status, phone, participant or period; pass nextCursor as cursor for the next page.
     */
    get: operations["listCalls"];
    /**
     * Call an external number from a number assigned to you (W8); charged like a forward (V17)
     * @description Users call as themselves. API keys and supervisors may name `userId`.
     */
    post: operations["placeCall"];
  };
  "/v1/workspaces/{workspaceId}/calls/{callId}": {
    /**
     * One call: its record, its legs while live, and its complete ordered history (V18)
     * @description Agents see only calls they took part in (403 otherwise). live is present while the call is.
     */
    get: operations["getCall"];
  };
  "/v1/workspaces/{workspaceId}/calls/{callId}/voicedrop": {
    /**
     * Drop the number’s pre-recorded message into the voicemail box that answered; you are free at once (V9)
     * @description The agent on the call (or a supervisor or admin) drops the message and leaves; the recording plays into the other side’s voicemail.
     */
    post: operations["dropVoicemail"];
  };
  "/v1/workspaces/{workspaceId}/calls/{callId}/hold": {
    /**
     * Put the caller on hold (hold music)
     * @description The agent on the call, or a supervisor or admin.
     */
    post: operations["holdCall"];
  };
  "/v1/workspaces/{workspaceId}/calls/{callId}/resume": {
    /**
     * Take the caller off hold
     * @description The agent on the call, or a supervisor or admin.
     */
    post: operations["resumeCall"];
  };
  "/v1/workspaces/{workspaceId}/calls/{callId}/transfer/complete": {
    /**
     * Leave the consult or conference: the caller is the target’s (T2)
     * @description The agent who started the transfer leaves; the caller stays with the target.
     */
    post: operations["completeCallTransfer"];
  };
  "/v1/workspaces/{workspaceId}/calls/{callId}/transfer/conference": {
    /**
     * Bring the caller, the target and you together (T2)
     * @description The agent who started the transfer, once the target is on the line.
     */
    post: operations["conferenceCallTransfer"];
  };
  "/v1/workspaces/{workspaceId}/calls/{callId}/transfer/cancel": {
    /**
     * Go back to the held caller and end the consult (T2)
     * @description The agent who started the transfer; the caller comes back to them.
     */
    post: operations["cancelCallTransfer"];
  };
  "/v1/workspaces/{workspaceId}/calls/{callId}/transfer": {
    /**
     * Transfer a held call to a member or an external number (T1, T3, T4; Business and Scale plans, W3)
     * @description Blind or consultative: the target rings while the caller holds; complete, conference or cancel decide what happens next.
     */
    post: operations["transferCall"];
  };
  "/v1/workspaces/{workspaceId}/users/{userId}/phone": {
    /**
     * What an agent’s phone shows now: ringing, dialling and connected lines, on SIP or the simulated network (your own, or anyone’s as supervisor)
     * @description The lines the agent’s phone shows now, on SIP (desk phones and browser) or the simulated network. Agents read their own; supervisors anyone’s.
     */
    get: operations["getUserPhone"];
  };
  "/v1/workspaces/{workspaceId}/calls/{callId}/legs/{legId}/answer": {
    /**
     * Answer a ringing leg on this phone (the first answer wins) (agents: their own legs only)
     * @description Answers a ringing leg: the same command a desk phone’s answer submits. The first answer wins; the other phones stop ringing. 409 when the leg is not ringing.
     */
    post: operations["answerLeg"];
  };
  "/v1/workspaces/{workspaceId}/calls/{callId}/legs/{legId}/reject": {
    /**
     * Decline a ringing leg (agents: their own legs only)
     * @description Declines a ringing leg; routing goes on to the next agent or rule as for a missed offer.
     */
    post: operations["rejectLeg"];
  };
  "/v1/workspaces/{workspaceId}/calls/{callId}/legs/{legId}/hangup": {
    /**
     * Hang up a leg (agents: their own legs only)
     * @description Hangs up the leg: the engine’s rules say whether the call ends or goes on (a transfer, a conference).
     */
    post: operations["hangUpLeg"];
  };
  "/v1/workspaces/{workspaceId}/calls/{callId}/legs/{legId}/digits": {
    /**
     * The agent’s keypad: tones to the other party (RFC 4733 on a SIP call; agents: their own connected legs only)
     * @description The agent’s keypad on a connected leg: RFC 4733 tones to the far party on a SIP call (an IVR, a customer), or to the simulated handset.
     */
    post: operations["sendLegDigits"];
  };
  "/v1/workspaces/{workspaceId}/history/{entityType}/{entityId}": {
    /**
     * An entity’s events in order: who changed what, and when (audit, V18)
     * @description What happened to the entity, in order: history entries, each with its sequence number, time, type and the version of that type’s shape; the engine’s bookkeeping (timers, seeds) is left out. A call’s and a conversation’s `history` hold the same entries. Each type carries these fields in `data` (times inside it are epoch milliseconds):
     *
     * - `billing.updated` v2: `billing`, `topUpCents`
     * - `call.action_taken` v2: `callId`, `action`, `reason`
     * - `call.awaiting_input` v1: `callId`, `menuId`, `untilAt`
     * - `call.charged` v1: `callId`, `legId`, `to`, `amountCents`, `connectedMs`
     * - `call.dequeued` v1: `callId`, `reason`
     * - `call.dtmf_received` v1: `callId`, `digits`
     * - `call.ended` v1: `callId`, `outcome`, `endedBy`
     * - `call.filed` v1: `callId`, `contactId`, `responsibleUserId`
     * - `call.forward_refused` v1: `callId`, `to`, `reason`
     * - `call.held` v1: `callId`, `userId`
     * - `call.leg_answered` v1: `callId`, `legId`, `userId`
     * - `call.leg_ended` v1: `callId`, `legId`, `userId`, `reason`
     * - `call.leg_ringing` v1: `callId`, `legId`, `userId`, `number`, `presentedNumber`, `transfer`, `position`
     * - `call.menu_choice` v2: `callId`, `menuId`, `input`, `action`, `reason`
     * - `call.menu_entered` v1: `callId`, `menuId`, `repeats`
     * - `call.monitor_changed` v1: `callId`, `legId`, `userId`, `mode`
     * - `call.monitor_followed` v1: `callId`, `legId`, `userId`, `mode`, `agentIds`
     * - `call.monitor_joined` v1: `callId`, `legId`, `userId`, `mode`
     * - `call.monitor_ringing` v1: `callId`, `legId`, `userId`, `mode`
     * - `call.offer_skipped` v1: `callId`, `userId`, `reason`
     * - `call.placed` v1: `callId`, `numberId`, `from`, `to`, `userId`, `agentLegId`, `customerLegId`
     * - `call.playing` v1: `callId`, `playback`, `text`, `untilAt`
     * - `call.quality_recorded` v1: `callId`, `legId`, `userId`, `jitterMs`, `lossPercent`, `rttMs`, `mos`
     * - `call.queued` v1: `callId`, `pool`, `position`
     * - `call.received` v1: `callId`, `numberId`, `from`, `to`, `contactId`, `customerLegId`
     * - `call.recording_started` v1: `callId`, `recordingId`
     * - `call.recording_stopped` v1: `callId`, `recordingId`, `durationMs`, `numberId`, `from`
     * - `call.resumed` v1: `callId`, `userId`
     * - `call.routed` v1: `callId`, `pool`, `strategy`, `poolSize`, `candidates`, `unlisted`, `offering`, `skills`
     * - `call.supervisor_action` v1: `callId`, `userId`, `action`, `agentId`, `target`
     * - `call.telephony_lost` v1: `callId`, `reason`
     * - `call.transfer_became_direct` v1: `callId`, `transferId`
     * - `call.transfer_cancelled` v1: `callId`, `transferId`, `reason`
     * - `call.transfer_completed` v1: `callId`, `transferId`, `userId`
     * - `call.transfer_conference_started` v1: `callId`, `transferId`
     * - `call.transfer_consulting` v1: `callId`, `transferId`
     * - `call.transfer_failed` v1: `callId`, `transferId`, `reason`, `returnTo`
     * - `call.transfer_started` v1: `callId`, `transferId`, `initiatorId`, `target`, `method`, `note`, `targetLegId`
     * - `call.voicedrop` v1: `callId`, `userId`
     * - `call.voicemail_left` v1: `callId`, `voicemailId`, `numberId`, `from`, `durationMs`
     * - `call.voicemail_recording` v1: `callId`, `voicemailId`
     * - `callback.connected` v1: `callbackId`, `callId`, `userId`
     * - `callback.dialing` v1: `callbackId`, `userId`, `callId`, `attempt`
     * - `callback.entering` v1: `callId`, `digits`
     * - `callback.finished` v1: `callbackId`, `outcome`, `userId`, `reason`
     * - `callback.offered` v1: `callbackId`, `userId`, `mode`
     * - `callback.prompted` v1: `callId`, `key`, `text`
     * - `callback.requested` v1: `callbackId`, `callId`, `numberId`, `pool`, `to`, `queuedAt`, `typed`
     * - `callback.requeued` v1: `callbackId`
     * - `callback.retry_scheduled` v1: `callbackId`, `at`, `attempt`
     * - `callback.returned` v1: `callbackId`, `userId`, `reason`
     * - `chat.department_configured` v1: `departmentId`, `settings`
     * - `contact.created` v2: `contact`
     * - `contact.removed` v1: `contactId`
     * - `contact.updated` v2: `contact`
     * - `conversation.assigned` v1: `conversationId`, `userId`, `by`, `position`
     * - `conversation.held` v1: `conversationId`, `userId`
     * - `conversation.message_received` v1: `conversationId`, `messageId`, `text`
     * - `conversation.note_added` v1: `conversationId`, `noteId`, `userId`, `text`, `kind`
     * - `conversation.opened` v1: `conversationId`, `channel`, `contact`, `departmentId`, `reopened`
     * - `conversation.pending` v1: `conversationId`, `userId`
     * - `conversation.queued` v1: `conversationId`, `departmentId`, `position`
     * - `conversation.reply_sent` v1: `conversationId`, `messageId`, `userId`, `text`
     * - `conversation.resolved` v1: `conversationId`, `userId`, `assigneeId`
     * - `conversation.resumed` v1: `conversationId`, `userId`
     * - `conversation.routed` v1: `conversationId`, `departmentId`, `strategy`, `candidates`, `unlisted`, `skills`
     * - `conversation.transferred` v1: `conversationId`, `fromUserId`, `by`, `byKey`, `to`, `reason`
     * - `conversation.unassigned` v1: `conversationId`, `userId`, `reason`
     * - `department.created` v2: `department`
     * - `department.removed` v1: `departmentId`
     * - `department.updated` v1: `departmentId`, `name`, `memberIds`
     * - `group.removed` v1: `groupId`
     * - `group.saved` v2: `group`
     * - `ivr_menu.removed` v1: `menuId`
     * - `ivr_menu.saved` v2: `menu`
     * - `number.added` v2: `number`
     * - `number.configured` v2: `numberId`, `settings`
     * - `number.removed` v1: `numberId`
     * - `number.updated` v1: `numberId`, `changes`
     * - `presence.changed` v1: `userId`, `from`, `to`, `reason`
     * - `routing.relaxed` v1: `callId`, `conversationId`, `required`, `relaxed`
     * - `routing_rules.saved` v2: `target`, `rule`
     * - `sip.account_removed` v1: `userId`
     * - `sip.account_set` v1: `userId`, `username`
     * - `sip.device_registered` v1: `userId`
     * - `sip.devices_gone` v1: `userId`
     * - `sip.trunk_configured` v2: `trunk`
     * - `user.created` v2: `user`, `departmentIds`, `numberIds`
     * - `user.removed` v1: `userId`
     * - `user.updated` v2: `userId`, `changes`, `departmentIds`
     * - `voicemail.heard` v1: `voicemailId`, `numberId`, `userId`
     * - `webhook.created` v2: `webhook`
     * - `webhook.removed` v1: `webhookId`
     * - `webhook.updated` v1: `webhookId`, `url`, `events`, `enabled`, `description`
     * - `workflow.branch_taken` v1: `runId`, `workflowId`, `conversationId`, `callId`, `stepId`, `path`, `why`
     * - `workflow.draft_saved` v1: `workflowId`, `name`, `definition`
     * - `workflow.enabled_set` v1: `workflowId`, `enabled`
     * - `workflow.published` v1: `workflowId`, `version`, `definition`
     * - `workflow.removed` v1: `workflowId`
     * - `workflow.run_finished` v1: `runId`, `workflowId`, `conversationId`, `callId`, `reason`
     * - `workflow.run_started` v1: `runId`, `workflowId`, `conversationId`, `callId`, `version`, `stepId`, `call`, `contact`
     * - `workflow.step_entered` v1: `runId`, `workflowId`, `conversationId`, `callId`, `stepId`, `kind`
     * - `workflow.step_result` v1: `runId`, `workflowId`, `conversationId`, `callId`, `stepId`, `result`, `outcome`, `previousAssigneeId`, `rotation`, `linkedConversationId`
     * - `workspace.created` v1: `name`, `plan`, `timeZone`, `defaultCountry`
     * - `workspace.updated` v2: `changes`
     * - `wrap_up.ended` v1: `userId`, `channel`, `reason`
     * - `wrap_up.extended` v1: `userId`, `channel`, `until`
     * - `wrap_up.started` v1: `userId`, `channel`, `seconds`, `until`, `source`
     */
    get: operations["getEntityHistory"];
  };
  "/v1/workspaces/{workspaceId}/channels/{channel}/messages": {
    /**
     * A channel integration delivers a contact’s message (C1): it opens a conversation, or adds to the open one
     * @description Without conversationId, the message joins the open conversation of this contact on this channel, or opens a new one. A contact whose conversation was resolved and who writes again opens a NEW conversation (a new id is returned), also when the resolved conversation’s id is sent: resolved conversations stay closed, with their history intact. A retried delivery (same channelMessageId) is acknowledged with duplicate: true and adds nothing. Needs a workspace API key (any role) or an admin.
     */
    post: operations["deliverChannelMessage"];
  };
  "/v1/workspaces/{workspaceId}/channels/{channel}/conversations/{conversationId}/messages": {
    /**
     * Contact-facing: a conversation as its contact sees it, without internal notes or transfer reasons (C3)
     * @description For the web-chat widget and channel integrations: only the contact’s messages and the agents’ replies, never internal notes or transfer reasons. The contact is named by channel and address; another contact’s conversation answers 404. For now it needs a workspace API key (any role) or an admin; the widget will get its own contact session later.
     */
    get: operations["listChannelConversationMessages"];
  };
  "/v1/workspaces/{workspaceId}/conversations": {
    /**
     * Conversations, newest first (C1). Agents see their own and their departments’ queues; supervisors and admins all
     * @description Filter by status, assignee, department, channel, pending or opening period; pass nextCursor as cursor for the next page.
     */
    get: operations["listConversations"];
  };
  "/v1/workspaces/{workspaceId}/conversations/{conversationId}": {
    /**
     * One conversation with its messages, internal notes and history; shows a transfer’s sender and reason (C4)
     * @description Agents see their own conversations and their departments’ queues (403 otherwise). The first page of messages; GET …/messages pages on.
     */
    get: operations["getConversation"];
  };
  "/v1/workspaces/{workspaceId}/conversations/{conversationId}/messages": {
    /**
     * A conversation’s messages and internal notes in order, page by page (afterSeq)
     * @description Pass nextAfterSeq as afterSeq for the next page.
     */
    get: operations["listConversationMessages"];
  };
  "/v1/workspaces/{workspaceId}/conversations/{conversationId}/reply": {
    /**
     * Reply to the contact: agents on their own conversations, supervisors and admins on any
     * @description A signed-in user only (not an API key). Sent to the contact through the conversation’s channel; refused with 409 on a resolved conversation.
     */
    post: operations["replyToConversation"];
  };
  "/v1/workspaces/{workspaceId}/conversations/{conversationId}/notes": {
    /**
     * Add an internal note: shown to agents, never to the contact
     * @description A signed-in user only (not an API key); refused with 409 on a resolved conversation.
     */
    post: operations["addConversationNote"];
  };
  "/v1/workspaces/{workspaceId}/conversations/{conversationId}/assign": {
    /**
     * Take a conversation from a queue or your pending list (userId: you by default), or hand it to an agent (supervisor, admin)
     * @description Answers the conversation as it is after the assignment.
     */
    post: operations["assignConversation"];
  };
  "/v1/workspaces/{workspaceId}/conversations/{conversationId}/transfer": {
    /**
     * Transfer to a department or an agent (C2), with an optional reason (C3); an unavailable agent gets it in their pending list (C5)
     * @description to.kind department needs to.departmentId, agent needs to.userId. Answers the conversation as it is after the transfer.
     */
    post: operations["transferConversation"];
  };
  "/v1/workspaces/{workspaceId}/conversations/{conversationId}/hold": {
    /**
     * Put your conversation on hold: it keeps its capacity slot
     * @description Answers the conversation as it is after.
     */
    post: operations["holdConversation"];
  };
  "/v1/workspaces/{workspaceId}/conversations/{conversationId}/resume": {
    /**
     * Take a held conversation back
     * @description Answers the conversation as it is after.
     */
    post: operations["resumeConversation"];
  };
  "/v1/workspaces/{workspaceId}/conversations/{conversationId}/resolve": {
    /**
     * Resolve: the conversation closes; the contact writing again opens a new one
     * @description Frees the agent’s chat slot; the next conversation waiting may be offered to them at once.
     */
    post: operations["resolveConversation"];
  };
  "/v1/workspaces/{workspaceId}/chat/transfer-targets": {
    /**
     * C2: where a conversation can be transferred: departments with member counts, agents with presence and load (available first); search by name
     * @description Departments with memberCount and readyCount (members online with chat room); agents with presence and load, those who could take it first, then the least loaded.
     */
    get: operations["listChatTransferTargets"];
  };
  "/v1/workspaces/{workspaceId}/chat/pending": {
    /**
     * C5: pending lists: conversations transferred to agents who could not take them. Supervisors and admins see every agent’s; agents their own
     * @description Grouped by agent, by name.
     */
    get: operations["listPendingConversations"];
  };
  "/v1/workspaces/{workspaceId}/departments/{departmentId}/chat-settings": {
    /**
     * How a department hands out conversations, and what happens to an offline agent’s
     * @description strategy: least_busy, round_robin or manual; onAgentOffline: keep, requeue or reassign.
     */
    get: operations["getDepartmentChatSettings"];
    /**
     * Change a department’s chat strategy or offline rule (admin)
     * @description Give strategy, onAgentOffline or both; the new strategy applies to the next conversation routed.
     */
    patch: operations["updateDepartmentChatSettings"];
  };
  "/v1/workspaces/{workspaceId}/voicemails": {
    /**
     * Voicemails (V8), newest first; agents see those of the numbers assigned to them (W8)
     * @description Supervisors and admins see every number’s; pass nextCursor as cursor for the next page.
     */
    get: operations["listVoicemails"];
  };
  "/v1/workspaces/{workspaceId}/voicemails/{voicemailId}/audio": {
    /**
     * A voicemail’s audio (audio/wav), to play or download; 404 audio_not_ready until it arrives
     * @description download=true answers it as an attachment. Agents only hear voicemails of their assigned numbers (403 otherwise).
     */
    get: operations["getVoicemailAudio"];
  };
  "/v1/workspaces/{workspaceId}/voicemails/{voicemailId}/heard": {
    /**
     * Mark a voicemail heard (V8); marking one already heard changes nothing
     * @description Agents only on their assigned numbers; answers 204.
     */
    post: operations["markVoicemailHeard"];
  };
  "/v1/workspaces/{workspaceId}/calls/{callId}/recordings": {
    /**
     * A call’s recordings (V2); agents see those of calls they answered
     * @description Each recording with its length and when it started.
     */
    get: operations["listCallRecordings"];
  };
  "/v1/workspaces/{workspaceId}/recordings/{recordingId}/audio": {
    /**
     * A call recording’s audio (audio/wav), to play or download; 404 audio_not_ready until it arrives
     * @description download=true answers it as an attachment. Agents only hear recordings of calls they answered (403 otherwise).
     */
    get: operations["getRecordingAudio"];
  };
  "/v1/workspaces/{workspaceId}/wallboard": {
    /**
     * The live wallboard: callers and chats waiting, agents by presence, today’s calls and service level
     * @description Agents may read it too; only supervisors and admins see the callers’ numbers. Today is midnight to now in the workspace’s time zone, at the server’s clock.
     */
    get: operations["getWallboard"];
  };
  "/v1/workspaces/{workspaceId}/sim/calls": {
    /**
     * A customer calls a workspace number (any member of the workspace may simulate this)
     * @description The call goes through the number’s settings as a real one would; answers the call id to follow it with.
     */
    post: operations["simPlaceInboundCall"];
  };
  "/v1/workspaces/{workspaceId}/sim/calls/{callId}": {
    /**
     * The call as the customer’s handset knows it, with what every leg on the line hears now (ended calls stay visible a while)
     * @description The handset’s state (ringing, connected, ended) and every leg with its status.
     */
    get: operations["simGetCall"];
  };
  "/v1/workspaces/{workspaceId}/sim/calls/{callId}/digits": {
    /**
     * The customer presses keys (DTMF)
     * @description An IVR menu reacts to them as to real tones.
     */
    post: operations["simSendCallerDigits"];
  };
  "/v1/workspaces/{workspaceId}/sim/calls/{callId}/answer": {
    /**
     * The customer picks up an agent’s outgoing call
     * @description For outbound calls placed by an agent: the customer’s side answers.
     */
    post: operations["simAnswerOutboundCall"];
  };
  "/v1/workspaces/{workspaceId}/sim/calls/{callId}/hangup": {
    /**
     * The customer hangs up
     * @description The call ends for everyone on it.
     */
    post: operations["simHangUpCaller"];
  };
  "/v1/workspaces/{workspaceId}/sim/legs/{callId}/{legId}/digits": {
    /**
     * The agent’s keypad sends tones (DTMF) on their connected leg to the other party (agents: their own legs only)
     * @description Digits 0–9, * and #, sent to the other side of the connected leg.
     */
    post: operations["simSendLegDigits"];
  };
  "/v1/workspaces/{workspaceId}/sim/legs/{callId}/{legId}/answer": {
    /**
     * Answer a ringing leg as the phone it rings on (agents: their own legs only)
     * @description With simultaneous ringing the first leg answered wins and the others stop ringing.
     */
    post: operations["simAnswerLeg"];
  };
  "/v1/workspaces/{workspaceId}/sim/legs/{callId}/{legId}/reject": {
    /**
     * Decline a ringing leg as the phone it rings on (agents: their own legs only)
     * @description The call goes on as the number’s settings say (the next agent, voicemail …).
     */
    post: operations["simRejectLeg"];
  };
  "/v1/workspaces/{workspaceId}/sim/legs/{callId}/{legId}/hangup": {
    /**
     * Hang up a leg as the phone it rings on (agents: their own legs only)
     * @description Ends the leg; the call ends when nobody is left on it with the caller.
     */
    post: operations["simHangUpLeg"];
  };
  "/v1/workspaces/{workspaceId}/simulations": {
    /**
     * What if (admin, M4): the workspace’s configuration and a changed one under the same traffic
     * @description Runs the real routing engine on a virtual clock, twice: as configured and with the changes. Traffic is generated (traffic) or a recorded period replayed (replay). At most 50000 expected calls per run. The runs take a worker thread, one job at a time, never the server’s event loop. This request waits for the result; POST /simulation-jobs starts one to poll.
     */
    post: operations["runSimulation"];
  };
  "/v1/workspaces/{workspaceId}/simulation-jobs": {
    /**
     * What if (admin, M4) as a job: starts it and answers at once; GET it for progress and result
     * @description Runs the real routing engine on a virtual clock, twice: as configured and with the changes. Traffic is generated (traffic) or a recorded period replayed (replay). At most 50000 expected calls per run. The runs take a worker thread, one job at a time, never the server’s event loop.
     */
    post: operations["startSimulationJob"];
  };
  "/v1/workspaces/{workspaceId}/simulation-jobs/{jobId}": {
    /**
     * A what-if job: queued, running (with its progress), done (with its result) or failed (why)
     * @description A what-if job’s status and progress (0 to 1), then its result, or the error naming its field.
     */
    get: operations["getSimulationJob"];
  };
  "/v1/workspaces/{workspaceId}/sip/trunk": {
    /**
     * The SIP trunk (admin)
     * @description null when the workspace has no trunk.
     */
    get: operations["getSipTrunk"];
    /**
     * Set the SIP trunk: who may send calls in, where outbound legs go (admin)
     * @description Admin. Replaces the whole trunk.
     */
    put: operations["setSipTrunk"];
  };
  "/v1/workspaces/{workspaceId}/users/{userId}/sip": {
    /**
     * A user's SIP account and registered phones
     * @description The account’s username and the phones registered with it now; never its password.
     */
    get: operations["getUserSipAccount"];
    /**
     * Set a user's SIP credentials for their phones (admin)
     * @description Only a digest of the password is kept, never shown by any API or stream.
     */
    put: operations["setUserSipAccount"];
    /**
     * Remove a user's SIP account (admin)
     * @description Admin. Its phones can no longer register.
     */
    delete: operations["deleteUserSipAccount"];
  };
  "/v1/workspaces/{workspaceId}/numbers/{numberId}/prompts": {
    /**
     * Which of a number’s prompts are its own uploads and which play the default (supervisors, admins)
     * @description For each prompt (welcome, menu, closed, voicemail greeting): uploaded, with its length, or the default.
     */
    get: operations["listNumberPrompts"];
  };
  "/v1/workspaces/{workspaceId}/numbers/{numberId}/prompts/{prompt}": {
    /**
     * A number’s uploaded prompt (audio/wav); 404 when it plays the default
     * @description The uploaded WAV as stored; 404 when the number plays the default prompt.
     */
    get: operations["getNumberPrompt"];
    /**
     * Upload a number’s prompt (admins): WAV, 8 kHz mono, 16-bit PCM or µ-law, at most 1 MiB and 60 s
     * @description Body: the WAV file itself, with Content-Type audio/wav. It replaces the previous upload.
     */
    put: operations["uploadNumberPrompt"];
    /**
     * Withdraw a number’s uploaded prompt (admins): it plays the default again
     * @description Withdraws the upload; the number plays the built-in spoken prompt again.
     */
    delete: operations["deleteNumberPrompt"];
  };
  "/v1/workspaces/{workspaceId}/ivr-menus/{menuId}/prompt": {
    /**
     * Whether an IVR menu plays its own uploaded prompt (supervisors, admins)
     * @description Whether the menu plays its own upload (with its length) or, without one, the number’s menu upload (for the menu a number answers with) or the built-in spoken prompt.
     */
    get: operations["getIvrMenuPrompt"];
  };
  "/v1/workspaces/{workspaceId}/ivr-menus/{menuId}/prompt/audio": {
    /**
     * An IVR menu’s uploaded prompt (audio/wav); 404 when it has none
     * @description The menu’s uploaded WAV as stored; 404 when it has none.
     */
    get: operations["getIvrMenuPromptAudio"];
    /**
     * Upload an IVR menu’s prompt (admins): WAV, 8 kHz mono, 16-bit PCM or µ-law, at most 1 MiB and 60 s
     * @description Body: the WAV file itself, with Content-Type audio/wav. It replaces the previous upload.
     */
    put: operations["uploadIvrMenuPrompt"];
    /**
     * Withdraw an IVR menu’s uploaded prompt (admins)
     * @description Withdraws the menu’s upload.
     */
    delete: operations["deleteIvrMenuPrompt"];
  };
  "/v1/workspaces/{workspaceId}/users/{userId}/phones": {
    /**
     * A user’s registered SIP phones: from where, with what, until when (the user, supervisors, admins)
     * @description Each registered SIP phone of the user: its name (User-Agent), address, transport and expiry.
     */
    get: operations["listUserSipPhones"];
  };
  "/v1/workspaces/{workspaceId}/sip/trunk/credentials": {
    /**
     * The trunk’s outbound credentials: the username only (admin)
     * @description Whether outbound digest credentials are set, and their username; the password is never answered.
     */
    get: operations["getTrunkCredentials"];
    /**
     * Set the credentials the carrier asks for on outbound calls (digest, admin)
     * @description The username and password the carrier’s 401/407 challenges ask for. Kept outside the event log, the database and the YAML export, in an owner-only file.
     */
    put: operations["setTrunkCredentials"];
    /**
     * Forget the trunk’s outbound credentials (admin)
     * @description Forgets the credentials: outbound INVITEs the carrier challenges then fail.
     */
    delete: operations["deleteTrunkCredentials"];
  };
  "/v1/clock": {
    /**
     * The server’s clock: system or virtual, and its time
     * @description Whether the server runs a system or a virtual clock, and its time now. Timers and the wallboard use this clock.
     */
    get: operations["getClock"];
  };
  "/v1/clock/advance": {
    /**
     * Move a virtual clock forward, firing due timers on the way (server admin key; on a demo server, the demo workspace’s admins too)
     * @description Virtual clock only: moves time forward by the milliseconds given, firing every timer due on the way in order. Refused on a system clock.
     */
    post: operations["advanceClock"];
  };
  "/v1/workspaces/{workspaceId}/workflows": {
    /**
     * List workflows
     * @description Supervisors and admins. Each workflow with its draft, versions and how many runs are going now.
     */
    get: operations["listWorkflows"];
    /**
     * Create a workflow as a draft (admin); it runs only once published
     * @description The definition is checked on save, naming the step at fault; an id already taken is refused with 409.
     */
    post: operations["createWorkflow"];
  };
  "/v1/workspaces/{workspaceId}/workflows/{workflowId}": {
    /**
     * A workflow with its draft and versions
     * @description Supervisors and admins.
     */
    get: operations["getWorkflow"];
    /**
     * Remove a workflow (admin): its running instances stop where they are; its run log stays
     * @description Admin. Runs going stop where they are.
     */
    delete: operations["deleteWorkflow"];
  };
  "/v1/workspaces/{workspaceId}/workflows/{workflowId}/draft": {
    /**
     * Save the draft (admin); checked on save, naming the step at fault
     * @description Replaces the draft; published versions do not change.
     */
    put: operations["saveWorkflowDraft"];
  };
  "/v1/workspaces/{workspaceId}/workflows/{workflowId}/publish": {
    /**
     * Publish the draft as a new immutable version; running instances keep theirs (F1)
     * @description New runs start on the new version.
     */
    post: operations["publishWorkflow"];
  };
  "/v1/workspaces/{workspaceId}/workflows/{workflowId}/runs": {
    /**
     * The run log (F5), newest first: runs started, steps entered, branches taken and why, results; page back with before
     * @description Pass nextBefore as before for older events.
     */
    get: operations["listWorkflowRuns"];
  };
  "/v1/workspaces/{workspaceId}/workflows/{workflowId}/enabled": {
    /**
     * Enable or disable a workflow (admin); a disabled one starts no new runs
     * @description Admin. Answers the workflow as it is after.
     */
    put: operations["setWorkflowEnabled"];
  };
  "/v1/workspaces/{workspaceId}/workflow-templates": {
    /**
     * Workflow templates and the parameters each asks for
     * @description Each template’s name, what it does and the parameters it asks for.
     */
    get: operations["listWorkflowTemplates"];
  };
  "/v1/workspaces/{workspaceId}/workflow-templates/{templateId}/workflows": {
    /**
     * Create a workflow draft from a template with its parameters (admin); publish it to run it
     * @description The template’s parameters are filled in from the body; the draft is checked as any other.
     */
    post: operations["createWorkflowFromTemplate"];
  };
  "/v1/webchat/{workspaceId}/sessions": {
    /**
     * The web-chat widget starts a visitor session: a visitor address and a token of its own
     * @description No API key: the widget calls this from the customer’s browser. The workspace must exist; departmentId must name one of its departments.
     */
    post: operations["startWebchatSession"];
  };
  "/v1/webchat/{workspaceId}/messages": {
    /**
     * The visitor’s conversation as they see it: their messages and the agents’ replies, never internal notes or transfer reasons (C3)
     * @description Public, with the visitor token; internal notes are never shown. Pass afterSeq to get only newer messages.
     */
    get: operations["listWebchatMessages"];
    /**
     * A web-chat visitor writes (C1): it opens their conversation, or adds to the open one
     * @description Public, with the visitor token from POST …/sessions, and only from the workspace’s allowed web-chat origins.
     */
    post: operations["sendWebchatMessage"];
  };
  "/v1/workspaces/{workspaceId}/webhooks": {
    /**
     * List webhook subscriptions (admin)
     * @description Each subscription with its URL and messages; never the secret.
     */
    get: operations["listWebhooks"];
    /**
     * Subscribe a URL to public messages (admin); the answer carries the signing secret
     * @description The URL must be http or https and reach a public address (SSRF), unless the server allows private ones. The answer is the only one that carries the signing secret besides GET …/secret.
     */
    post: operations["createWebhook"];
  };
  "/v1/workspaces/{workspaceId}/webhooks/{webhookId}": {
    /**
     * A webhook subscription (admin)
     * @description Never the secret: GET …/secret reveals it.
     */
    get: operations["getWebhook"];
    /**
     * Remove a webhook subscription (admin); its delivery log goes with it
     * @description Nothing more is sent to its URL.
     */
    delete: operations["deleteWebhook"];
    /**
     * Change a webhook subscription (admin)
     * @description Only the fields sent change; a new URL is checked as on creation.
     */
    patch: operations["updateWebhook"];
  };
  "/v1/workspaces/{workspaceId}/webhooks/{webhookId}/secret": {
    /**
     * Reveal a webhook's signing secret (admin), as Stripe's dashboard does
     * @description The secret deliveries are signed with (HMAC-SHA256).
     */
    get: operations["getWebhookSecret"];
  };
  "/v1/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries": {
    /**
     * A webhook's delivery log, newest first (admin): status, attempts, response code and time
     * @description Filter by status; pass nextCursor as cursor for the next page.
     */
    get: operations["listWebhookDeliveries"];
  };
  "/v1/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries/{deliveryId}/replay": {
    /**
     * Send a delivery again now (admin), whatever its status
     * @description Answers 202 with the delivery queued again; the dispatcher sends it on its next round.
     */
    post: operations["replayWebhookDelivery"];
  };
  "/v1/workspaces/{workspaceId}/reports/calls": {
    /**
     * The calls report: one row per call started in the period; JSON { items } or, with `Accept: text/csv`, CSV
     * @description Supervisors and admins. The period is given with from and to. Rows are streamed as the store pages them; send `Accept: text/csv` for CSV. waitSeconds runs to the answer (or the end); talkSeconds from the answer to the end.
     */
    get: operations["getCallsReport"];
  };
  "/v1/workspaces/{workspaceId}/reports/conversations": {
    /**
     * The conversations report: one row per conversation opened in the period; JSON { items } or, with `Accept: text/csv`, CSV
     * @description Supervisors and admins. The period is given with from and to. Rows are streamed as the store pages them; send `Accept: text/csv` for CSV. The last transfer’s sender and reason are on each row.
     */
    get: operations["getConversationsReport"];
  };
  "/v1/workspaces/{workspaceId}/reports/agents": {
    /**
     * The agents report: per agent and 30-minute interval, offered, answered, missed, talk and time in each presence; JSON { items } or, with `Accept: text/csv`, CSV
     * @description Supervisors and admins. The period is given with from and to. Rows are streamed as the store pages them; send `Accept: text/csv` for CSV. One row per agent and 30-minute interval in which they did anything.
     */
    get: operations["getAgentsReport"];
  };
  "/v1/workspaces/{workspaceId}/reports/service-level": {
    /**
     * The service-level report: per 30-minute interval; callers who asked for a callback counted apart; JSON { items } or, with `Accept: text/csv`, CSV
     * @description Supervisors and admins. The period is given with from and to. Rows are streamed as the store pages them; send `Accept: text/csv` for CSV. targetSeconds sets the wait that counts as within target (default 20).
     */
    get: operations["getServiceLevelReport"];
  };
  "/v1/workspaces/{workspaceId}/reports/callbacks": {
    /**
     * The callbacks report: one row per callback requested in the period, with its outcome; JSON { items } or, with `Accept: text/csv`, CSV
     * @description Supervisors and admins. The period is given with from and to. Rows are streamed as the store pages them; send `Accept: text/csv` for CSV. Finished callbacks first, as they finish; then those still open, with their status.
     */
    get: operations["getCallbacksReport"];
  };
  "/v1/workspaces/{workspaceId}/reports/{report}": {
    /**
     * A report as a CSV file to download: calls, conversations, agents, service-level or callbacks
     * @description Supervisors and admins. The same rows as the report’s own route, as a CSV file (content-disposition: attachment), streamed row by row.
     */
    get: operations["downloadReportCsv"];
  };
  "/v1/workspaces/{workspaceId}/callbacks": {
    /**
     * Callbacks not finished yet (R3): supervisors see all, agents those offered to or placed by them
     * @description Callbacks still waiting, offered or being placed, oldest place in the queue first.
     */
    get: operations["listCallbacks"];
  };
  "/v1/workspaces/{workspaceId}/callbacks/{callbackId}/accept": {
    /**
     * Accept the callback offered to you: the customer is called with you on the line
     * @description The agent it is offered to accepts: the customer is dialled and bridged to the agent when they answer.
     */
    post: operations["acceptCallback"];
  };
  "/v1/workspaces/{workspaceId}/callbacks/{callbackId}/decline": {
    /**
     * Decline the callback offered to you: it goes back to its place
     * @description The agent it is offered to declines: it goes back to its original place in the queue.
     */
    post: operations["declineCallback"];
  };
  "/v1/workspaces/{workspaceId}/callbacks/{callbackId}/cancel": {
    /**
     * Give the callback up (supervisors, or the agent it is offered to): abandoned
     * @description Gives the callback up with the outcome abandoned; recorded with who did it.
     */
    post: operations["cancelCallback"];
  };
  "/v1/workspaces/{workspaceId}/live": {
    /**
     * Every live call, conversation and callback of the workspace (R4; supervisors and admins)
     * @description Every live call (who, where, how long, waiting or connected, who supervises it), conversation and callback, for the supervisors’ Live page.
     */
    get: operations["getLiveBoard"];
  };
  "/v1/workspaces/{workspaceId}/calls/{callId}/monitor": {
    /**
     * Switch between listen, whisper and barge on a call you supervise (R4)
     * @description Switches a supervisor already on the call between listen, whisper and barge. In the call’s history.
     */
    put: operations["changeMonitorMode"];
    /**
     * Join a live call as a supervisor: your phone rings, and answering joins in the mode (R4)
     * @description Rings the supervisor’s phone; answering joins the call to listen (silent), whisper (only the agent hears) or barge (three-way). In the call’s history.
     */
    post: operations["monitorCall"];
  };
  "/v1/workspaces/{workspaceId}/calls/{callId}/supervisor-transfer": {
    /**
     * Move a connected call on the agent’s behalf, or send a waiting one to an agent, group or department; the history says who did it (R4)
     * @description Transfers a connected call on the agent’s behalf (held, then moved directly), or sends a waiting one (queued, or ringing agents who have not answered) to an agent, a group (which rings by its own strategy) or a department (its least busy free agent of the number called). In the call’s history with who did it.
     */
    post: operations["supervisorTransferCall"];
  };
  "/v1/workspaces/{workspaceId}/routing-rules": {
    /**
     * Skills required and wrap-up, per number, group and department that has any
     * @description The skills each number, group and department requires (with any relaxation) and its wrap-up seconds.
     */
    get: operations["listRoutingRules"];
  };
  "/v1/workspaces/{workspaceId}/routing-rules/{kind}/{id}": {
    /**
     * The skills required and the wrap-up of one number, group or department
     * @description One number’s, group’s or department’s skills required and wrap-up; empty when none is set.
     */
    get: operations["getRoutingRule"];
    /**
     * Set the skills required and the wrap-up of a number, group or department (admin)
     * @description Sets the skills required (all of, each at a minimum level, optionally relaxing after a wait) and the wrap-up seconds. Waiting callers and chats are served again at once.
     */
    put: operations["setRoutingRule"];
  };
  "/v1/workspaces/{workspaceId}/users/{userId}/wrap-up/{action}": {
    /**
     * End your wrap-up now, or extend it once by its length (R2)
     * @description action end: the wrap-up ends now and offers resume; extend: once, by its own length. Agents their own; supervisors anyone’s.
     */
    post: operations["changeWrapUp"];
  };
  "/v1/workspaces/{workspaceId}/config": {
    /**
     * Export a workspace as a spec (admin): YAML, or JSON with format=json; never holds secrets
     * @description Admin. What PUT …/config applies to build this workspace again.
     */
    get: operations["exportWorkspaceSpec"];
    /**
     * Apply a workspace spec (admin): create what is missing, update what differs; idempotent
     * @description Body: the spec as JSON, or as YAML with Content-Type application/yaml. Creating a workspace needs the server admin key. A bad spec is refused with 400 naming the path (users[2].mobile) and changes nothing.
     */
    put: operations["applyWorkspaceSpec"];
  };
};

export type webhooks = Record<string, never>;

export type components = {
  schemas: {
    /** @description Every error: a code, a message for people, and the field at fault when there is one. */
    Error: {
      error: {
        code: string;
        message: string;
        field?: string;
        /** @description On 500 only: quote it when reporting; the server log has the details */
        requestId?: string;
      };
    };
    /**
     * HistoryEntry
     * @description One entry of a history, by its type; the fields of each type are in its data
     */
    HistoryEntry: {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "billing.updated";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 2;
      data: {
        billing: {
          /** @description W7: telephony balance that rented numbers spend */
          balanceCents: number;
          /** @description ISO 4217 */
          currency: string;
          /** @description W7: sip numbers need an active SIP-connector licence */
          sipLicence: boolean;
        };
        topUpCents?: number;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.action_taken";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 2;
      data: {
        callId: string;
        /** @description V6: ring_free, busy, hang_up, message, voicemail or forward */
        action: {
          /** @enum {unknown} */
          kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
          message?: string;
          greeting?: string;
          /** @description E.164, for forward */
          to?: string;
        };
        /** @description out_of_hours, offline, no_answer … */
        reason: string;
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.awaiting_input";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        menuId: string;
        /** @description Epoch milliseconds */
        untilAt: number;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.charged";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        legId: string;
        /** @description E.164, e.g. +34911234567 */
        to: string;
        amountCents: number;
        connectedMs: number;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.dequeued";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        /** @enum {unknown} */
        reason: "offered" | "max_wait" | "left";
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.dtmf_received";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        digits: string;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.ended";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        /** @description answered, missed, abandoned, no_agent, voicemail … */
        outcome: string;
        /** @enum {unknown} */
        endedBy: "customer" | "agent" | "system";
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.filed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        contactId: string;
        responsibleUserId?: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.forward_refused";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        /** @description E.164, e.g. +34911234567 */
        to: string;
        reason: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.held";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        userId: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.leg_answered";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        legId: string;
        userId?: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.leg_ended";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        legId: string;
        userId?: string;
        /** @description answered_elsewhere, rejected, no_answer, hung_up, call_ended … */
        reason: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.leg_ringing";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        legId: string;
        /** @description Absent on an external leg, which rings `number` */
        userId?: string;
        /** @description E.164, e.g. +34911234567 */
        number?: string;
        /** @description E.164, e.g. +34911234567 */
        presentedNumber?: string;
        transfer?: {
          transferId: string;
          fromUserId: string;
          note?: string;
        };
        /** @description Position in a queue or a rotation */
        position?: number;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.menu_choice";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 2;
      data: {
        callId: string;
        menuId: string;
        input: string | null;
        /** @description V10: a group, a user’s extension, an external number, voicemail, a sub-menu, repeat or hang up */
        action: {
          /** @enum {unknown} */
          kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
          groupId?: string;
          userId?: string;
          menuId?: string;
          to?: string;
        };
        /** @enum {unknown} */
        reason: "option" | "no_input" | "invalid_input";
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.menu_entered";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        menuId: string;
        repeats: number;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.monitor_changed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        legId: string;
        userId: string;
        /** @enum {unknown} */
        mode: "listen" | "whisper" | "barge";
      };
    }) | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.monitor_followed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        legId: string;
        userId: string;
        /** @enum {unknown} */
        mode: "listen" | "whisper" | "barge";
        agentIds: string[];
      };
    }) | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.monitor_joined";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        legId: string;
        userId: string;
        /** @enum {unknown} */
        mode: "listen" | "whisper" | "barge";
      };
    }) | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.monitor_ringing";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        legId: string;
        userId: string;
        /** @enum {unknown} */
        mode: "listen" | "whisper" | "barge";
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.offer_skipped";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        userId: string;
        reason: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.placed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        numberId: string;
        /** @description E.164, e.g. +34911234567 */
        from: string;
        /** @description E.164, e.g. +34911234567 */
        to: string;
        userId: string;
        agentLegId: string;
        customerLegId: string;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.playing";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        playback: {
          /** @enum {unknown} */
          media: "welcome" | "message" | "busy_tone" | "ring_free_tone" | "voicemail_greeting" | "menu_prompt" | "voicedrop";
          /** @enum {unknown} */
          after: "route" | "hang_up" | "record_voicemail" | "await_digits";
        };
        text?: string;
        /** @description Epoch milliseconds */
        untilAt: number;
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.quality_recorded";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        legId: string;
        userId?: string;
        jitterMs: number;
        lossPercent: number;
        rttMs?: number;
        mos: number;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.queued";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        pool: {
          /** @enum {string} */
          kind: "number";
          id: string;
        } | {
          /** @enum {string} */
          kind: "group";
          id: string;
        } | ({
          /** @enum {string} */
          kind: "user";
          id: string;
          /** @enum {unknown} */
          why: "extension" | "owner" | "transfer_return" | "supervisor";
        });
        /** @description Position in a queue or a rotation */
        position: number;
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.received";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        numberId: string;
        /** @description E.164, e.g. +34911234567 */
        from: string;
        /** @description E.164, e.g. +34911234567 */
        to: string;
        contactId?: string;
        customerLegId: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.recording_started";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        recordingId: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.recording_stopped";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        recordingId: string;
        durationMs: number;
        numberId: string;
        /** @description E.164, e.g. +34911234567 */
        from: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.resumed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        userId: string;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.routed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        pool: {
          /** @enum {string} */
          kind: "number";
          id: string;
        } | {
          /** @enum {string} */
          kind: "group";
          id: string;
        } | ({
          /** @enum {string} */
          kind: "user";
          id: string;
          /** @enum {unknown} */
          why: "extension" | "owner" | "transfer_return" | "supervisor";
        });
        /** @description The pool’s strategy */
        strategy: string;
        poolSize: number;
        /** @description In the strategy’s order */
        candidates: {
            userId: string;
            offered: boolean;
            /** @description Why they were or were not offered it, in English (available, busy, offline …) */
            reason: string;
          }[];
        unlisted?: number;
        offering?: {
          pool: {
            /** @enum {string} */
            kind: "number";
            id: string;
          } | {
            /** @enum {string} */
            kind: "group";
            id: string;
          } | ({
            /** @enum {string} */
            kind: "user";
            id: string;
            /** @enum {unknown} */
            why: "extension" | "owner" | "transfer_return" | "supervisor";
          });
          /** @description The pool’s strategy */
          strategy: string;
          /** @description The users already rung for it */
          tried: string[];
          ringAll: boolean;
          ringTimeoutMs: number;
        };
        skills?: {
          required: {
              skill: string;
              minLevel: number;
            }[];
          relaxed?: {
              skill: string;
              from: number;
              to: number;
            }[];
          unqualified: number;
        };
      };
    }) | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.supervisor_action";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        userId: string;
        /** @enum {string} */
        action: "transfer";
        agentId?: string;
        target: {
          /** @enum {string} */
          kind: "user";
          userId: string;
        } | {
          /** @enum {string} */
          kind: "group";
          groupId: string;
        } | {
          /** @enum {string} */
          kind: "department";
          departmentId: string;
        } | {
          /** @enum {string} */
          kind: "external";
          number: string;
        };
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.telephony_lost";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        reason: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.transfer_became_direct";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        transferId: string;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.transfer_cancelled";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        transferId: string;
        /** @enum {unknown} */
        reason: "initiator" | "customer_hung_up" | "target_hung_up";
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.transfer_completed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        transferId: string;
        userId?: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.transfer_conference_started";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        transferId: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.transfer_consulting";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        transferId: string;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.transfer_failed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        transferId: string;
        /** @enum {unknown} */
        reason: "declined" | "no_answer";
        /** @enum {unknown} */
        returnTo: "initiator" | "fallback";
      };
    }) | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.transfer_started";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        transferId: string;
        initiatorId: string;
        target: ({
          /** @enum {string} */
          kind: "user";
          userId: string;
          via?: {
            /** @enum {unknown} */
            kind: "group" | "department";
            id: string;
          };
        }) | {
          /** @enum {string} */
          kind: "external";
          /** @description E.164, e.g. +34911234567 */
          number: string;
        };
        /** @enum {unknown} */
        method: "direct" | "assisted";
        note?: string;
        targetLegId: string;
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.voicedrop";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        userId?: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.voicemail_left";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        voicemailId: string;
        numberId: string;
        /** @description E.164, e.g. +34911234567 */
        from: string;
        durationMs: number;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "call.voicemail_recording";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        voicemailId: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "callback.connected";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callbackId: string;
        callId: string;
        userId?: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "callback.dialing";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callbackId: string;
        userId: string;
        callId: string;
        attempt: number;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "callback.entering";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        digits: string;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "callback.finished";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callbackId: string;
        /** @enum {unknown} */
        outcome: "answered" | "no_answer" | "abandoned";
        userId?: string;
        /** @enum {string} */
        reason?: "number_removed";
      };
    }) | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "callback.offered";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callbackId: string;
        userId: string;
        /** @enum {unknown} */
        mode: "agent_first" | "auto";
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "callback.prompted";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId: string;
        key: string;
        text: string;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "callback.requested";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callbackId: string;
        callId: string;
        numberId: string;
        pool: {
          /** @enum {string} */
          kind: "number";
          id: string;
        } | {
          /** @enum {string} */
          kind: "group";
          id: string;
        } | ({
          /** @enum {string} */
          kind: "user";
          id: string;
          /** @enum {unknown} */
          why: "extension" | "owner" | "transfer_return" | "supervisor";
        });
        /** @description E.164, e.g. +34911234567 */
        to: string;
        /** @description Epoch milliseconds */
        queuedAt: number;
        typed: boolean;
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "callback.requeued";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callbackId: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "callback.retry_scheduled";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callbackId: string;
        /** @description Epoch milliseconds */
        at: number;
        attempt: number;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "callback.returned";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callbackId: string;
        userId: string;
        /** @enum {unknown} */
        reason: "declined" | "no_response" | "agent_unavailable";
      };
    }) | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "chat.department_configured";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        departmentId: string;
        settings: {
          /** @enum {unknown} */
          strategy: "least_busy" | "round_robin" | "manual";
          /** @enum {unknown} */
          onAgentOffline: "keep" | "requeue" | "reassign";
        };
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "contact.created";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 2;
      data: {
        contact: {
          id: string;
          name: string;
          company?: string;
          /** @description E.164 */
          phones: string[];
          /** @description V12: calls from this contact go to this user first */
          responsibleUserId?: string;
        };
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "contact.removed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        contactId: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "contact.updated";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 2;
      data: {
        contact: {
          id: string;
          name: string;
          company?: string;
          /** @description E.164 */
          phones: string[];
          /** @description V12: calls from this contact go to this user first */
          responsibleUserId?: string;
        };
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "conversation.assigned";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        conversationId: string;
        userId: string;
        /** @enum {unknown} */
        by: "routing" | "pull" | "transfer" | "supervisor" | "reassign";
        /** @description Position in a queue or a rotation */
        position?: number;
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "conversation.held";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        conversationId: string;
        userId?: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "conversation.message_received";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        conversationId: string;
        messageId: string;
        text: string;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "conversation.note_added";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        conversationId: string;
        noteId: string;
        userId?: string;
        text: string;
        /** @enum {unknown} */
        kind: "note" | "transfer_reason";
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "conversation.opened";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        conversationId: string;
        channel: string;
        contact: {
          /** @description The contact’s address on the channel (visitor id, phone number …) */
          address: string;
          name?: string;
          email?: string;
          contactId?: string;
        };
        departmentId?: string;
        reopened?: boolean;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "conversation.pending";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        conversationId: string;
        userId: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "conversation.queued";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        conversationId: string;
        departmentId: string;
        /** @description Position in a queue or a rotation */
        position: number;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "conversation.reply_sent";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        conversationId: string;
        messageId: string;
        userId: string;
        text: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "conversation.resolved";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        conversationId: string;
        userId?: string;
        assigneeId?: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "conversation.resumed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        conversationId: string;
        userId?: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "conversation.routed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        conversationId: string;
        departmentId: string;
        /** @description The department’s strategy */
        strategy: string;
        /** @description In the strategy’s order */
        candidates: {
            userId: string;
            offered: boolean;
            /** @description Why they were or were not offered it, in English (available, busy, offline …) */
            reason: string;
          }[];
        unlisted?: number;
        skills?: {
          required: {
              skill: string;
              minLevel: number;
            }[];
          relaxed?: {
              skill: string;
              from: number;
              to: number;
            }[];
          unqualified: number;
        };
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "conversation.transferred";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        conversationId: string;
        fromUserId?: string;
        /** @description The user who made it: the agent, or a supervisor */
        by?: string;
        byKey?: {
          /** @enum {string} */
          kind: "admin";
        } | {
          /** @enum {string} */
          kind: "api_key";
          keyId: string;
        };
        to: {
          /** @enum {string} */
          kind: "department";
          departmentId: string;
        } | {
          /** @enum {string} */
          kind: "agent";
          userId: string;
        };
        reason?: string;
      };
    }) | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "conversation.unassigned";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        conversationId: string;
        userId: string;
        /** @enum {unknown} */
        reason: "transfer" | "agent_offline";
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "department.created";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 2;
      data: {
        department: {
          id: string;
          name: string;
          memberIds: string[];
        };
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "department.removed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        departmentId: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "department.updated";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        departmentId: string;
        name?: string;
        memberIds?: string[];
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "group.removed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        groupId: string;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "group.saved";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 2;
      data: {
        group: {
          id: string;
          name: string;
          memberIds: string[];
          /** @enum {unknown} */
          strategy: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
          ringTimeoutSec: number;
          /** @description V13: when nobody in the group answers */
          noAnswer: {
            /** @enum {unknown} */
            kind: "forward_member_mobile" | "forward" | "voicemail" | "hang_up";
            /** @description E.164, for forward */
            to?: string;
          };
        };
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "ivr_menu.removed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        menuId: string;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "ivr_menu.saved";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 2;
      data: {
        menu: {
          id: string;
          name: string;
          prompt: string;
          options: {
            [key: string]: {
              /** @enum {unknown} */
              kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
              groupId?: string;
              userId?: string;
              menuId?: string;
              to?: string;
            };
          };
          timeoutSec: number;
          /** @description V10: a group, a user’s extension, an external number, voicemail, a sub-menu, repeat or hang up */
          noInput: {
            /** @enum {unknown} */
            kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
            groupId?: string;
            userId?: string;
            menuId?: string;
            to?: string;
          };
          /** @description V10: a group, a user’s extension, an external number, voicemail, a sub-menu, repeat or hang up */
          invalidInput: {
            /** @enum {unknown} */
            kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
            groupId?: string;
            userId?: string;
            menuId?: string;
            to?: string;
          };
          maxRepeats: number;
        };
      };
    }) | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "number.added";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 2;
      data: {
        number: {
          id: string;
          /** @description E.164, e.g. +34911234567 */
          e164: string;
          /** @enum {unknown} */
          kind: "rented" | "sip";
          label: string;
          /** @description W8: only these users make and receive calls on it */
          assignedUserIds: string[];
          settings: {
            record: boolean;
            /** @enum {unknown} */
            mode: "receive" | "forward_all" | "reject";
            forwardTo?: string;
            /** @enum {unknown} */
            strategy: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
            ringTimeoutSec: number;
            /** @description V6: ring_free, busy, hang_up, message, voicemail or forward */
            offlineAction: {
              /** @enum {unknown} */
              kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
              message?: string;
              greeting?: string;
              /** @description E.164, for forward */
              to?: string;
            };
            /** @description V6: ring_free, busy, hang_up, message, voicemail or forward */
            noAnswerAction: {
              /** @enum {unknown} */
              kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
              message?: string;
              greeting?: string;
              /** @description E.164, for forward */
              to?: string;
            };
            welcomeMessage?: string;
            voicedropMessage?: string;
            passCallerId: boolean;
            /** @description V3: wall-clock hours in the time zone; holidays YYYY-MM-DD or MM-DD */
            hours?: {
              timeZone: string;
              weekly: {
                mon?: {
                    start: string;
                    end: string;
                  }[];
                tue?: {
                    start: string;
                    end: string;
                  }[];
                wed?: {
                    start: string;
                    end: string;
                  }[];
                thu?: {
                    start: string;
                    end: string;
                  }[];
                fri?: {
                    start: string;
                    end: string;
                  }[];
                sat?: {
                    start: string;
                    end: string;
                  }[];
                sun?: {
                    start: string;
                    end: string;
                  }[];
              };
              holidays: string[];
              /** @description What each holiday is called, keyed by its entry in holidays */
              holidayNames?: {
                [key: string]: string;
              };
              closures: {
                  from: string;
                  to: string;
                }[];
            };
            /** @description V6: ring_free, busy, hang_up, message, voicemail or forward */
            outOfHoursAction: {
              /** @enum {unknown} */
              kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
              message?: string;
              greeting?: string;
              /** @description E.164, for forward */
              to?: string;
            };
            route: {
              /** @enum {unknown} */
              kind: "agents" | "group" | "ivr";
              groupId?: string;
              menuId?: string;
            };
            ownerRouting: boolean;
            extensionDialing: boolean;
            queue: {
              enabled: boolean;
              maxWaitSec: number;
              maxLength: number;
              /** @description 0-9; higher is served first where agents are shared */
              priority: number;
            };
            callback?: {
              enabled: boolean;
              /** @description R3: the key a waiting caller presses: 0-9 or * */
              key: string;
              /**
               * @description agent_first: offered to an agent who accepts; auto: placed at once with the agent on the line
               * @enum {unknown}
               */
              mode: "agent_first" | "auto";
              /** @description Further attempts after an unanswered one (0-5) */
              retries: number;
              /** @description Seconds between attempts (30-86400) */
              retryDelaySec: number;
              /** @description What the waiting caller hears */
              prompt?: string;
            };
          };
        };
      };
    }) | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "number.configured";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 2;
      data: {
        numberId: string;
        settings: {
          record: boolean;
          /** @enum {unknown} */
          mode: "receive" | "forward_all" | "reject";
          forwardTo?: string;
          /** @enum {unknown} */
          strategy: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
          ringTimeoutSec: number;
          /** @description V6: ring_free, busy, hang_up, message, voicemail or forward */
          offlineAction: {
            /** @enum {unknown} */
            kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
            message?: string;
            greeting?: string;
            /** @description E.164, for forward */
            to?: string;
          };
          /** @description V6: ring_free, busy, hang_up, message, voicemail or forward */
          noAnswerAction: {
            /** @enum {unknown} */
            kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
            message?: string;
            greeting?: string;
            /** @description E.164, for forward */
            to?: string;
          };
          welcomeMessage?: string;
          voicedropMessage?: string;
          passCallerId: boolean;
          /** @description V3: wall-clock hours in the time zone; holidays YYYY-MM-DD or MM-DD */
          hours?: {
            timeZone: string;
            weekly: {
              mon?: {
                  start: string;
                  end: string;
                }[];
              tue?: {
                  start: string;
                  end: string;
                }[];
              wed?: {
                  start: string;
                  end: string;
                }[];
              thu?: {
                  start: string;
                  end: string;
                }[];
              fri?: {
                  start: string;
                  end: string;
                }[];
              sat?: {
                  start: string;
                  end: string;
                }[];
              sun?: {
                  start: string;
                  end: string;
                }[];
            };
            holidays: string[];
            /** @description What each holiday is called, keyed by its entry in holidays */
            holidayNames?: {
              [key: string]: string;
            };
            closures: {
                from: string;
                to: string;
              }[];
          };
          /** @description V6: ring_free, busy, hang_up, message, voicemail or forward */
          outOfHoursAction: {
            /** @enum {unknown} */
            kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
            message?: string;
            greeting?: string;
            /** @description E.164, for forward */
            to?: string;
          };
          route: {
            /** @enum {unknown} */
            kind: "agents" | "group" | "ivr";
            groupId?: string;
            menuId?: string;
          };
          ownerRouting: boolean;
          extensionDialing: boolean;
          queue: {
            enabled: boolean;
            maxWaitSec: number;
            maxLength: number;
            /** @description 0-9; higher is served first where agents are shared */
            priority: number;
          };
          callback?: {
            enabled: boolean;
            /** @description R3: the key a waiting caller presses: 0-9 or * */
            key: string;
            /**
             * @description agent_first: offered to an agent who accepts; auto: placed at once with the agent on the line
             * @enum {unknown}
             */
            mode: "agent_first" | "auto";
            /** @description Further attempts after an unanswered one (0-5) */
            retries: number;
            /** @description Seconds between attempts (30-86400) */
            retryDelaySec: number;
            /** @description What the waiting caller hears */
            prompt?: string;
          };
        };
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "number.removed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        numberId: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "number.updated";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        numberId: string;
        changes: {
          label?: string;
          /** @description rented or sip */
          kind?: string;
          assignedUserIds?: string[];
        };
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "presence.changed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        userId: string;
        /** @enum {unknown} */
        from: "online" | "pre_pause" | "pause" | "offline";
        /** @enum {unknown} */
        to: "online" | "pre_pause" | "pause" | "offline";
        /** @enum {unknown} */
        reason: "requested" | "last_session_ended" | "missed_offers";
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "routing.relaxed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        callId?: string;
        conversationId?: string;
        required: {
            skill: string;
            minLevel: number;
          }[];
        relaxed: {
            skill: string;
            from: number;
            to: number;
          }[];
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "routing_rules.saved";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 2;
      data: {
        target: {
          /** @enum {unknown} */
          kind: "number" | "group" | "department";
          id: string;
        };
        rule: {
          skills: {
              skill: string;
              minLevel: number;
              relax?: {
                afterSec: number;
                minLevel: number;
              };
            }[];
          wrapUpSec: number;
        };
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "sip.account_removed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        userId: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "sip.account_set";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        userId: string;
        username: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "sip.device_registered";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        userId: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "sip.devices_gone";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        userId: string;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "sip.trunk_configured";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 2;
      data: {
        trunk: ({
          /** @description IP addresses or CIDR ranges the carrier sends calls from; anything else gets 403 */
          allowedSources: string[];
          /** @description Where forwards and external transfers are sent */
          outbound?: {
            host: string;
            port: number;
            transport: "udp" | "tcp";
          };
        }) | null;
      };
    }) | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "user.created";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 2;
      data: {
        user: {
          id: string;
          name: string;
          email: string;
          /** @enum {unknown} */
          role: "admin" | "supervisor" | "agent";
          extension?: string;
          mobile?: string;
          capacity: {
            voice: number;
            chat: number;
          };
          skills?: {
              skill: string;
              level: number;
            }[];
        };
        departmentIds: string[];
        numberIds: string[];
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "user.removed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        userId: string;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "user.updated";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 2;
      data: {
        userId: string;
        changes: {
          name?: string;
          email?: string;
          /** @enum {unknown} */
          role?: "admin" | "supervisor" | "agent";
          capacity?: {
            voice: number;
            chat: number;
          };
          skills?: {
              skill: string;
              level: number;
            }[];
          extension?: string | null;
          mobile?: string | null;
        };
        departmentIds?: string[];
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "voicemail.heard";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        voicemailId: string;
        numberId: string;
        userId?: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "webhook.created";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 2;
      data: {
        webhook: {
          id: string;
          url: string;
          events: string[];
          enabled: boolean;
          description?: string;
        };
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "webhook.removed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        webhookId: string;
      };
    } | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "webhook.updated";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        webhookId: string;
        url?: string;
        events?: string[];
        enabled?: boolean;
        description?: string;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "workflow.branch_taken";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        runId: string;
        workflowId: string;
        conversationId?: string;
        callId?: string;
        stepId: string;
        /** @enum {unknown} */
        path: "onTrue" | "onFalse";
        why: string;
      };
    }) | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "workflow.draft_saved";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        workflowId: string;
        name: string;
        definition: {
          trigger: {
            /** @enum {unknown} */
            kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
            /** @enum {unknown} */
            match: "all" | "any";
            conditions: (({
                /** @enum {string} */
                field: "source";
                /** @enum {unknown} */
                op: "eq" | "neq";
                /** @enum {unknown} */
                value: "contact" | "agent";
              }) | ({
                /** @enum {unknown} */
                field: "channel" | "department" | "number";
                /** @enum {unknown} */
                op: "eq" | "neq";
                value: string;
              }) | ({
                /** @enum {string} */
                field: "outcome";
                /** @enum {unknown} */
                op: "eq" | "neq";
                /** @enum {unknown} */
                value: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
              }) | ({
                /** @enum {unknown} */
                field: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                /** @enum {unknown} */
                op: "eq" | "neq" | "exists" | "not_exists";
                value?: string;
              }))[];
          };
          start: string;
          steps: (({
              id: string;
              /** @enum {string} */
              kind: "assign";
              target: {
                /** @enum {string} */
                kind: "agent";
                userId: string;
              } | ({
                /** @enum {string} */
                kind: "team";
                departmentId: string;
                /** @enum {unknown} */
                strategy: "round_robin" | "least_open";
              }) | {
                /** @enum {string} */
                kind: "contact_owner";
              };
              onlineOnly: boolean;
              skills?: {
                  skill: string;
                  minLevel: number;
                  relax?: {
                    afterSec: number;
                    minLevel: number;
                  };
                }[];
              /** @enum {unknown} */
              whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
              goto?: string;
              next?: string;
            }) | {
              id: string;
              /** @enum {string} */
              kind: "wait";
              seconds: number;
              next?: string;
            } | ({
              id: string;
              /** @enum {string} */
              kind: "branch";
              /** @enum {unknown} */
              match: "all" | "any";
              conditions: (({
                  /** @enum {string} */
                  subject: "status";
                  /** @enum {unknown} */
                  op: "eq" | "neq";
                  /** @enum {unknown} */
                  value: "open" | "assigned" | "queued" | "pending" | "on_hold" | "resolved";
                }) | ({
                  /** @enum {unknown} */
                  subject: "assignee" | "last_outgoing";
                  /** @enum {unknown} */
                  op: "exists" | "not_exists";
                }) | {
                  /** @enum {string} */
                  subject: "last_outgoing";
                  /** @enum {string} */
                  op: "greater_than";
                  seconds: number;
                } | ({
                  /** @enum {unknown} */
                  subject: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                  /** @enum {unknown} */
                  op: "eq" | "neq" | "exists" | "not_exists";
                  value?: string;
                }))[];
              onTrue: string;
              onFalse: string;
            }) | {
              id: string;
              /** @enum {string} */
              kind: "add_comment";
              text: string;
              next?: string;
            } | {
              id: string;
              /** @enum {string} */
              kind: "create_conversation";
              channel: string;
              departmentId?: string;
              text?: string;
              next?: string;
            } | {
              id: string;
              /** @enum {string} */
              kind: "close";
              next?: string;
            } | {
              id: string;
              /** @enum {string} */
              kind: "end";
            })[];
        };
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "workflow.enabled_set";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        workflowId: string;
        enabled: boolean;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "workflow.published";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        workflowId: string;
        version: number;
        definition: {
          trigger: {
            /** @enum {unknown} */
            kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
            /** @enum {unknown} */
            match: "all" | "any";
            conditions: (({
                /** @enum {string} */
                field: "source";
                /** @enum {unknown} */
                op: "eq" | "neq";
                /** @enum {unknown} */
                value: "contact" | "agent";
              }) | ({
                /** @enum {unknown} */
                field: "channel" | "department" | "number";
                /** @enum {unknown} */
                op: "eq" | "neq";
                value: string;
              }) | ({
                /** @enum {string} */
                field: "outcome";
                /** @enum {unknown} */
                op: "eq" | "neq";
                /** @enum {unknown} */
                value: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
              }) | ({
                /** @enum {unknown} */
                field: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                /** @enum {unknown} */
                op: "eq" | "neq" | "exists" | "not_exists";
                value?: string;
              }))[];
          };
          start: string;
          steps: (({
              id: string;
              /** @enum {string} */
              kind: "assign";
              target: {
                /** @enum {string} */
                kind: "agent";
                userId: string;
              } | ({
                /** @enum {string} */
                kind: "team";
                departmentId: string;
                /** @enum {unknown} */
                strategy: "round_robin" | "least_open";
              }) | {
                /** @enum {string} */
                kind: "contact_owner";
              };
              onlineOnly: boolean;
              skills?: {
                  skill: string;
                  minLevel: number;
                  relax?: {
                    afterSec: number;
                    minLevel: number;
                  };
                }[];
              /** @enum {unknown} */
              whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
              goto?: string;
              next?: string;
            }) | {
              id: string;
              /** @enum {string} */
              kind: "wait";
              seconds: number;
              next?: string;
            } | ({
              id: string;
              /** @enum {string} */
              kind: "branch";
              /** @enum {unknown} */
              match: "all" | "any";
              conditions: (({
                  /** @enum {string} */
                  subject: "status";
                  /** @enum {unknown} */
                  op: "eq" | "neq";
                  /** @enum {unknown} */
                  value: "open" | "assigned" | "queued" | "pending" | "on_hold" | "resolved";
                }) | ({
                  /** @enum {unknown} */
                  subject: "assignee" | "last_outgoing";
                  /** @enum {unknown} */
                  op: "exists" | "not_exists";
                }) | {
                  /** @enum {string} */
                  subject: "last_outgoing";
                  /** @enum {string} */
                  op: "greater_than";
                  seconds: number;
                } | ({
                  /** @enum {unknown} */
                  subject: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                  /** @enum {unknown} */
                  op: "eq" | "neq" | "exists" | "not_exists";
                  value?: string;
                }))[];
              onTrue: string;
              onFalse: string;
            }) | {
              id: string;
              /** @enum {string} */
              kind: "add_comment";
              text: string;
              next?: string;
            } | {
              id: string;
              /** @enum {string} */
              kind: "create_conversation";
              channel: string;
              departmentId?: string;
              text?: string;
              next?: string;
            } | {
              id: string;
              /** @enum {string} */
              kind: "close";
              next?: string;
            } | {
              id: string;
              /** @enum {string} */
              kind: "end";
            })[];
        };
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "workflow.removed";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        workflowId: string;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "workflow.run_finished";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        runId: string;
        workflowId: string;
        conversationId?: string;
        callId?: string;
        /** @enum {unknown} */
        reason: "end" | "conversation_resolved" | "no_conversation" | "workflow_removed";
      };
    }) | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "workflow.run_started";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        runId: string;
        workflowId: string;
        conversationId?: string;
        callId?: string;
        version: number;
        stepId: string;
        call?: {
          callId: string;
          numberId: string;
          /** @description E.164, e.g. +34911234567 */
          from: string;
          contactId?: string;
          /** @enum {unknown} */
          outcome: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
        };
        contact?: {
          /** @description The contact’s address on the channel (visitor id, phone number …) */
          address: string;
          name?: string;
          email?: string;
          contactId?: string;
        };
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "workflow.step_entered";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        runId: string;
        workflowId: string;
        conversationId?: string;
        callId?: string;
        stepId: string;
        /** @description The step’s kind */
        kind: string;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "workflow.step_result";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        runId: string;
        workflowId: string;
        conversationId?: string;
        callId?: string;
        stepId: string;
        /** @description What the step did, in English */
        result: string;
        outcome?: {
          /** @description What the step did, as a code the console words */
          code: string;
          params?: {
            [key: string]: string | number;
          };
          reason?: {
            code: string;
            params?: {
              [key: string]: string | number;
            };
          };
        };
        previousAssigneeId?: string;
        rotation?: {
          key: string;
          /** @description Position in a queue or a rotation */
          position: number;
        };
        linkedConversationId?: string;
      };
    }) | {
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "workspace.created";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        name: string;
        /** @description The workspace’s plan */
        plan: string;
        timeZone: string;
        defaultCountry?: string;
      };
    } | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "workspace.updated";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 2;
      data: {
        changes: {
          name?: string;
          /** @enum {unknown} */
          plan?: "starter" | "business" | "scale";
          timeZone?: string;
          defaultCountry?: string | null;
          /** @description After N consecutive missed offers an agent moves to this presence */
          missedOfferPolicy?: ({
            after: number;
            /** @enum {unknown} */
            presence: "pre_pause" | "pause" | "offline";
          }) | null;
          /** @description Sites allowed to embed the web-chat widget; empty: any site */
          webchatOrigins?: string[] | null;
        };
      };
    }) | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "wrap_up.ended";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        userId: string;
        /** @enum {unknown} */
        channel: "voice" | "chat";
        /** @enum {unknown} */
        reason: "elapsed" | "ended_early";
      };
    }) | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "wrap_up.extended";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        userId: string;
        /** @enum {unknown} */
        channel: "voice" | "chat";
        /** @description Epoch milliseconds */
        until: number;
      };
    }) | ({
      /** @description The workspace’s sequence: the log position of what happened */
      seq: number;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type: "wrap_up.started";
      /**
       * @description The version of this type’s shape: a changed shape comes with a new version
       * @enum {number}
       */
      version: 1;
      data: {
        userId: string;
        /** @enum {unknown} */
        channel: "voice" | "chat";
        seconds: number;
        /** @description Epoch milliseconds */
        until: number;
        source: {
          /** @enum {string} */
          kind: "call";
          callId: string;
        } | {
          /** @enum {string} */
          kind: "conversation";
          conversationId: string;
        };
      };
    });
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
};

export type $defs = Record<string, never>;

export type external = Record<string, never>;

export type operations = {

  /**
   * Sign in with email and password; optionally choose the workspace
   * @description Answers a session token for the workspace chosen (or the first the password opens), the user, and every workspace the same email and password open. Repeated wrong passwords for an account or from an address are refused with 429 and Retry-After.
   */
  signIn: {
    requestBody: {
      content: {
        "application/json": {
          email: string;
          password: string;
          workspaceId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            token: string;
            workspaceId: string;
            user: {
              id: string;
              name: string;
              email: string;
              /** @enum {unknown} */
              role: "admin" | "supervisor" | "agent";
              extension?: string;
              mobile?: string;
              capacity: {
                voice: number;
                chat: number;
              };
              /** @enum {unknown} */
              presence: "online" | "pre_pause" | "pause" | "offline";
              /** Format: date-time */
              presenceSince: string;
              departmentIds: string[];
              numberIds: string[];
              skills: {
                  skill: string;
                  level: number;
                }[];
              /** @description R2: after-call work in progress, per channel */
              wrapUp?: {
                voice?: {
                  /** Format: date-time */
                  until: string;
                  seconds: number;
                  extended: boolean;
                };
                chat?: {
                  /** Format: date-time */
                  until: string;
                  seconds: number;
                  extended: boolean;
                };
              };
            };
            workspaces: {
                id: string;
                name: string;
                token: string;
              }[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      429: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Sign out
   * @description Ends the session of the token sent, and closes the streams it opened. API keys have no session: 204 all the same.
   */
  signOut: {
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Who the token belongs to
   * @description The kind of token (server admin key, workspace API key or user session), its workspace and role, and the user for a session.
   */
  getMe: {
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            kind: "admin" | "api_key" | "user";
            workspaceId?: string;
            /** @enum {unknown} */
            role: "admin" | "supervisor" | "agent";
            user?: {
              id: string;
              name: string;
              email: string;
              /** @enum {unknown} */
              role: "admin" | "supervisor" | "agent";
              extension?: string;
              mobile?: string;
              capacity: {
                voice: number;
                chat: number;
              };
              /** @enum {unknown} */
              presence: "online" | "pre_pause" | "pause" | "offline";
              /** Format: date-time */
              presenceSince: string;
              departmentIds: string[];
              numberIds: string[];
              skills: {
                  skill: string;
                  level: number;
                }[];
              /** @description R2: after-call work in progress, per channel */
              wrapUp?: {
                voice?: {
                  /** Format: date-time */
                  until: string;
                  seconds: number;
                  extended: boolean;
                };
                chat?: {
                  /** Format: date-time */
                  until: string;
                  seconds: number;
                  extended: boolean;
                };
              };
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The demo workspace’s sign-ins when the server runs the demo, else 204 (no authentication)
   * @description Public. When the server runs demo workspaces, their people and passwords (they are public by design), so the log-in page can offer them.
   */
  getDemoSignIns: {
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            workspaceId: string;
            workspaceName: string;
            /** @description The language the demo business writes in: en, es */
            language?: string;
            people: {
                email: string;
                password: string;
                name: string;
                role: string;
              }[];
          } & {
            /** @description Each demo workspace (serve --demo runs an English and a Spanish one) */
            demos: {
                workspaceId: string;
                workspaceName: string;
                /** @description The language the demo business writes in: en, es */
                language?: string;
                people: {
                    email: string;
                    password: string;
                    name: string;
                    role: string;
                  }[];
              }[];
          };
        };
      };
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Workspaces you can see
   * @description The server admin key sees every workspace this node holds; any other token, its own workspace.
   */
  listWorkspaces: {
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: ({
                id: string;
                name: string;
                /** @enum {unknown} */
                plan: "starter" | "business" | "scale";
                timeZone: string;
                defaultCountry?: string;
                /** @description After N consecutive missed offers an agent moves to this presence */
                missedOfferPolicy?: {
                  after: number;
                  /** @enum {unknown} */
                  presence: "pre_pause" | "pause" | "offline";
                };
                /** @description Sites allowed to embed the web-chat widget; empty: any site */
                webchatOrigins: string[];
                /** Format: date-time */
                createdAt: string;
              })[];
          };
        };
      };
    };
  };
  /**
   * Create a workspace (server admin key only)
   * @description Server admin key only. The id is generated unless given; an id already taken is refused with 409.
   */
  createWorkspace: {
    requestBody: {
      content: {
        "application/json": {
          id?: string;
          name: string;
          /** @enum {unknown} */
          plan?: "starter" | "business" | "scale";
          timeZone?: string;
          defaultCountry?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            id: string;
            name: string;
            /** @enum {unknown} */
            plan: "starter" | "business" | "scale";
            timeZone: string;
            defaultCountry?: string;
            /** @description After N consecutive missed offers an agent moves to this presence */
            missedOfferPolicy?: {
              after: number;
              /** @enum {unknown} */
              presence: "pre_pause" | "pause" | "offline";
            };
            /** @description Sites allowed to embed the web-chat widget; empty: any site */
            webchatOrigins: string[];
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * One workspace
   * @description Any member of the workspace may read it: name, plan, time zone, default country and web-chat origins.
   */
  getWorkspace: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            /** @enum {unknown} */
            plan: "starter" | "business" | "scale";
            timeZone: string;
            defaultCountry?: string;
            /** @description After N consecutive missed offers an agent moves to this presence */
            missedOfferPolicy?: {
              after: number;
              /** @enum {unknown} */
              presence: "pre_pause" | "pause" | "offline";
            };
            /** @description Sites allowed to embed the web-chat widget; empty: any site */
            webchatOrigins: string[];
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Change a workspace (admin)
   * @description Only the fields sent change; a bad value is refused naming the field and changes nothing.
   */
  updateWorkspace: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          name?: string;
          /** @enum {unknown} */
          plan?: "starter" | "business" | "scale";
          timeZone?: string;
          defaultCountry?: string | null;
          /** @description After N consecutive missed offers an agent moves to this presence */
          missedOfferPolicy?: ({
            after: number;
            /** @enum {unknown} */
            presence: "pre_pause" | "pause" | "offline";
          }) | null;
          /** @description Sites allowed to embed the web-chat widget, as origins (https://shop.example.com); empty or null: any site */
          webchatOrigins?: string[] | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            /** @enum {unknown} */
            plan: "starter" | "business" | "scale";
            timeZone: string;
            defaultCountry?: string;
            /** @description After N consecutive missed offers an agent moves to this presence */
            missedOfferPolicy?: {
              after: number;
              /** @enum {unknown} */
              presence: "pre_pause" | "pause" | "offline";
            };
            /** @description Sites allowed to embed the web-chat widget; empty: any site */
            webchatOrigins: string[];
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The workspace’s API keys (admin)
   * @description Names, roles, prefixes and times; never the tokens.
   */
  listApiKeys: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: ({
                id: string;
                name: string;
                /** @enum {unknown} */
                role: "admin" | "supervisor" | "agent";
                prefix: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                revokedAt?: string;
              })[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Create a workspace API key; its token is shown once
   * @description Admin. The answer carries the token once; only its hash is stored, so it cannot be shown again.
   */
  createApiKey: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          name: string;
          /** @enum {unknown} */
          role?: "admin" | "supervisor" | "agent";
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": ({
            id: string;
            name: string;
            /** @enum {unknown} */
            role: "admin" | "supervisor" | "agent";
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            revokedAt?: string;
          }) & {
            token: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Revoke an API key (admin)
   * @description Requests with the key are refused from then on.
   */
  deleteApiKey: {
    parameters: {
      path: {
        workspaceId: string;
        keyId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * List users; search by name (transfer targets) with presence
   * @description Every user of the workspace with presence and role, by name; search matches any word start, ignoring case and accents. departmentId keeps that department’s members.
   */
  listUsers: {
    parameters: {
      query?: {
        search?: string;
        presence?: "online" | "pre_pause" | "pause" | "offline";
        departmentId?: string;
      };
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: ({
                id: string;
                name: string;
                email: string;
                /** @enum {unknown} */
                role: "admin" | "supervisor" | "agent";
                extension?: string;
                mobile?: string;
                capacity: {
                  voice: number;
                  chat: number;
                };
                /** @enum {unknown} */
                presence: "online" | "pre_pause" | "pause" | "offline";
                /** Format: date-time */
                presenceSince: string;
                departmentIds: string[];
                numberIds: string[];
                skills: {
                    skill: string;
                    level: number;
                  }[];
                /** @description R2: after-call work in progress, per channel */
                wrapUp?: {
                  voice?: {
                    /** Format: date-time */
                    until: string;
                    seconds: number;
                    extended: boolean;
                  };
                  chat?: {
                    /** Format: date-time */
                    until: string;
                    seconds: number;
                    extended: boolean;
                  };
                };
              })[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Add a user (admin)
   * @description A password, when given, lets the user sign in at once; without one, PUT …/password sets it later.
   */
  createUser: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          id?: string;
          name: string;
          email: string;
          /** @enum {unknown} */
          role?: "admin" | "supervisor" | "agent";
          extension?: string | null;
          mobile?: string | null;
          capacity?: {
            voice?: number;
            chat?: number;
          };
          departmentIds?: string[];
          /** @description R1: the whole list; it replaces the previous one */
          skills?: {
              skill: string;
              level: number;
            }[];
          numberIds?: string[];
          password?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            id: string;
            name: string;
            email: string;
            /** @enum {unknown} */
            role: "admin" | "supervisor" | "agent";
            extension?: string;
            mobile?: string;
            capacity: {
              voice: number;
              chat: number;
            };
            /** @enum {unknown} */
            presence: "online" | "pre_pause" | "pause" | "offline";
            /** Format: date-time */
            presenceSince: string;
            departmentIds: string[];
            numberIds: string[];
            skills: {
                skill: string;
                level: number;
              }[];
            /** @description R2: after-call work in progress, per channel */
            wrapUp?: {
              voice?: {
                /** Format: date-time */
                until: string;
                seconds: number;
                extended: boolean;
              };
              chat?: {
                /** Format: date-time */
                until: string;
                seconds: number;
                extended: boolean;
              };
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * One user
   * @description Any member of the workspace may read a user: name, email, role, presence, departments and chat capacity.
   */
  getUser: {
    parameters: {
      path: {
        workspaceId: string;
        userId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            email: string;
            /** @enum {unknown} */
            role: "admin" | "supervisor" | "agent";
            extension?: string;
            mobile?: string;
            capacity: {
              voice: number;
              chat: number;
            };
            /** @enum {unknown} */
            presence: "online" | "pre_pause" | "pause" | "offline";
            /** Format: date-time */
            presenceSince: string;
            departmentIds: string[];
            numberIds: string[];
            skills: {
                skill: string;
                level: number;
              }[];
            /** @description R2: after-call work in progress, per channel */
            wrapUp?: {
              voice?: {
                /** Format: date-time */
                until: string;
                seconds: number;
                extended: boolean;
              };
              chat?: {
                /** Format: date-time */
                until: string;
                seconds: number;
                extended: boolean;
              };
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Remove a user (admin)
   * @description The user can no longer sign in to the workspace or be offered calls and chats.
   */
  deleteUser: {
    parameters: {
      path: {
        workspaceId: string;
        userId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Change a user (admin)
   * @description Only the fields sent change; a bad value is refused naming the field and changes nothing.
   */
  updateUser: {
    parameters: {
      path: {
        workspaceId: string;
        userId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          name?: string;
          email?: string;
          /** @enum {unknown} */
          role?: "admin" | "supervisor" | "agent";
          extension?: string | null;
          mobile?: string | null;
          capacity?: {
            voice?: number;
            chat?: number;
          };
          departmentIds?: string[];
          /** @description R1: the whole list; it replaces the previous one */
          skills?: {
              skill: string;
              level: number;
            }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            email: string;
            /** @enum {unknown} */
            role: "admin" | "supervisor" | "agent";
            extension?: string;
            mobile?: string;
            capacity: {
              voice: number;
              chat: number;
            };
            /** @enum {unknown} */
            presence: "online" | "pre_pause" | "pause" | "offline";
            /** Format: date-time */
            presenceSince: string;
            departmentIds: string[];
            numberIds: string[];
            skills: {
                skill: string;
                level: number;
              }[];
            /** @description R2: after-call work in progress, per channel */
            wrapUp?: {
              voice?: {
                /** Format: date-time */
                until: string;
                seconds: number;
                extended: boolean;
              };
              chat?: {
                /** Format: date-time */
                until: string;
                seconds: number;
                extended: boolean;
              };
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Set presence (W5): your own, or anyone’s as supervisor or admin
   * @description Going online makes the user a routing candidate at once (calls and chats waiting may be offered); going offline applies their departments’ offline rule to open chats.
   */
  setPresence: {
    parameters: {
      path: {
        workspaceId: string;
        userId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {unknown} */
          presence: "online" | "pre_pause" | "pause" | "offline";
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            email: string;
            /** @enum {unknown} */
            role: "admin" | "supervisor" | "agent";
            extension?: string;
            mobile?: string;
            capacity: {
              voice: number;
              chat: number;
            };
            /** @enum {unknown} */
            presence: "online" | "pre_pause" | "pause" | "offline";
            /** Format: date-time */
            presenceSince: string;
            departmentIds: string[];
            numberIds: string[];
            skills: {
                skill: string;
                level: number;
              }[];
            /** @description R2: after-call work in progress, per channel */
            wrapUp?: {
              voice?: {
                /** Format: date-time */
                until: string;
                seconds: number;
                extended: boolean;
              };
              chat?: {
                /** Format: date-time */
                until: string;
                seconds: number;
                extended: boolean;
              };
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Set a password: your own, or anyone’s as admin
   * @description The password is stored as a slow salted hash; it is never shown again.
   */
  setPassword: {
    parameters: {
      path: {
        workspaceId: string;
        userId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * List departments with member and online counts (C2); search by name
   * @description Each department with its members, memberCount and onlineCount (members whose presence is online); search by name.
   */
  listDepartments: {
    parameters: {
      query?: {
        search?: string;
      };
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: {
                id: string;
                name: string;
                memberIds: string[];
                /** @description C2: shown in the transfer list */
                memberCount: number;
                /** @description Members whose presence is online (whether or not they have room for a chat) */
                onlineCount: number;
              }[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Add a department (admin)
   * @description The id is generated unless given.
   */
  createDepartment: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          id?: string;
          name: string;
          memberIds?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            id: string;
            name: string;
            memberIds: string[];
            /** @description C2: shown in the transfer list */
            memberCount: number;
            /** @description Members whose presence is online (whether or not they have room for a chat) */
            onlineCount: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * One department
   * @description Its members, memberCount and onlineCount.
   */
  getDepartment: {
    parameters: {
      path: {
        workspaceId: string;
        departmentId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            memberIds: string[];
            /** @description C2: shown in the transfer list */
            memberCount: number;
            /** @description Members whose presence is online (whether or not they have room for a chat) */
            onlineCount: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Remove a department (admin); its members stay users
   * @description Answers 204 with no body.
   */
  deleteDepartment: {
    parameters: {
      path: {
        workspaceId: string;
        departmentId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Rename a department or set its members (admin)
   * @description Admin. Only the fields sent change.
   */
  updateDepartment: {
    parameters: {
      path: {
        workspaceId: string;
        departmentId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          name?: string;
          memberIds?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            memberIds: string[];
            /** @description C2: shown in the transfer list */
            memberCount: number;
            /** @description Members whose presence is online (whether or not they have room for a chat) */
            onlineCount: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * List phone numbers: all for supervisors and admins, an agent’s assigned ones for agents (W8)
   * @description Each number with its E.164 form, kind, label and assigned users.
   */
  listNumbers: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: ({
                id: string;
                /** @description E.164, e.g. +34911234567 */
                e164: string;
                /** @enum {unknown} */
                kind: "rented" | "sip";
                label: string;
                /** @description W8: only these users make and receive calls on it */
                assignedUserIds: string[];
              })[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Add a phone number (admin); without assignedUserIds it is assigned to every user (W8)
   * @description The number is normalised to E.164 with the workspace’s default country.
   */
  createNumber: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          id?: string;
          /** @description International format, e.g. +34 911 234 567 (W6) */
          e164: string;
          /** @enum {unknown} */
          kind: "rented" | "sip";
          label?: string;
          /** @description W8: leave out to assign the number to every user */
          assignedUserIds?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            id: string;
            /** @description E.164, e.g. +34911234567 */
            e164: string;
            /** @enum {unknown} */
            kind: "rented" | "sip";
            label: string;
            /** @description W8: only these users make and receive calls on it */
            assignedUserIds: string[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * One phone number; agents only their assigned ones
   * @description An agent asking for a number not assigned to them is refused with 403.
   */
  getNumber: {
    parameters: {
      path: {
        workspaceId: string;
        numberId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            /** @description E.164, e.g. +34911234567 */
            e164: string;
            /** @enum {unknown} */
            kind: "rented" | "sip";
            label: string;
            /** @description W8: only these users make and receive calls on it */
            assignedUserIds: string[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Remove a phone number (admin); refused while it has live calls
   * @description Refused with 409 while a call on it is live.
   */
  deleteNumber: {
    parameters: {
      path: {
        workspaceId: string;
        numberId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Change a number’s label, kind or assigned users (admin)
   * @description Only the fields sent change.
   */
  updateNumber: {
    parameters: {
      path: {
        workspaceId: string;
        numberId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          label?: string;
          /** @enum {unknown} */
          kind?: "rented" | "sip";
          assignedUserIds?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            /** @description E.164, e.g. +34911234567 */
            e164: string;
            /** @enum {unknown} */
            kind: "rented" | "sip";
            label: string;
            /** @description W8: only these users make and receive calls on it */
            assignedUserIds: string[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Set who may make and receive calls on a number (W8, admin)
   * @description Replaces the list: userIds must name users of the workspace.
   */
  setNumberAssignedUsers: {
    parameters: {
      path: {
        workspaceId: string;
        numberId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          userIds: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            /** @description E.164, e.g. +34911234567 */
            e164: string;
            /** @enum {unknown} */
            kind: "rented" | "sip";
            label: string;
            /** @description W8: only these users make and receive calls on it */
            assignedUserIds: string[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * A number’s call handling settings (V1–V7, V10–V17)
   * @description Hours, welcome and menus, who rings and how, queueing, voicemail, forwarding, recording and caller id: everything that decides what an inbound call on the number does.
   */
  getNumberSettings: {
    parameters: {
      path: {
        workspaceId: string;
        numberId: string;
      };
    };
    responses: {
      /** @description V1: every setting of one number */
      200: {
        content: {
          "application/json": {
            record: boolean;
            /** @enum {unknown} */
            mode: "receive" | "forward_all" | "reject";
            forwardTo?: string;
            /** @enum {unknown} */
            strategy: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
            ringTimeoutSec: number;
            /** @description V6: ring_free, busy, hang_up, message, voicemail or forward */
            offlineAction: {
              /** @enum {unknown} */
              kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
              message?: string;
              greeting?: string;
              /** @description E.164, for forward */
              to?: string;
            };
            /** @description V6: ring_free, busy, hang_up, message, voicemail or forward */
            noAnswerAction: {
              /** @enum {unknown} */
              kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
              message?: string;
              greeting?: string;
              /** @description E.164, for forward */
              to?: string;
            };
            welcomeMessage?: string;
            voicedropMessage?: string;
            passCallerId: boolean;
            /** @description V3: wall-clock hours in the time zone; holidays YYYY-MM-DD or MM-DD */
            hours?: {
              timeZone: string;
              weekly: {
                mon?: {
                    start: string;
                    end: string;
                  }[];
                tue?: {
                    start: string;
                    end: string;
                  }[];
                wed?: {
                    start: string;
                    end: string;
                  }[];
                thu?: {
                    start: string;
                    end: string;
                  }[];
                fri?: {
                    start: string;
                    end: string;
                  }[];
                sat?: {
                    start: string;
                    end: string;
                  }[];
                sun?: {
                    start: string;
                    end: string;
                  }[];
              };
              holidays: string[];
              /** @description What each holiday is called, keyed by its entry in holidays */
              holidayNames?: {
                [key: string]: string;
              };
              closures: {
                  from: string;
                  to: string;
                }[];
            };
            /** @description V6: ring_free, busy, hang_up, message, voicemail or forward */
            outOfHoursAction: {
              /** @enum {unknown} */
              kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
              message?: string;
              greeting?: string;
              /** @description E.164, for forward */
              to?: string;
            };
            route: {
              /** @enum {unknown} */
              kind: "agents" | "group" | "ivr";
              groupId?: string;
              menuId?: string;
            };
            ownerRouting: boolean;
            extensionDialing: boolean;
            queue: {
              enabled: boolean;
              maxWaitSec: number;
              maxLength: number;
              /** @description 0-9; higher is served first where agents are shared */
              priority: number;
            };
            callback?: {
              enabled: boolean;
              /** @description R3: the key a waiting caller presses: 0-9 or * */
              key: string;
              /**
               * @description agent_first: offered to an agent who accepts; auto: placed at once with the agent on the line
               * @enum {unknown}
               */
              mode: "agent_first" | "auto";
              /** @description Further attempts after an unanswered one (0-5) */
              retries: number;
              /** @description Seconds between attempts (30-86400) */
              retryDelaySec: number;
              /** @description What the waiting caller hears */
              prompt?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Change a number’s settings (admins only, W2); unset a field with null
   * @description Only the fields sent change; the settings are checked as a whole and a bad one is refused naming the field.
   */
  updateNumberSettings: {
    parameters: {
      path: {
        workspaceId: string;
        numberId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          record?: boolean;
          /** @enum {unknown} */
          mode?: "receive" | "forward_all" | "reject";
          forwardTo?: string | null;
          /** @enum {unknown} */
          strategy?: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
          ringTimeoutSec?: number;
          /** @description V6: ring_free, busy, hang_up, message, voicemail or forward */
          offlineAction?: {
            /** @enum {unknown} */
            kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
            message?: string;
            greeting?: string;
            /** @description E.164, for forward */
            to?: string;
          };
          /** @description V6: ring_free, busy, hang_up, message, voicemail or forward */
          noAnswerAction?: {
            /** @enum {unknown} */
            kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
            message?: string;
            greeting?: string;
            /** @description E.164, for forward */
            to?: string;
          };
          welcomeMessage?: string | null;
          voicedropMessage?: string | null;
          passCallerId?: boolean;
          /** @description V3: wall-clock hours in the time zone; holidays YYYY-MM-DD or MM-DD */
          hours?: {
            timeZone: string;
            weekly: {
              mon?: {
                  start: string;
                  end: string;
                }[];
              tue?: {
                  start: string;
                  end: string;
                }[];
              wed?: {
                  start: string;
                  end: string;
                }[];
              thu?: {
                  start: string;
                  end: string;
                }[];
              fri?: {
                  start: string;
                  end: string;
                }[];
              sat?: {
                  start: string;
                  end: string;
                }[];
              sun?: {
                  start: string;
                  end: string;
                }[];
            };
            holidays: string[];
            /** @description What each holiday is called, keyed by its entry in holidays */
            holidayNames?: {
              [key: string]: string;
            };
            closures: {
                from: string;
                to: string;
              }[];
          } | null;
          /** @description V6: ring_free, busy, hang_up, message, voicemail or forward */
          outOfHoursAction?: {
            /** @enum {unknown} */
            kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
            message?: string;
            greeting?: string;
            /** @description E.164, for forward */
            to?: string;
          };
          route?: {
            /** @enum {unknown} */
            kind: "agents" | "group" | "ivr";
            groupId?: string;
            menuId?: string;
          };
          ownerRouting?: boolean;
          extensionDialing?: boolean;
          queue?: {
            enabled?: boolean;
            maxWaitSec?: number;
            maxLength?: number;
            /** @description 0-9; higher is served first where agents are shared */
            priority?: number;
          };
          callback?: ({
            enabled?: boolean;
            /** @description R3: the key a waiting caller presses: 0-9 or * */
            key?: string;
            /**
             * @description agent_first: offered to an agent who accepts; auto: placed at once with the agent on the line
             * @enum {unknown}
             */
            mode?: "agent_first" | "auto";
            /** @description Further attempts after an unanswered one (0-5) */
            retries?: number;
            /** @description Seconds between attempts (30-86400) */
            retryDelaySec?: number;
            /** @description What the waiting caller hears */
            prompt?: string;
          }) | null;
        };
      };
    };
    responses: {
      /** @description V1: every setting of one number */
      200: {
        content: {
          "application/json": {
            record: boolean;
            /** @enum {unknown} */
            mode: "receive" | "forward_all" | "reject";
            forwardTo?: string;
            /** @enum {unknown} */
            strategy: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
            ringTimeoutSec: number;
            /** @description V6: ring_free, busy, hang_up, message, voicemail or forward */
            offlineAction: {
              /** @enum {unknown} */
              kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
              message?: string;
              greeting?: string;
              /** @description E.164, for forward */
              to?: string;
            };
            /** @description V6: ring_free, busy, hang_up, message, voicemail or forward */
            noAnswerAction: {
              /** @enum {unknown} */
              kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
              message?: string;
              greeting?: string;
              /** @description E.164, for forward */
              to?: string;
            };
            welcomeMessage?: string;
            voicedropMessage?: string;
            passCallerId: boolean;
            /** @description V3: wall-clock hours in the time zone; holidays YYYY-MM-DD or MM-DD */
            hours?: {
              timeZone: string;
              weekly: {
                mon?: {
                    start: string;
                    end: string;
                  }[];
                tue?: {
                    start: string;
                    end: string;
                  }[];
                wed?: {
                    start: string;
                    end: string;
                  }[];
                thu?: {
                    start: string;
                    end: string;
                  }[];
                fri?: {
                    start: string;
                    end: string;
                  }[];
                sat?: {
                    start: string;
                    end: string;
                  }[];
                sun?: {
                    start: string;
                    end: string;
                  }[];
              };
              holidays: string[];
              /** @description What each holiday is called, keyed by its entry in holidays */
              holidayNames?: {
                [key: string]: string;
              };
              closures: {
                  from: string;
                  to: string;
                }[];
            };
            /** @description V6: ring_free, busy, hang_up, message, voicemail or forward */
            outOfHoursAction: {
              /** @enum {unknown} */
              kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
              message?: string;
              greeting?: string;
              /** @description E.164, for forward */
              to?: string;
            };
            route: {
              /** @enum {unknown} */
              kind: "agents" | "group" | "ivr";
              groupId?: string;
              menuId?: string;
            };
            ownerRouting: boolean;
            extensionDialing: boolean;
            queue: {
              enabled: boolean;
              maxWaitSec: number;
              maxLength: number;
              /** @description 0-9; higher is served first where agents are shared */
              priority: number;
            };
            callback?: {
              enabled: boolean;
              /** @description R3: the key a waiting caller presses: 0-9 or * */
              key: string;
              /**
               * @description agent_first: offered to an agent who accepts; auto: placed at once with the agent on the line
               * @enum {unknown}
               */
              mode: "agent_first" | "auto";
              /** @description Further attempts after an unanswered one (0-5) */
              retries: number;
              /** @description Seconds between attempts (30-86400) */
              retryDelaySec: number;
              /** @description What the waiting caller hears */
              prompt?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * List telephony groups
   * @description Groups of users a number or menu option rings together, by name.
   */
  listGroups: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: ({
                id: string;
                name: string;
                memberIds: string[];
                /** @enum {unknown} */
                strategy: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
                ringTimeoutSec: number;
                /** @description V13: when nobody in the group answers */
                noAnswer: {
                  /** @enum {unknown} */
                  kind: "forward_member_mobile" | "forward" | "voicemail" | "hang_up";
                  /** @description E.164, for forward */
                  to?: string;
                };
              })[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Create a telephony group (admin)
   * @description The id is generated unless given.
   */
  createGroup: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          id?: string;
          name: string;
          /** @description In ring order for sequential */
          memberIds?: string[];
          /** @enum {unknown} */
          strategy?: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
          /** @description 5 to 600 seconds */
          ringTimeoutSec?: number;
          /** @description V13: when nobody in the group answers */
          noAnswer?: {
            /** @enum {unknown} */
            kind: "forward_member_mobile" | "forward" | "voicemail" | "hang_up";
            /** @description E.164, for forward */
            to?: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            id: string;
            name: string;
            memberIds: string[];
            /** @enum {unknown} */
            strategy: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
            ringTimeoutSec: number;
            /** @description V13: when nobody in the group answers */
            noAnswer: {
              /** @enum {unknown} */
              kind: "forward_member_mobile" | "forward" | "voicemail" | "hang_up";
              /** @description E.164, for forward */
              to?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * One of the telephony groups
   * @description Its name and members.
   */
  getGroup: {
    parameters: {
      path: {
        workspaceId: string;
        groupId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            memberIds: string[];
            /** @enum {unknown} */
            strategy: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
            ringTimeoutSec: number;
            /** @description V13: when nobody in the group answers */
            noAnswer: {
              /** @enum {unknown} */
              kind: "forward_member_mobile" | "forward" | "voicemail" | "hang_up";
              /** @description E.164, for forward */
              to?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Remove a group not used by a number or menu (admin)
   * @description Refused while a number or menu routes to it.
   */
  deleteGroup: {
    parameters: {
      path: {
        workspaceId: string;
        groupId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Change a group (admin)
   * @description Only the fields sent change.
   */
  updateGroup: {
    parameters: {
      path: {
        workspaceId: string;
        groupId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          name?: string;
          /** @description In ring order for sequential */
          memberIds?: string[];
          /** @enum {unknown} */
          strategy?: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
          /** @description 5 to 600 seconds */
          ringTimeoutSec?: number;
          /** @description V13: when nobody in the group answers */
          noAnswer?: {
            /** @enum {unknown} */
            kind: "forward_member_mobile" | "forward" | "voicemail" | "hang_up";
            /** @description E.164, for forward */
            to?: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            memberIds: string[];
            /** @enum {unknown} */
            strategy: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
            ringTimeoutSec: number;
            /** @description V13: when nobody in the group answers */
            noAnswer: {
              /** @enum {unknown} */
              kind: "forward_member_mobile" | "forward" | "voicemail" | "hang_up";
              /** @description E.164, for forward */
              to?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * List IVR menus
   * @description Each menu with its prompt and the key options callers press.
   */
  listIvrMenus: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: ({
                id: string;
                name: string;
                prompt: string;
                options: {
                  [key: string]: {
                    /** @enum {unknown} */
                    kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                    groupId?: string;
                    userId?: string;
                    menuId?: string;
                    to?: string;
                  };
                };
                timeoutSec: number;
                /** @description V10: a group, a user’s extension, an external number, voicemail, a sub-menu, repeat or hang up */
                noInput: {
                  /** @enum {unknown} */
                  kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                  groupId?: string;
                  userId?: string;
                  menuId?: string;
                  to?: string;
                };
                /** @description V10: a group, a user’s extension, an external number, voicemail, a sub-menu, repeat or hang up */
                invalidInput: {
                  /** @enum {unknown} */
                  kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                  groupId?: string;
                  userId?: string;
                  menuId?: string;
                  to?: string;
                };
                maxRepeats: number;
              })[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Create an IVR menu (admin)
   * @description Every option names what a key press does: ring a user or group, another menu, voicemail or an outside number.
   */
  createIvrMenu: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          id?: string;
          name: string;
          prompt: string;
          /** @description Digit 0-9, * or # to action */
          options?: {
            [key: string]: {
              /** @enum {unknown} */
              kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
              groupId?: string;
              userId?: string;
              menuId?: string;
              to?: string;
            };
          };
          /** @description Seconds to wait for a digit (1-60) */
          timeoutSec?: number;
          /** @description V10: a group, a user’s extension, an external number, voicemail, a sub-menu, repeat or hang up */
          noInput?: {
            /** @enum {unknown} */
            kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
            groupId?: string;
            userId?: string;
            menuId?: string;
            to?: string;
          };
          /** @description V10: a group, a user’s extension, an external number, voicemail, a sub-menu, repeat or hang up */
          invalidInput?: {
            /** @enum {unknown} */
            kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
            groupId?: string;
            userId?: string;
            menuId?: string;
            to?: string;
          };
          /** @description 0-5 */
          maxRepeats?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            id: string;
            name: string;
            prompt: string;
            options: {
              [key: string]: {
                /** @enum {unknown} */
                kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                groupId?: string;
                userId?: string;
                menuId?: string;
                to?: string;
              };
            };
            timeoutSec: number;
            /** @description V10: a group, a user’s extension, an external number, voicemail, a sub-menu, repeat or hang up */
            noInput: {
              /** @enum {unknown} */
              kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
              groupId?: string;
              userId?: string;
              menuId?: string;
              to?: string;
            };
            /** @description V10: a group, a user’s extension, an external number, voicemail, a sub-menu, repeat or hang up */
            invalidInput: {
              /** @enum {unknown} */
              kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
              groupId?: string;
              userId?: string;
              menuId?: string;
              to?: string;
            };
            maxRepeats: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * One of the IVR menus
   * @description Its prompt and options.
   */
  getIvrMenu: {
    parameters: {
      path: {
        workspaceId: string;
        menuId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            prompt: string;
            options: {
              [key: string]: {
                /** @enum {unknown} */
                kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                groupId?: string;
                userId?: string;
                menuId?: string;
                to?: string;
              };
            };
            timeoutSec: number;
            /** @description V10: a group, a user’s extension, an external number, voicemail, a sub-menu, repeat or hang up */
            noInput: {
              /** @enum {unknown} */
              kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
              groupId?: string;
              userId?: string;
              menuId?: string;
              to?: string;
            };
            /** @description V10: a group, a user’s extension, an external number, voicemail, a sub-menu, repeat or hang up */
            invalidInput: {
              /** @enum {unknown} */
              kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
              groupId?: string;
              userId?: string;
              menuId?: string;
              to?: string;
            };
            maxRepeats: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Remove an IVR menu not used by a number (admin)
   * @description Refused while a number uses it.
   */
  deleteIvrMenu: {
    parameters: {
      path: {
        workspaceId: string;
        menuId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Change an IVR menu (admin)
   * @description Only the fields sent change.
   */
  updateIvrMenu: {
    parameters: {
      path: {
        workspaceId: string;
        menuId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          name?: string;
          prompt?: string;
          /** @description Digit 0-9, * or # to action */
          options?: {
            [key: string]: {
              /** @enum {unknown} */
              kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
              groupId?: string;
              userId?: string;
              menuId?: string;
              to?: string;
            };
          };
          /** @description Seconds to wait for a digit (1-60) */
          timeoutSec?: number;
          /** @description V10: a group, a user’s extension, an external number, voicemail, a sub-menu, repeat or hang up */
          noInput?: {
            /** @enum {unknown} */
            kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
            groupId?: string;
            userId?: string;
            menuId?: string;
            to?: string;
          };
          /** @description V10: a group, a user’s extension, an external number, voicemail, a sub-menu, repeat or hang up */
          invalidInput?: {
            /** @enum {unknown} */
            kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
            groupId?: string;
            userId?: string;
            menuId?: string;
            to?: string;
          };
          /** @description 0-5 */
          maxRepeats?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            prompt: string;
            options: {
              [key: string]: {
                /** @enum {unknown} */
                kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                groupId?: string;
                userId?: string;
                menuId?: string;
                to?: string;
              };
            };
            timeoutSec: number;
            /** @description V10: a group, a user’s extension, an external number, voicemail, a sub-menu, repeat or hang up */
            noInput: {
              /** @enum {unknown} */
              kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
              groupId?: string;
              userId?: string;
              menuId?: string;
              to?: string;
            };
            /** @description V10: a group, a user’s extension, an external number, voicemail, a sub-menu, repeat or hang up */
            invalidInput: {
              /** @enum {unknown} */
              kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
              groupId?: string;
              userId?: string;
              menuId?: string;
              to?: string;
            };
            maxRepeats: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * List CRM contacts; search by name, company or phone, or look one up by exact phone
   * @description By name. phone finds the contact a number belongs to (normalised to E.164 first), as the screen pop does.
   */
  listContacts: {
    parameters: {
      query?: {
        /** @description Name, company or part of a phone number */
        search?: string;
        /** @description Exact phone look-up, normalised to E.164 */
        phone?: string;
      };
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: {
                id: string;
                name: string;
                company?: string;
                /** @description E.164 */
                phones: string[];
                /** @description V12: calls from this contact go to this user first */
                responsibleUserId?: string;
              }[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Add a CRM contact (supervisor or admin; agents read only)
   * @description Phones are normalised to E.164 with the workspace’s default country.
   */
  createContact: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          id?: string;
          name: string;
          company?: string | null;
          /** @description Each is validated and normalised to E.164 (W6) */
          phones?: string[];
          responsibleUserId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            id: string;
            name: string;
            company?: string;
            /** @description E.164 */
            phones: string[];
            /** @description V12: calls from this contact go to this user first */
            responsibleUserId?: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * One CRM contact
   * @description Name, company, phones and the responsible user.
   */
  getContact: {
    parameters: {
      path: {
        workspaceId: string;
        contactId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            company?: string;
            /** @description E.164 */
            phones: string[];
            /** @description V12: calls from this contact go to this user first */
            responsibleUserId?: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Remove a CRM contact (supervisor or admin; agents read only)
   * @description Supervisors and admins; agents read contacts only.
   */
  deleteContact: {
    parameters: {
      path: {
        workspaceId: string;
        contactId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Change a CRM contact (supervisor or admin; agents read only)
   * @description Supervisors and admins; agents read contacts only. Only the fields sent change.
   */
  updateContact: {
    parameters: {
      path: {
        workspaceId: string;
        contactId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          name?: string;
          company?: string | null;
          /** @description Each is validated and normalised to E.164 (W6) */
          phones?: string[];
          responsibleUserId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            company?: string;
            /** @description E.164 */
            phones: string[];
            /** @description V12: calls from this contact go to this user first */
            responsibleUserId?: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Telephony balance and SIP licence (W7; supervisor or admin)
   * @description The balance outbound calls are charged to, its currency, and whether the workspace has the SIP licence.
   */
  getBilling: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /** @description W7: telephony balance that rented numbers spend */
            balanceCents: number;
            /** @description ISO 4217 */
            currency: string;
            /** @description W7: sip numbers need an active SIP-connector licence */
            sipLicence: boolean;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Set the balance, currency or SIP licence (admin)
   * @description Only the fields sent change.
   */
  updateBilling: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          balanceCents?: number;
          /** @description ISO 4217, e.g. EUR */
          currency?: string;
          sipLicence?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /** @description W7: telephony balance that rented numbers spend */
            balanceCents: number;
            /** @description ISO 4217 */
            currency: string;
            /** @description W7: sip numbers need an active SIP-connector licence */
            sipLicence: boolean;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Credit added to the telephony balance, newest first (W7; supervisor or admin)
   * @description Each top-up with its amount and time.
   */
  listTopUps: {
    parameters: {
      query?: {
        limit?: number;
      };
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: {
                /** @description The event that added the credit */
                seq: number;
                /** Format: date-time */
                at: string;
                /** @description Credit added */
                amountCents: number;
                /** @description The balance right after it */
                balanceCents: number;
                /** @description ISO 4217 */
                currency: string;
              }[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Add credit to the telephony balance (admin)
   * @description Admin. The amount is added to the balance.
   */
  createTopUp: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Added to the balance */
          amountCents: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /** @description W7: telephony balance that rented numbers spend */
            balanceCents: number;
            /** @description ISO 4217 */
            currency: string;
            /** @description W7: sip numbers need an active SIP-connector licence */
            sipLicence: boolean;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Calls, newest first, with filters and a cursor; agents see the calls they answered, or with participant=<themself> every call they took part in
   * @description Filter by number, outcome, direction, status, phone, participant or period; pass nextCursor as cursor for the next page.
   */
  listCalls: {
    parameters: {
      query?: {
        numberId?: string;
        agentId?: string;
        /** @description Calls this user took part in: rang them, answered, placed or transferred by them (or filed to them); each item then says how. An agent may ask only for themself */
        participant?: string;
        outcome?: "answered" | "missed" | "abandoned" | "no_agent" | "voicemail" | "rejected" | "forwarded" | "callback";
        direction?: "inbound" | "outbound";
        /** @description ended: finished calls */
        status?: "ringing" | "connected" | "ended";
        /** @description Calls from or to this number (normalised as any typed number, W6) */
        phone?: string;
        /** @description Calls started at or after this time */
        from?: string;
        /** @description Calls started before this time */
        to?: string;
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: ({
                id: string;
                /** @enum {unknown} */
                direction: "inbound" | "outbound";
                numberId: string;
                from: string;
                to: string;
                contactId?: string;
                /** @description The user who answered */
                agentId?: string;
                /** @enum {unknown} */
                status: "ringing" | "connected" | "ended";
                outcome?: string;
                /** Format: date-time */
                startedAt: string;
                /** Format: date-time */
                answeredAt?: string;
                /** Format: date-time */
                endedAt?: string;
                /** @description With ?participant: how that user took part. Rang but no answeredAt: missed by them; transferredAt: passed on by them */
                participation?: {
                  userId: string;
                  /**
                   * Format: date-time
                   * @description First rang them
                   */
                  offeredAt?: string;
                  /**
                   * Format: date-time
                   * @description They answered
                   */
                  answeredAt?: string;
                  /**
                   * Format: date-time
                   * @description They placed it (outbound)
                   */
                  placedAt?: string;
                  /**
                   * Format: date-time
                   * @description A transfer they started completed
                   */
                  transferredAt?: string;
                };
              })[];
            nextCursor?: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Call an external number from a number assigned to you (W8); charged like a forward (V17)
   * @description Users call as themselves. API keys and supervisors may name `userId`.
   */
  placeCall: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          numberId: string;
          /** @description The number to call, E.164 (W6) */
          to: string;
          userId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            callId: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * One call: its record, its legs while live, and its complete ordered history (V18)
   * @description Agents see only calls they took part in (403 otherwise). live is present while the call is.
   */
  getCall: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            /** @enum {unknown} */
            direction: "inbound" | "outbound";
            numberId: string;
            from: string;
            to: string;
            contactId?: string;
            /** @description The user who answered */
            agentId?: string;
            /** @enum {unknown} */
            status: "ringing" | "connected" | "ended";
            outcome?: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            answeredAt?: string;
            /** Format: date-time */
            endedAt?: string;
            /** @description With ?participant: how that user took part. Rang but no answeredAt: missed by them; transferredAt: passed on by them */
            participation?: {
              userId: string;
              /**
               * Format: date-time
               * @description First rang them
               */
              offeredAt?: string;
              /**
               * Format: date-time
               * @description They answered
               */
              answeredAt?: string;
              /**
               * Format: date-time
               * @description They placed it (outbound)
               */
              placedAt?: string;
              /**
               * Format: date-time
               * @description A transfer they started completed
               */
              transferredAt?: string;
            };
            live?: {
              /** @description Where the call is now: playing, ringing, connected, voicemail, forwarding */
              phase: string;
              /** Format: date-time */
              startedAt: string;
              /** Format: date-time */
              answeredAt?: string;
              agentId?: string;
              legs: ({
                  id: string;
                  /** @enum {unknown} */
                  party: "customer" | "agent" | "external";
                  userId?: string;
                  number?: string;
                  /** @enum {unknown} */
                  status: "ringing" | "connected" | "ended";
                  /** Format: date-time */
                  startedAt: string;
                })[];
              /** @description The caller hears hold music (seed 000: transfer starts here) */
              held?: boolean;
              /** @description The transfer in progress (T1–T4), so a softphone can show the consult after a reload */
              transfer?: {
                id: string;
                initiatorId: string;
                /** @enum {unknown} */
                method: "direct" | "assisted";
                /** @description ringing_target, consulting or conference */
                state: string;
                target: {
                  /** @enum {unknown} */
                  kind: "user" | "external";
                  userId?: string;
                  number?: string;
                };
                note?: string;
                targetLegId: string;
                /** Format: date-time */
                startedAt: string;
              };
            };
            /** @description V18: everything that happened to the call, in order */
            history: components["schemas"]["HistoryEntry"][];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Drop the number’s pre-recorded message into the voicemail box that answered; you are free at once (V9)
   * @description The agent on the call (or a supervisor or admin) drops the message and leaves; the recording plays into the other side’s voicemail.
   */
  dropVoicemail: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Put the caller on hold (hold music)
   * @description The agent on the call, or a supervisor or admin.
   */
  holdCall: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
      };
    };
    /** @description Users act as themselves; API keys and supervisors name the agent */
    requestBody: {
      content: {
        "application/json": {
          userId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Take the caller off hold
   * @description The agent on the call, or a supervisor or admin.
   */
  resumeCall: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
      };
    };
    /** @description Users act as themselves; API keys and supervisors name the agent */
    requestBody: {
      content: {
        "application/json": {
          userId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Leave the consult or conference: the caller is the target’s (T2)
   * @description The agent who started the transfer leaves; the caller stays with the target.
   */
  completeCallTransfer: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
      };
    };
    /** @description Users act as themselves; API keys and supervisors name the agent */
    requestBody: {
      content: {
        "application/json": {
          userId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Bring the caller, the target and you together (T2)
   * @description The agent who started the transfer, once the target is on the line.
   */
  conferenceCallTransfer: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
      };
    };
    /** @description Users act as themselves; API keys and supervisors name the agent */
    requestBody: {
      content: {
        "application/json": {
          userId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Go back to the held caller and end the consult (T2)
   * @description The agent who started the transfer; the caller comes back to them.
   */
  cancelCallTransfer: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
      };
    };
    /** @description Users act as themselves; API keys and supervisors name the agent */
    requestBody: {
      content: {
        "application/json": {
          userId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Transfer a held call to a member or an external number (T1, T3, T4; Business and Scale plans, W3)
   * @description Blind or consultative: the target rings while the caller holds; complete, conference or cancel decide what happens next.
   */
  transferCall: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          target: {
            /** @enum {unknown} */
            kind: "user" | "group" | "department" | "external";
            userId?: string;
            groupId?: string;
            departmentId?: string;
            /** @description E.164 (W6) */
            number?: string;
          };
          /**
           * @description direct (T1, default) or assisted (T2)
           * @enum {unknown}
           */
          method?: "direct" | "assisted";
          /** @description T3: shown to the target with the incoming call */
          note?: string;
          userId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            transferId: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * What an agent’s phone shows now: ringing, dialling and connected lines, on SIP or the simulated network (your own, or anyone’s as supervisor)
   * @description The lines the agent’s phone shows now, on SIP (desk phones and browser) or the simulated network. Agents read their own; supervisors anyone’s.
   */
  getUserPhone: {
    parameters: {
      path: {
        workspaceId: string;
        userId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            userId: string;
            lines: ({
                callId: string;
                legId: string;
                /** @enum {unknown} */
                direction: "inbound" | "outbound";
                /** @enum {unknown} */
                state: "ringing" | "dialing" | "connected";
                /** @description The calling number as the phone displays it */
                from: string;
                /** @description The number called */
                to: string;
                /** Format: date-time */
                since: string;
                transfer?: {
                  fromUserId: string;
                  /** @description T3: the transfer note, shown with the incoming call */
                  note?: string;
                };
              })[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Answer a ringing leg on this phone (the first answer wins) (agents: their own legs only)
   * @description Answers a ringing leg: the same command a desk phone’s answer submits. The first answer wins; the other phones stop ringing. 409 when the leg is not ringing.
   */
  answerLeg: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
        legId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Decline a ringing leg (agents: their own legs only)
   * @description Declines a ringing leg; routing goes on to the next agent or rule as for a missed offer.
   */
  rejectLeg: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
        legId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Hang up a leg (agents: their own legs only)
   * @description Hangs up the leg: the engine’s rules say whether the call ends or goes on (a transfer, a conference).
   */
  hangUpLeg: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
        legId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The agent’s keypad: tones to the other party (RFC 4733 on a SIP call; agents: their own connected legs only)
   * @description The agent’s keypad on a connected leg: RFC 4733 tones to the far party on a SIP call (an IVR, a customer), or to the simulated handset.
   */
  sendLegDigits: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
        legId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Keys pressed: 0-9, * or # */
          digits: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * An entity’s events in order: who changed what, and when (audit, V18)
   * @description What happened to the entity, in order: history entries, each with its sequence number, time, type and the version of that type’s shape; the engine’s bookkeeping (timers, seeds) is left out. A call’s and a conversation’s `history` hold the same entries. Each type carries these fields in `data` (times inside it are epoch milliseconds):
   *
   * - `billing.updated` v2: `billing`, `topUpCents`
   * - `call.action_taken` v2: `callId`, `action`, `reason`
   * - `call.awaiting_input` v1: `callId`, `menuId`, `untilAt`
   * - `call.charged` v1: `callId`, `legId`, `to`, `amountCents`, `connectedMs`
   * - `call.dequeued` v1: `callId`, `reason`
   * - `call.dtmf_received` v1: `callId`, `digits`
   * - `call.ended` v1: `callId`, `outcome`, `endedBy`
   * - `call.filed` v1: `callId`, `contactId`, `responsibleUserId`
   * - `call.forward_refused` v1: `callId`, `to`, `reason`
   * - `call.held` v1: `callId`, `userId`
   * - `call.leg_answered` v1: `callId`, `legId`, `userId`
   * - `call.leg_ended` v1: `callId`, `legId`, `userId`, `reason`
   * - `call.leg_ringing` v1: `callId`, `legId`, `userId`, `number`, `presentedNumber`, `transfer`, `position`
   * - `call.menu_choice` v2: `callId`, `menuId`, `input`, `action`, `reason`
   * - `call.menu_entered` v1: `callId`, `menuId`, `repeats`
   * - `call.monitor_changed` v1: `callId`, `legId`, `userId`, `mode`
   * - `call.monitor_followed` v1: `callId`, `legId`, `userId`, `mode`, `agentIds`
   * - `call.monitor_joined` v1: `callId`, `legId`, `userId`, `mode`
   * - `call.monitor_ringing` v1: `callId`, `legId`, `userId`, `mode`
   * - `call.offer_skipped` v1: `callId`, `userId`, `reason`
   * - `call.placed` v1: `callId`, `numberId`, `from`, `to`, `userId`, `agentLegId`, `customerLegId`
   * - `call.playing` v1: `callId`, `playback`, `text`, `untilAt`
   * - `call.quality_recorded` v1: `callId`, `legId`, `userId`, `jitterMs`, `lossPercent`, `rttMs`, `mos`
   * - `call.queued` v1: `callId`, `pool`, `position`
   * - `call.received` v1: `callId`, `numberId`, `from`, `to`, `contactId`, `customerLegId`
   * - `call.recording_started` v1: `callId`, `recordingId`
   * - `call.recording_stopped` v1: `callId`, `recordingId`, `durationMs`, `numberId`, `from`
   * - `call.resumed` v1: `callId`, `userId`
   * - `call.routed` v1: `callId`, `pool`, `strategy`, `poolSize`, `candidates`, `unlisted`, `offering`, `skills`
   * - `call.supervisor_action` v1: `callId`, `userId`, `action`, `agentId`, `target`
   * - `call.telephony_lost` v1: `callId`, `reason`
   * - `call.transfer_became_direct` v1: `callId`, `transferId`
   * - `call.transfer_cancelled` v1: `callId`, `transferId`, `reason`
   * - `call.transfer_completed` v1: `callId`, `transferId`, `userId`
   * - `call.transfer_conference_started` v1: `callId`, `transferId`
   * - `call.transfer_consulting` v1: `callId`, `transferId`
   * - `call.transfer_failed` v1: `callId`, `transferId`, `reason`, `returnTo`
   * - `call.transfer_started` v1: `callId`, `transferId`, `initiatorId`, `target`, `method`, `note`, `targetLegId`
   * - `call.voicedrop` v1: `callId`, `userId`
   * - `call.voicemail_left` v1: `callId`, `voicemailId`, `numberId`, `from`, `durationMs`
   * - `call.voicemail_recording` v1: `callId`, `voicemailId`
   * - `callback.connected` v1: `callbackId`, `callId`, `userId`
   * - `callback.dialing` v1: `callbackId`, `userId`, `callId`, `attempt`
   * - `callback.entering` v1: `callId`, `digits`
   * - `callback.finished` v1: `callbackId`, `outcome`, `userId`, `reason`
   * - `callback.offered` v1: `callbackId`, `userId`, `mode`
   * - `callback.prompted` v1: `callId`, `key`, `text`
   * - `callback.requested` v1: `callbackId`, `callId`, `numberId`, `pool`, `to`, `queuedAt`, `typed`
   * - `callback.requeued` v1: `callbackId`
   * - `callback.retry_scheduled` v1: `callbackId`, `at`, `attempt`
   * - `callback.returned` v1: `callbackId`, `userId`, `reason`
   * - `chat.department_configured` v1: `departmentId`, `settings`
   * - `contact.created` v2: `contact`
   * - `contact.removed` v1: `contactId`
   * - `contact.updated` v2: `contact`
   * - `conversation.assigned` v1: `conversationId`, `userId`, `by`, `position`
   * - `conversation.held` v1: `conversationId`, `userId`
   * - `conversation.message_received` v1: `conversationId`, `messageId`, `text`
   * - `conversation.note_added` v1: `conversationId`, `noteId`, `userId`, `text`, `kind`
   * - `conversation.opened` v1: `conversationId`, `channel`, `contact`, `departmentId`, `reopened`
   * - `conversation.pending` v1: `conversationId`, `userId`
   * - `conversation.queued` v1: `conversationId`, `departmentId`, `position`
   * - `conversation.reply_sent` v1: `conversationId`, `messageId`, `userId`, `text`
   * - `conversation.resolved` v1: `conversationId`, `userId`, `assigneeId`
   * - `conversation.resumed` v1: `conversationId`, `userId`
   * - `conversation.routed` v1: `conversationId`, `departmentId`, `strategy`, `candidates`, `unlisted`, `skills`
   * - `conversation.transferred` v1: `conversationId`, `fromUserId`, `by`, `byKey`, `to`, `reason`
   * - `conversation.unassigned` v1: `conversationId`, `userId`, `reason`
   * - `department.created` v2: `department`
   * - `department.removed` v1: `departmentId`
   * - `department.updated` v1: `departmentId`, `name`, `memberIds`
   * - `group.removed` v1: `groupId`
   * - `group.saved` v2: `group`
   * - `ivr_menu.removed` v1: `menuId`
   * - `ivr_menu.saved` v2: `menu`
   * - `number.added` v2: `number`
   * - `number.configured` v2: `numberId`, `settings`
   * - `number.removed` v1: `numberId`
   * - `number.updated` v1: `numberId`, `changes`
   * - `presence.changed` v1: `userId`, `from`, `to`, `reason`
   * - `routing.relaxed` v1: `callId`, `conversationId`, `required`, `relaxed`
   * - `routing_rules.saved` v2: `target`, `rule`
   * - `sip.account_removed` v1: `userId`
   * - `sip.account_set` v1: `userId`, `username`
   * - `sip.device_registered` v1: `userId`
   * - `sip.devices_gone` v1: `userId`
   * - `sip.trunk_configured` v2: `trunk`
   * - `user.created` v2: `user`, `departmentIds`, `numberIds`
   * - `user.removed` v1: `userId`
   * - `user.updated` v2: `userId`, `changes`, `departmentIds`
   * - `voicemail.heard` v1: `voicemailId`, `numberId`, `userId`
   * - `webhook.created` v2: `webhook`
   * - `webhook.removed` v1: `webhookId`
   * - `webhook.updated` v1: `webhookId`, `url`, `events`, `enabled`, `description`
   * - `workflow.branch_taken` v1: `runId`, `workflowId`, `conversationId`, `callId`, `stepId`, `path`, `why`
   * - `workflow.draft_saved` v1: `workflowId`, `name`, `definition`
   * - `workflow.enabled_set` v1: `workflowId`, `enabled`
   * - `workflow.published` v1: `workflowId`, `version`, `definition`
   * - `workflow.removed` v1: `workflowId`
   * - `workflow.run_finished` v1: `runId`, `workflowId`, `conversationId`, `callId`, `reason`
   * - `workflow.run_started` v1: `runId`, `workflowId`, `conversationId`, `callId`, `version`, `stepId`, `call`, `contact`
   * - `workflow.step_entered` v1: `runId`, `workflowId`, `conversationId`, `callId`, `stepId`, `kind`
   * - `workflow.step_result` v1: `runId`, `workflowId`, `conversationId`, `callId`, `stepId`, `result`, `outcome`, `previousAssigneeId`, `rotation`, `linkedConversationId`
   * - `workspace.created` v1: `name`, `plan`, `timeZone`, `defaultCountry`
   * - `workspace.updated` v2: `changes`
   * - `wrap_up.ended` v1: `userId`, `channel`, `reason`
   * - `wrap_up.extended` v1: `userId`, `channel`, `until`
   * - `wrap_up.started` v1: `userId`, `channel`, `seconds`, `until`, `source`
   */
  getEntityHistory: {
    parameters: {
      query?: {
        /** @description Events after this sequence number */
        afterSeq?: number;
        limit?: number;
      };
      path: {
        workspaceId: string;
        entityType: "workspace" | "user" | "department" | "webhook" | "number" | "contact" | "call" | "group" | "ivr_menu" | "conversation" | "workflow" | "callback";
        /** @description For the workspace itself: `-` (or the workspace id) */
        entityId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /** @description The entries in log order; the engine’s bookkeeping (timers) is left out, so a page may hold fewer */
            items: components["schemas"]["HistoryEntry"][];
            /** @description Pass as afterSeq for the next page; absent on the last */
            nextAfterSeq?: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * A channel integration delivers a contact’s message (C1): it opens a conversation, or adds to the open one
   * @description Without conversationId, the message joins the open conversation of this contact on this channel, or opens a new one. A contact whose conversation was resolved and who writes again opens a NEW conversation (a new id is returned), also when the resolved conversation’s id is sent: resolved conversations stay closed, with their history intact. A retried delivery (same channelMessageId) is acknowledged with duplicate: true and adds nothing. Needs a workspace API key (any role) or an admin.
   */
  deliverChannelMessage: {
    parameters: {
      path: {
        workspaceId: string;
        /** @description The channel: webchat, whatsapp, … */
        channel: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          conversationId?: string;
          contact: {
            address: string;
            name?: string;
          };
          /** @description The channel’s id for this message: a retried delivery with the same id is not a new message */
          channelMessageId: string;
          text: string;
          /** @description Where a new conversation goes; the first department by name when left out */
          departmentId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            conversationId: string;
            duplicate: boolean;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Contact-facing: a conversation as its contact sees it, without internal notes or transfer reasons (C3)
   * @description For the web-chat widget and channel integrations: only the contact’s messages and the agents’ replies, never internal notes or transfer reasons. The contact is named by channel and address; another contact’s conversation answers 404. For now it needs a workspace API key (any role) or an admin; the widget will get its own contact session later.
   */
  listChannelConversationMessages: {
    parameters: {
      query: {
        /** @description The contact’s address: only their own conversation answers */
        address: string;
        afterSeq?: number;
        limit?: number;
      };
      path: {
        workspaceId: string;
        /** @description The channel: webchat, whatsapp, … */
        channel: string;
        conversationId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            conversationId: string;
            /** @enum {unknown} */
            status: "open" | "resolved";
            items: ({
                seq: number;
                id: string;
                /** @enum {unknown} */
                from: "contact" | "agent";
                agentName?: string;
                text: string;
                /** Format: date-time */
                at: string;
              })[];
            /** @description Pass as afterSeq; absent on the last page */
            nextAfterSeq?: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Conversations, newest first (C1). Agents see their own and their departments’ queues; supervisors and admins all
   * @description Filter by status, assignee, department, channel, pending or opening period; pass nextCursor as cursor for the next page.
   */
  listConversations: {
    parameters: {
      query?: {
        /** @description open: anything not resolved */
        status?: "open" | "queued" | "assigned" | "pending" | "on_hold" | "resolved";
        /** @description `me`, or a user id */
        assignee?: "me" | string;
        departmentId?: string;
        /** @description `me`, or a user id */
        pending?: "me" | string;
        /** @description webchat, whatsapp, … */
        channel?: string;
        /** @description Opened at or after this time */
        from?: string;
        /** @description Opened before this time */
        to?: string;
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: ({
                id: string;
                /** @description webchat, whatsapp, … */
                channel: string;
                contact: {
                  /** @description The contact on the channel: a visitor id, a phone number, … */
                  address: string;
                  name?: string;
                  /** @description Given by the contact (the web-chat page asks) */
                  email?: string;
                  contactId?: string;
                };
                departmentId?: string;
                /** @description The agent who has it; for status pending, whose pending list it waits in (C5) */
                assigneeId?: string;
                /** @enum {unknown} */
                status: "queued" | "assigned" | "pending" | "on_hold" | "resolved";
                /** @description Place in its department’s queue (1 = next) */
                queuePosition?: number;
                /** Format: date-time */
                openedAt: string;
                /** Format: date-time */
                lastIncomingAt?: string;
                /** Format: date-time */
                lastOutgoingAt?: string;
                /** Format: date-time */
                resolvedAt?: string;
                resolvedBy?: string;
                /** @description C4: the last transfer: whose it was, who transferred it, why, and to where */
                transfer?: {
                  /** @description Whose it was: the previous assignee */
                  fromUserId?: string;
                  fromName?: string;
                  /** @description The user who transferred it */
                  by?: string;
                  byName?: string;
                  /** @description When no user transferred it: the server admin key or a workspace API key */
                  byKey?: {
                    /** @enum {unknown} */
                    kind: "admin" | "api_key";
                    /** @description api_key: which key */
                    keyId?: string;
                  };
                  reason?: string;
                  to: {
                    /** @enum {unknown} */
                    kind: "department" | "agent";
                    departmentId?: string;
                    userId?: string;
                  };
                  /** Format: date-time */
                  at: string;
                };
                /** @description In lists: the last message of the exchange with the contact, for the inbox preview. Internal notes are never it (read them in the conversation) */
                lastMessage?: {
                  seq: number;
                  /**
                   * @description incoming: the contact’s; reply: an agent’s
                   * @enum {unknown}
                   */
                  kind: "incoming" | "reply";
                  /** @description The agent who replied */
                  userId?: string;
                  text: string;
                  /** Format: date-time */
                  at: string;
                };
              })[];
            nextCursor?: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * One conversation with its messages, internal notes and history; shows a transfer’s sender and reason (C4)
   * @description Agents see their own conversations and their departments’ queues (403 otherwise). The first page of messages; GET …/messages pages on.
   */
  getConversation: {
    parameters: {
      path: {
        workspaceId: string;
        conversationId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            /** @description webchat, whatsapp, … */
            channel: string;
            contact: {
              /** @description The contact on the channel: a visitor id, a phone number, … */
              address: string;
              name?: string;
              /** @description Given by the contact (the web-chat page asks) */
              email?: string;
              contactId?: string;
            };
            departmentId?: string;
            /** @description The agent who has it; for status pending, whose pending list it waits in (C5) */
            assigneeId?: string;
            /** @enum {unknown} */
            status: "queued" | "assigned" | "pending" | "on_hold" | "resolved";
            /** @description Place in its department’s queue (1 = next) */
            queuePosition?: number;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            lastIncomingAt?: string;
            /** Format: date-time */
            lastOutgoingAt?: string;
            /** Format: date-time */
            resolvedAt?: string;
            resolvedBy?: string;
            /** @description C4: the last transfer: whose it was, who transferred it, why, and to where */
            transfer?: {
              /** @description Whose it was: the previous assignee */
              fromUserId?: string;
              fromName?: string;
              /** @description The user who transferred it */
              by?: string;
              byName?: string;
              /** @description When no user transferred it: the server admin key or a workspace API key */
              byKey?: {
                /** @enum {unknown} */
                kind: "admin" | "api_key";
                /** @description api_key: which key */
                keyId?: string;
              };
              reason?: string;
              to: {
                /** @enum {unknown} */
                kind: "department" | "agent";
                departmentId?: string;
                userId?: string;
              };
              /** Format: date-time */
              at: string;
            };
            /** @description In lists: the last message of the exchange with the contact, for the inbox preview. Internal notes are never it (read them in the conversation) */
            lastMessage?: {
              seq: number;
              /**
               * @description incoming: the contact’s; reply: an agent’s
               * @enum {unknown}
               */
              kind: "incoming" | "reply";
              /** @description The agent who replied */
              userId?: string;
              text: string;
              /** Format: date-time */
              at: string;
            };
            /** @description Messages and internal notes in order (the first 500); agents see notes, contacts never do */
            messages: ({
                /** @description Order in the conversation; pass as afterSeq to page */
                seq: number;
                id: string;
                /** @enum {unknown} */
                kind: "incoming" | "reply" | "note" | "transfer_reason";
                /**
                 * @description internal: notes and transfer reasons (C3), never shown to the contact
                 * @enum {unknown}
                 */
                visibility: "contact" | "internal";
                userId?: string;
                text: string;
                /** Format: date-time */
                at: string;
              })[];
            /** @description C3: the conversation’s events in order (the first 500): routing, transfers with reasons, … */
            history: components["schemas"]["HistoryEntry"][];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * A conversation’s messages and internal notes in order, page by page (afterSeq)
   * @description Pass nextAfterSeq as afterSeq for the next page.
   */
  listConversationMessages: {
    parameters: {
      query?: {
        /** @description Messages after this seq */
        afterSeq?: number;
        limit?: number;
      };
      path: {
        workspaceId: string;
        conversationId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: ({
                /** @description Order in the conversation; pass as afterSeq to page */
                seq: number;
                id: string;
                /** @enum {unknown} */
                kind: "incoming" | "reply" | "note" | "transfer_reason";
                /**
                 * @description internal: notes and transfer reasons (C3), never shown to the contact
                 * @enum {unknown}
                 */
                visibility: "contact" | "internal";
                userId?: string;
                text: string;
                /** Format: date-time */
                at: string;
              })[];
            /** @description Pass as afterSeq; absent on the last page */
            nextAfterSeq?: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Reply to the contact: agents on their own conversations, supervisors and admins on any
   * @description A signed-in user only (not an API key). Sent to the contact through the conversation’s channel; refused with 409 on a resolved conversation.
   */
  replyToConversation: {
    parameters: {
      path: {
        workspaceId: string;
        conversationId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          text: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            /** @description Order in the conversation; pass as afterSeq to page */
            seq: number;
            id: string;
            /** @enum {unknown} */
            kind: "incoming" | "reply" | "note" | "transfer_reason";
            /**
             * @description internal: notes and transfer reasons (C3), never shown to the contact
             * @enum {unknown}
             */
            visibility: "contact" | "internal";
            userId?: string;
            text: string;
            /** Format: date-time */
            at: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Add an internal note: shown to agents, never to the contact
   * @description A signed-in user only (not an API key); refused with 409 on a resolved conversation.
   */
  addConversationNote: {
    parameters: {
      path: {
        workspaceId: string;
        conversationId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          text: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            /** @description Order in the conversation; pass as afterSeq to page */
            seq: number;
            id: string;
            /** @enum {unknown} */
            kind: "incoming" | "reply" | "note" | "transfer_reason";
            /**
             * @description internal: notes and transfer reasons (C3), never shown to the contact
             * @enum {unknown}
             */
            visibility: "contact" | "internal";
            userId?: string;
            text: string;
            /** Format: date-time */
            at: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Take a conversation from a queue or your pending list (userId: you by default), or hand it to an agent (supervisor, admin)
   * @description Answers the conversation as it is after the assignment.
   */
  assignConversation: {
    parameters: {
      path: {
        workspaceId: string;
        conversationId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          userId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            /** @description webchat, whatsapp, … */
            channel: string;
            contact: {
              /** @description The contact on the channel: a visitor id, a phone number, … */
              address: string;
              name?: string;
              /** @description Given by the contact (the web-chat page asks) */
              email?: string;
              contactId?: string;
            };
            departmentId?: string;
            /** @description The agent who has it; for status pending, whose pending list it waits in (C5) */
            assigneeId?: string;
            /** @enum {unknown} */
            status: "queued" | "assigned" | "pending" | "on_hold" | "resolved";
            /** @description Place in its department’s queue (1 = next) */
            queuePosition?: number;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            lastIncomingAt?: string;
            /** Format: date-time */
            lastOutgoingAt?: string;
            /** Format: date-time */
            resolvedAt?: string;
            resolvedBy?: string;
            /** @description C4: the last transfer: whose it was, who transferred it, why, and to where */
            transfer?: {
              /** @description Whose it was: the previous assignee */
              fromUserId?: string;
              fromName?: string;
              /** @description The user who transferred it */
              by?: string;
              byName?: string;
              /** @description When no user transferred it: the server admin key or a workspace API key */
              byKey?: {
                /** @enum {unknown} */
                kind: "admin" | "api_key";
                /** @description api_key: which key */
                keyId?: string;
              };
              reason?: string;
              to: {
                /** @enum {unknown} */
                kind: "department" | "agent";
                departmentId?: string;
                userId?: string;
              };
              /** Format: date-time */
              at: string;
            };
            /** @description In lists: the last message of the exchange with the contact, for the inbox preview. Internal notes are never it (read them in the conversation) */
            lastMessage?: {
              seq: number;
              /**
               * @description incoming: the contact’s; reply: an agent’s
               * @enum {unknown}
               */
              kind: "incoming" | "reply";
              /** @description The agent who replied */
              userId?: string;
              text: string;
              /** Format: date-time */
              at: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Transfer to a department or an agent (C2), with an optional reason (C3); an unavailable agent gets it in their pending list (C5)
   * @description to.kind department needs to.departmentId, agent needs to.userId. Answers the conversation as it is after the transfer.
   */
  transferConversation: {
    parameters: {
      path: {
        workspaceId: string;
        conversationId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          to: {
            /** @enum {unknown} */
            kind: "department" | "agent";
            departmentId?: string;
            userId?: string;
          };
          /** @description C3: kept as an internal message the contact never sees, and shown to the receiver (C4) */
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            /** @description webchat, whatsapp, … */
            channel: string;
            contact: {
              /** @description The contact on the channel: a visitor id, a phone number, … */
              address: string;
              name?: string;
              /** @description Given by the contact (the web-chat page asks) */
              email?: string;
              contactId?: string;
            };
            departmentId?: string;
            /** @description The agent who has it; for status pending, whose pending list it waits in (C5) */
            assigneeId?: string;
            /** @enum {unknown} */
            status: "queued" | "assigned" | "pending" | "on_hold" | "resolved";
            /** @description Place in its department’s queue (1 = next) */
            queuePosition?: number;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            lastIncomingAt?: string;
            /** Format: date-time */
            lastOutgoingAt?: string;
            /** Format: date-time */
            resolvedAt?: string;
            resolvedBy?: string;
            /** @description C4: the last transfer: whose it was, who transferred it, why, and to where */
            transfer?: {
              /** @description Whose it was: the previous assignee */
              fromUserId?: string;
              fromName?: string;
              /** @description The user who transferred it */
              by?: string;
              byName?: string;
              /** @description When no user transferred it: the server admin key or a workspace API key */
              byKey?: {
                /** @enum {unknown} */
                kind: "admin" | "api_key";
                /** @description api_key: which key */
                keyId?: string;
              };
              reason?: string;
              to: {
                /** @enum {unknown} */
                kind: "department" | "agent";
                departmentId?: string;
                userId?: string;
              };
              /** Format: date-time */
              at: string;
            };
            /** @description In lists: the last message of the exchange with the contact, for the inbox preview. Internal notes are never it (read them in the conversation) */
            lastMessage?: {
              seq: number;
              /**
               * @description incoming: the contact’s; reply: an agent’s
               * @enum {unknown}
               */
              kind: "incoming" | "reply";
              /** @description The agent who replied */
              userId?: string;
              text: string;
              /** Format: date-time */
              at: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Put your conversation on hold: it keeps its capacity slot
   * @description Answers the conversation as it is after.
   */
  holdConversation: {
    parameters: {
      path: {
        workspaceId: string;
        conversationId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            /** @description webchat, whatsapp, … */
            channel: string;
            contact: {
              /** @description The contact on the channel: a visitor id, a phone number, … */
              address: string;
              name?: string;
              /** @description Given by the contact (the web-chat page asks) */
              email?: string;
              contactId?: string;
            };
            departmentId?: string;
            /** @description The agent who has it; for status pending, whose pending list it waits in (C5) */
            assigneeId?: string;
            /** @enum {unknown} */
            status: "queued" | "assigned" | "pending" | "on_hold" | "resolved";
            /** @description Place in its department’s queue (1 = next) */
            queuePosition?: number;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            lastIncomingAt?: string;
            /** Format: date-time */
            lastOutgoingAt?: string;
            /** Format: date-time */
            resolvedAt?: string;
            resolvedBy?: string;
            /** @description C4: the last transfer: whose it was, who transferred it, why, and to where */
            transfer?: {
              /** @description Whose it was: the previous assignee */
              fromUserId?: string;
              fromName?: string;
              /** @description The user who transferred it */
              by?: string;
              byName?: string;
              /** @description When no user transferred it: the server admin key or a workspace API key */
              byKey?: {
                /** @enum {unknown} */
                kind: "admin" | "api_key";
                /** @description api_key: which key */
                keyId?: string;
              };
              reason?: string;
              to: {
                /** @enum {unknown} */
                kind: "department" | "agent";
                departmentId?: string;
                userId?: string;
              };
              /** Format: date-time */
              at: string;
            };
            /** @description In lists: the last message of the exchange with the contact, for the inbox preview. Internal notes are never it (read them in the conversation) */
            lastMessage?: {
              seq: number;
              /**
               * @description incoming: the contact’s; reply: an agent’s
               * @enum {unknown}
               */
              kind: "incoming" | "reply";
              /** @description The agent who replied */
              userId?: string;
              text: string;
              /** Format: date-time */
              at: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Take a held conversation back
   * @description Answers the conversation as it is after.
   */
  resumeConversation: {
    parameters: {
      path: {
        workspaceId: string;
        conversationId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            /** @description webchat, whatsapp, … */
            channel: string;
            contact: {
              /** @description The contact on the channel: a visitor id, a phone number, … */
              address: string;
              name?: string;
              /** @description Given by the contact (the web-chat page asks) */
              email?: string;
              contactId?: string;
            };
            departmentId?: string;
            /** @description The agent who has it; for status pending, whose pending list it waits in (C5) */
            assigneeId?: string;
            /** @enum {unknown} */
            status: "queued" | "assigned" | "pending" | "on_hold" | "resolved";
            /** @description Place in its department’s queue (1 = next) */
            queuePosition?: number;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            lastIncomingAt?: string;
            /** Format: date-time */
            lastOutgoingAt?: string;
            /** Format: date-time */
            resolvedAt?: string;
            resolvedBy?: string;
            /** @description C4: the last transfer: whose it was, who transferred it, why, and to where */
            transfer?: {
              /** @description Whose it was: the previous assignee */
              fromUserId?: string;
              fromName?: string;
              /** @description The user who transferred it */
              by?: string;
              byName?: string;
              /** @description When no user transferred it: the server admin key or a workspace API key */
              byKey?: {
                /** @enum {unknown} */
                kind: "admin" | "api_key";
                /** @description api_key: which key */
                keyId?: string;
              };
              reason?: string;
              to: {
                /** @enum {unknown} */
                kind: "department" | "agent";
                departmentId?: string;
                userId?: string;
              };
              /** Format: date-time */
              at: string;
            };
            /** @description In lists: the last message of the exchange with the contact, for the inbox preview. Internal notes are never it (read them in the conversation) */
            lastMessage?: {
              seq: number;
              /**
               * @description incoming: the contact’s; reply: an agent’s
               * @enum {unknown}
               */
              kind: "incoming" | "reply";
              /** @description The agent who replied */
              userId?: string;
              text: string;
              /** Format: date-time */
              at: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Resolve: the conversation closes; the contact writing again opens a new one
   * @description Frees the agent’s chat slot; the next conversation waiting may be offered to them at once.
   */
  resolveConversation: {
    parameters: {
      path: {
        workspaceId: string;
        conversationId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            /** @description webchat, whatsapp, … */
            channel: string;
            contact: {
              /** @description The contact on the channel: a visitor id, a phone number, … */
              address: string;
              name?: string;
              /** @description Given by the contact (the web-chat page asks) */
              email?: string;
              contactId?: string;
            };
            departmentId?: string;
            /** @description The agent who has it; for status pending, whose pending list it waits in (C5) */
            assigneeId?: string;
            /** @enum {unknown} */
            status: "queued" | "assigned" | "pending" | "on_hold" | "resolved";
            /** @description Place in its department’s queue (1 = next) */
            queuePosition?: number;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            lastIncomingAt?: string;
            /** Format: date-time */
            lastOutgoingAt?: string;
            /** Format: date-time */
            resolvedAt?: string;
            resolvedBy?: string;
            /** @description C4: the last transfer: whose it was, who transferred it, why, and to where */
            transfer?: {
              /** @description Whose it was: the previous assignee */
              fromUserId?: string;
              fromName?: string;
              /** @description The user who transferred it */
              by?: string;
              byName?: string;
              /** @description When no user transferred it: the server admin key or a workspace API key */
              byKey?: {
                /** @enum {unknown} */
                kind: "admin" | "api_key";
                /** @description api_key: which key */
                keyId?: string;
              };
              reason?: string;
              to: {
                /** @enum {unknown} */
                kind: "department" | "agent";
                departmentId?: string;
                userId?: string;
              };
              /** Format: date-time */
              at: string;
            };
            /** @description In lists: the last message of the exchange with the contact, for the inbox preview. Internal notes are never it (read them in the conversation) */
            lastMessage?: {
              seq: number;
              /**
               * @description incoming: the contact’s; reply: an agent’s
               * @enum {unknown}
               */
              kind: "incoming" | "reply";
              /** @description The agent who replied */
              userId?: string;
              text: string;
              /** Format: date-time */
              at: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * C2: where a conversation can be transferred: departments with member counts, agents with presence and load (available first); search by name
   * @description Departments with memberCount and readyCount (members online with chat room); agents with presence and load, those who could take it first, then the least loaded.
   */
  listChatTransferTargets: {
    parameters: {
      query?: {
        search?: string;
      };
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            departments: {
                id: string;
                name: string;
                memberCount: number;
                /** @description Members who could take a conversation now: online, with chat room (C5) */
                readyCount: number;
              }[];
            /** @description Available agents first, then the least loaded */
            agents: ({
                id: string;
                name: string;
                /** @enum {unknown} */
                presence: "online" | "pre_pause" | "pause" | "offline";
                /** @description Open conversations / chat capacity, e.g. 1/10 */
                load: string;
                /** @description Online with room; others get it in their pending list (C5) */
                available: boolean;
                unavailableReason?: string;
              })[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * C5: pending lists: conversations transferred to agents who could not take them. Supervisors and admins see every agent’s; agents their own
   * @description Grouped by agent, by name.
   */
  listPendingConversations: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: ({
                userId: string;
                name: string;
                /** @enum {unknown} */
                presence: "online" | "pre_pause" | "pause" | "offline";
                conversations: ({
                    id: string;
                    /** @description webchat, whatsapp, … */
                    channel: string;
                    contact: {
                      /** @description The contact on the channel: a visitor id, a phone number, … */
                      address: string;
                      name?: string;
                      /** @description Given by the contact (the web-chat page asks) */
                      email?: string;
                      contactId?: string;
                    };
                    departmentId?: string;
                    /** @description The agent who has it; for status pending, whose pending list it waits in (C5) */
                    assigneeId?: string;
                    /** @enum {unknown} */
                    status: "queued" | "assigned" | "pending" | "on_hold" | "resolved";
                    /** @description Place in its department’s queue (1 = next) */
                    queuePosition?: number;
                    /** Format: date-time */
                    openedAt: string;
                    /** Format: date-time */
                    lastIncomingAt?: string;
                    /** Format: date-time */
                    lastOutgoingAt?: string;
                    /** Format: date-time */
                    resolvedAt?: string;
                    resolvedBy?: string;
                    /** @description C4: the last transfer: whose it was, who transferred it, why, and to where */
                    transfer?: {
                      /** @description Whose it was: the previous assignee */
                      fromUserId?: string;
                      fromName?: string;
                      /** @description The user who transferred it */
                      by?: string;
                      byName?: string;
                      /** @description When no user transferred it: the server admin key or a workspace API key */
                      byKey?: {
                        /** @enum {unknown} */
                        kind: "admin" | "api_key";
                        /** @description api_key: which key */
                        keyId?: string;
                      };
                      reason?: string;
                      to: {
                        /** @enum {unknown} */
                        kind: "department" | "agent";
                        departmentId?: string;
                        userId?: string;
                      };
                      /** Format: date-time */
                      at: string;
                    };
                    /** @description In lists: the last message of the exchange with the contact, for the inbox preview. Internal notes are never it (read them in the conversation) */
                    lastMessage?: {
                      seq: number;
                      /**
                       * @description incoming: the contact’s; reply: an agent’s
                       * @enum {unknown}
                       */
                      kind: "incoming" | "reply";
                      /** @description The agent who replied */
                      userId?: string;
                      text: string;
                      /** Format: date-time */
                      at: string;
                    };
                  })[];
              })[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * How a department hands out conversations, and what happens to an offline agent’s
   * @description strategy: least_busy, round_robin or manual; onAgentOffline: keep, requeue or reassign.
   */
  getDepartmentChatSettings: {
    parameters: {
      path: {
        workspaceId: string;
        departmentId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            departmentId: string;
            /**
             * @description least_busy: fewest open conversations; round_robin: in turn; manual: agents pull from the queue
             * @enum {unknown}
             */
            strategy: "least_busy" | "round_robin" | "manual";
            /**
             * @description What happens to an agent’s open conversations when they go offline
             * @enum {unknown}
             */
            onAgentOffline: "keep" | "requeue" | "reassign";
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Change a department’s chat strategy or offline rule (admin)
   * @description Give strategy, onAgentOffline or both; the new strategy applies to the next conversation routed.
   */
  updateDepartmentChatSettings: {
    parameters: {
      path: {
        workspaceId: string;
        departmentId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {unknown} */
          strategy?: "least_busy" | "round_robin" | "manual";
          /** @enum {unknown} */
          onAgentOffline?: "keep" | "requeue" | "reassign";
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            departmentId: string;
            /**
             * @description least_busy: fewest open conversations; round_robin: in turn; manual: agents pull from the queue
             * @enum {unknown}
             */
            strategy: "least_busy" | "round_robin" | "manual";
            /**
             * @description What happens to an agent’s open conversations when they go offline
             * @enum {unknown}
             */
            onAgentOffline: "keep" | "requeue" | "reassign";
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Voicemails (V8), newest first; agents see those of the numbers assigned to them (W8)
   * @description Supervisors and admins see every number’s; pass nextCursor as cursor for the next page.
   */
  listVoicemails: {
    parameters: {
      query?: {
        numberId?: string;
        /** @description true: only heard ones; false: only unheard ones */
        heard?: boolean;
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: {
                id: string;
                callId: string;
                numberId: string;
                /** @description The caller, E.164 */
                from: string;
                durationMs: number;
                /** Format: date-time */
                createdAt: string;
                /** @description GET it with the bearer header (a page fetches it and plays an object URL; a token in the URL is refused) */
                audioUrl: string;
                heard: boolean;
                /** Format: date-time */
                heardAt?: string;
                /** @description The user who marked it heard */
                heardBy?: string;
              }[];
            nextCursor?: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * A voicemail’s audio (audio/wav), to play or download; 404 audio_not_ready until it arrives
   * @description download=true answers it as an attachment. Agents only hear voicemails of their assigned numbers (403 otherwise).
   */
  getVoicemailAudio: {
    parameters: {
      query?: {
        /** @description true: sent as an attachment to save */
        download?: boolean;
      };
      path: {
        workspaceId: string;
        voicemailId: string;
      };
    };
    responses: {
      /** @description The audio: WAV, 16-bit mono PCM at 8 kHz */
      200: {
        content: {
          "audio/wav": string;
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Mark a voicemail heard (V8); marking one already heard changes nothing
   * @description Agents only on their assigned numbers; answers 204.
   */
  markVoicemailHeard: {
    parameters: {
      path: {
        workspaceId: string;
        voicemailId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * A call’s recordings (V2); agents see those of calls they answered
   * @description Each recording with its length and when it started.
   */
  listCallRecordings: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: {
                id: string;
                callId: string;
                numberId: string;
                /** @description The caller, E.164 */
                from: string;
                durationMs: number;
                /** Format: date-time */
                createdAt: string;
                /** @description GET it with the bearer header (a page fetches it and plays an object URL; a token in the URL is refused) */
                audioUrl: string;
              }[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * A call recording’s audio (audio/wav), to play or download; 404 audio_not_ready until it arrives
   * @description download=true answers it as an attachment. Agents only hear recordings of calls they answered (403 otherwise).
   */
  getRecordingAudio: {
    parameters: {
      query?: {
        /** @description true: sent as an attachment to save */
        download?: boolean;
      };
      path: {
        workspaceId: string;
        recordingId: string;
      };
    };
    responses: {
      /** @description The audio: WAV, 16-bit mono PCM at 8 kHz */
      200: {
        content: {
          "audio/wav": string;
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The live wallboard: callers and chats waiting, agents by presence, today’s calls and service level
   * @description Agents may read it too; only supervisors and admins see the callers’ numbers. Today is midnight to now in the workspace’s time zone, at the server’s clock.
   */
  getWallboard: {
    parameters: {
      query?: {
        /** @description The service-level threshold: a call answered within this many seconds counts as on time */
        serviceLevelSec?: number;
      };
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /**
             * Format: date-time
             * @description The server clock’s time the board was computed at
             */
            now: string;
            timeZone: string;
            serviceLevelSec: number;
            calls: {
              /** @description Inbound callers not yet answered, oldest first */
              waiting: ({
                  callId: string;
                  numberId: string;
                  /** @description The caller (supervisors and admins only) */
                  from?: string;
                  /** @enum {unknown} */
                  phase: "playing" | "menu" | "queued" | "ringing";
                  /**
                   * Format: date-time
                   * @description When the caller started waiting (the call began)
                   */
                  since: string;
                })[];
              /** @description Calls in conversation with an agent now */
              connected: number;
            };
            chats: {
              /** @description Queued in a department or pending for an agent, oldest first */
              waiting: ({
                  conversationId: string;
                  channel: string;
                  departmentId?: string;
                  /** @enum {unknown} */
                  status: "queued" | "pending";
                  /**
                   * Format: date-time
                   * @description When it started waiting for an agent
                   */
                  since: string;
                })[];
              /** @description Conversations assigned to an agent now */
              open: number;
            };
            /** @description Every user of the workspace, by name */
            agents: ({
                userId: string;
                name: string;
                /** @enum {unknown} */
                presence: "online" | "pre_pause" | "pause" | "offline";
                /** Format: date-time */
                presenceSince: string;
                /** @description Connected to a call now */
                onCall: boolean;
                /** @description Conversations assigned to them now */
                openChats: number;
                /** @description R2: the channels they are wrapping up on now */
                wrapUp?: ("voice" | "chat")[];
              })[];
            today: {
              /**
               * Format: date-time
               * @description Midnight in the workspace’s time zone
               */
              since: string;
              /** @description Inbound calls today that were answered or ended (those still waiting are not counted yet) */
              offered: number;
              answered: number;
              answeredWithinThreshold: number;
              /** @description Ended without an agent answering (abandoned, voicemail, no agent, …) */
              missed: number;
              /** @description Sent on to an outside number */
              forwarded: number;
              /** @description answeredWithinThreshold / offered; null before any call today */
              serviceLevel: number | null;
              /** @description Mean time to answer of today’s answered calls */
              averageAnswerSec: number | null;
              /** @description Today’s hours so far, from midnight */
              byHour: {
                  /** @description Local hour in the workspace’s time zone */
                  hour: number;
                  answered: number;
                  missed: number;
                }[];
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * A customer calls a workspace number (any member of the workspace may simulate this)
   * @description The call goes through the number’s settings as a real one would; answers the call id to follow it with.
   */
  simPlaceInboundCall: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description The customer’s number, E.164 */
          from: string;
          /** @description A number of this workspace, E.164 */
          to: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            callId: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The call as the customer’s handset knows it, with what every leg on the line hears now (ended calls stay visible a while)
   * @description The handset’s state (ringing, connected, ended) and every leg with its status.
   */
  simGetCall: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            callId: string;
            /** @enum {unknown} */
            direction: "inbound" | "outbound";
            from: string;
            to: string;
            /** @enum {unknown} */
            state: "ringing" | "playing" | "menu" | "queued" | "connected" | "held" | "voicemail" | "ended";
            playing?: {
              media: string;
              text?: string;
            };
            queuePosition?: number;
            /** @description R3: what the waiting caller was told over the hold music */
            announcements?: string[];
            recording: boolean;
            /** @description User ids of agents, or external E.164 numbers */
            connectedTo: string[];
            /** @description Every leg on the line (the caller, agents’ phones, external numbers) and what it hears now; ringing legs join once answered */
            legs: ({
                legId: string;
                /** @enum {unknown} */
                party: "customer" | "agent" | "external";
                /** @description An agent’s leg: whose phone */
                userId?: string;
                /** @description An external leg: the E.164 number */
                number?: string;
                /** @description hold_music while held (during an assisted transfer’s consult too), ringback while phones ring, prompt for a message or menu, busy for the busy tone, silence otherwise, or the legs it talks to */
                hears: ("silence" | "ringback" | "busy" | "prompt" | "hold_music") | {
                  legIds: string[];
                };
              })[];
            digits: string;
            /** @description Tones the agents’ keypads sent to the customer (DTMF) */
            heardDigits: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            answeredAt?: string;
            /** Format: date-time */
            endedAt?: string;
            outcome?: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The customer presses keys (DTMF)
   * @description An IVR menu reacts to them as to real tones.
   */
  simSendCallerDigits: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Keys pressed: 0-9, * or # */
          digits: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            callId: string;
            /** @enum {unknown} */
            direction: "inbound" | "outbound";
            from: string;
            to: string;
            /** @enum {unknown} */
            state: "ringing" | "playing" | "menu" | "queued" | "connected" | "held" | "voicemail" | "ended";
            playing?: {
              media: string;
              text?: string;
            };
            queuePosition?: number;
            /** @description R3: what the waiting caller was told over the hold music */
            announcements?: string[];
            recording: boolean;
            /** @description User ids of agents, or external E.164 numbers */
            connectedTo: string[];
            /** @description Every leg on the line (the caller, agents’ phones, external numbers) and what it hears now; ringing legs join once answered */
            legs: ({
                legId: string;
                /** @enum {unknown} */
                party: "customer" | "agent" | "external";
                /** @description An agent’s leg: whose phone */
                userId?: string;
                /** @description An external leg: the E.164 number */
                number?: string;
                /** @description hold_music while held (during an assisted transfer’s consult too), ringback while phones ring, prompt for a message or menu, busy for the busy tone, silence otherwise, or the legs it talks to */
                hears: ("silence" | "ringback" | "busy" | "prompt" | "hold_music") | {
                  legIds: string[];
                };
              })[];
            digits: string;
            /** @description Tones the agents’ keypads sent to the customer (DTMF) */
            heardDigits: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            answeredAt?: string;
            /** Format: date-time */
            endedAt?: string;
            outcome?: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The customer picks up an agent’s outgoing call
   * @description For outbound calls placed by an agent: the customer’s side answers.
   */
  simAnswerOutboundCall: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            callId: string;
            /** @enum {unknown} */
            direction: "inbound" | "outbound";
            from: string;
            to: string;
            /** @enum {unknown} */
            state: "ringing" | "playing" | "menu" | "queued" | "connected" | "held" | "voicemail" | "ended";
            playing?: {
              media: string;
              text?: string;
            };
            queuePosition?: number;
            /** @description R3: what the waiting caller was told over the hold music */
            announcements?: string[];
            recording: boolean;
            /** @description User ids of agents, or external E.164 numbers */
            connectedTo: string[];
            /** @description Every leg on the line (the caller, agents’ phones, external numbers) and what it hears now; ringing legs join once answered */
            legs: ({
                legId: string;
                /** @enum {unknown} */
                party: "customer" | "agent" | "external";
                /** @description An agent’s leg: whose phone */
                userId?: string;
                /** @description An external leg: the E.164 number */
                number?: string;
                /** @description hold_music while held (during an assisted transfer’s consult too), ringback while phones ring, prompt for a message or menu, busy for the busy tone, silence otherwise, or the legs it talks to */
                hears: ("silence" | "ringback" | "busy" | "prompt" | "hold_music") | {
                  legIds: string[];
                };
              })[];
            digits: string;
            /** @description Tones the agents’ keypads sent to the customer (DTMF) */
            heardDigits: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            answeredAt?: string;
            /** Format: date-time */
            endedAt?: string;
            outcome?: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The customer hangs up
   * @description The call ends for everyone on it.
   */
  simHangUpCaller: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            callId: string;
            /** @enum {unknown} */
            direction: "inbound" | "outbound";
            from: string;
            to: string;
            /** @enum {unknown} */
            state: "ringing" | "playing" | "menu" | "queued" | "connected" | "held" | "voicemail" | "ended";
            playing?: {
              media: string;
              text?: string;
            };
            queuePosition?: number;
            /** @description R3: what the waiting caller was told over the hold music */
            announcements?: string[];
            recording: boolean;
            /** @description User ids of agents, or external E.164 numbers */
            connectedTo: string[];
            /** @description Every leg on the line (the caller, agents’ phones, external numbers) and what it hears now; ringing legs join once answered */
            legs: ({
                legId: string;
                /** @enum {unknown} */
                party: "customer" | "agent" | "external";
                /** @description An agent’s leg: whose phone */
                userId?: string;
                /** @description An external leg: the E.164 number */
                number?: string;
                /** @description hold_music while held (during an assisted transfer’s consult too), ringback while phones ring, prompt for a message or menu, busy for the busy tone, silence otherwise, or the legs it talks to */
                hears: ("silence" | "ringback" | "busy" | "prompt" | "hold_music") | {
                  legIds: string[];
                };
              })[];
            digits: string;
            /** @description Tones the agents’ keypads sent to the customer (DTMF) */
            heardDigits: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            answeredAt?: string;
            /** Format: date-time */
            endedAt?: string;
            outcome?: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The agent’s keypad sends tones (DTMF) on their connected leg to the other party (agents: their own legs only)
   * @description Digits 0–9, * and #, sent to the other side of the connected leg.
   */
  simSendLegDigits: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
        legId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Keys pressed: 0-9, * or # */
          digits: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Answer a ringing leg as the phone it rings on (agents: their own legs only)
   * @description With simultaneous ringing the first leg answered wins and the others stop ringing.
   */
  simAnswerLeg: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
        legId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Decline a ringing leg as the phone it rings on (agents: their own legs only)
   * @description The call goes on as the number’s settings say (the next agent, voicemail …).
   */
  simRejectLeg: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
        legId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Hang up a leg as the phone it rings on (agents: their own legs only)
   * @description Ends the leg; the call ends when nobody is left on it with the caller.
   */
  simHangUpLeg: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
        legId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * What if (admin, M4): the workspace’s configuration and a changed one under the same traffic
   * @description Runs the real routing engine on a virtual clock, twice: as configured and with the changes. Traffic is generated (traffic) or a recorded period replayed (replay). At most 50000 expected calls per run. The runs take a worker thread, one job at a time, never the server’s event loop. This request waits for the result; POST /simulation-jobs starts one to poll.
   */
  runSimulation: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          traffic?: {
            /** Format: date-time */
            start?: string;
            hours?: number;
            intervalMinutes?: number;
            thresholdSec?: number;
            answerDelaySec?: number;
            /** @description how long a caller takes to press a key after a menu prompt (2 s by default) */
            keyDelaySec?: number;
            handleTime: {
              /** @enum {unknown} */
              distribution: "exponential" | "lognormal";
              meanSec: number;
              cv?: number;
            };
            patience?: {
              /** @enum {unknown} */
              distribution: "none" | "exponential";
              meanSec?: number;
            };
            streams: {
                number: string;
                callsPerHour: number[];
                /** @description Share of callers pressing each key sequence in the number’s IVR menus, one key per menu heard (e.g. {"1": 0.6, "21": 0.3}); the rest stay silent. */
                keys?: {
                  [key: string]: number;
                };
              }[];
          };
          replay?: {
            /** Format: date-time */
            from: string;
            hours: number;
            thresholdSec?: number;
          };
          changes?: {
            agents?: number;
            /** @enum {unknown} */
            strategy?: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
            alwaysOpen?: boolean;
            trafficScale?: number;
          };
          seed?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /** Format: date-time */
            startAt: string;
            thresholdSec: number;
            configured: {
              /** @description agents taking the traffic’s calls */
              agents: number;
              overall: {
                offered: number | null;
                answered: number | null;
                abandoned: number | null;
                other: number | null;
                serviceLevel: number | null;
                asa: number | null;
                waitProbability: number | null;
                abandonment: number | null;
                occupancy: number | null;
                queueLength: number | null;
                maxQueue: number | null;
                agents: number | null;
              };
              intervals: ({
                  /** Format: date-time */
                  start: string;
                } & ({
                  offered: number | null;
                  answered: number | null;
                  abandoned: number | null;
                  other: number | null;
                  serviceLevel: number | null;
                  asa: number | null;
                  waitProbability: number | null;
                  abandonment: number | null;
                  occupancy: number | null;
                  queueLength: number | null;
                  maxQueue: number | null;
                  agents: number | null;
                }))[];
              answeredBy: {
                [key: string]: number;
              };
            };
            changed: {
              /** @description agents taking the traffic’s calls */
              agents: number;
              overall: {
                offered: number | null;
                answered: number | null;
                abandoned: number | null;
                other: number | null;
                serviceLevel: number | null;
                asa: number | null;
                waitProbability: number | null;
                abandonment: number | null;
                occupancy: number | null;
                queueLength: number | null;
                maxQueue: number | null;
                agents: number | null;
              };
              intervals: ({
                  /** Format: date-time */
                  start: string;
                } & ({
                  offered: number | null;
                  answered: number | null;
                  abandoned: number | null;
                  other: number | null;
                  serviceLevel: number | null;
                  asa: number | null;
                  waitProbability: number | null;
                  abandonment: number | null;
                  occupancy: number | null;
                  queueLength: number | null;
                  maxQueue: number | null;
                  agents: number | null;
                }))[];
              answeredBy: {
                [key: string]: number;
              };
            };
            actual?: {
              offered: number | null;
              answered: number | null;
              abandoned: number | null;
              other: number | null;
              serviceLevel: number | null;
              asa: number | null;
              waitProbability: number | null;
              abandonment: number | null;
              occupancy: number | null;
              queueLength: number | null;
              maxQueue: number | null;
              agents: number | null;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * What if (admin, M4) as a job: starts it and answers at once; GET it for progress and result
   * @description Runs the real routing engine on a virtual clock, twice: as configured and with the changes. Traffic is generated (traffic) or a recorded period replayed (replay). At most 50000 expected calls per run. The runs take a worker thread, one job at a time, never the server’s event loop.
   */
  startSimulationJob: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          traffic?: {
            /** Format: date-time */
            start?: string;
            hours?: number;
            intervalMinutes?: number;
            thresholdSec?: number;
            answerDelaySec?: number;
            /** @description how long a caller takes to press a key after a menu prompt (2 s by default) */
            keyDelaySec?: number;
            handleTime: {
              /** @enum {unknown} */
              distribution: "exponential" | "lognormal";
              meanSec: number;
              cv?: number;
            };
            patience?: {
              /** @enum {unknown} */
              distribution: "none" | "exponential";
              meanSec?: number;
            };
            streams: {
                number: string;
                callsPerHour: number[];
                /** @description Share of callers pressing each key sequence in the number’s IVR menus, one key per menu heard (e.g. {"1": 0.6, "21": 0.3}); the rest stay silent. */
                keys?: {
                  [key: string]: number;
                };
              }[];
          };
          replay?: {
            /** Format: date-time */
            from: string;
            hours: number;
            thresholdSec?: number;
          };
          changes?: {
            agents?: number;
            /** @enum {unknown} */
            strategy?: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
            alwaysOpen?: boolean;
            trafficScale?: number;
          };
          seed?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      202: {
        content: {
          "application/json": {
            id: string;
            /** @enum {unknown} */
            status: "queued" | "running" | "done" | "failed";
            /** @description share of both runs done */
            progress: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            finishedAt?: string;
            result?: {
              /** Format: date-time */
              startAt: string;
              thresholdSec: number;
              configured: {
                /** @description agents taking the traffic’s calls */
                agents: number;
                overall: {
                  offered: number | null;
                  answered: number | null;
                  abandoned: number | null;
                  other: number | null;
                  serviceLevel: number | null;
                  asa: number | null;
                  waitProbability: number | null;
                  abandonment: number | null;
                  occupancy: number | null;
                  queueLength: number | null;
                  maxQueue: number | null;
                  agents: number | null;
                };
                intervals: ({
                    /** Format: date-time */
                    start: string;
                  } & ({
                    offered: number | null;
                    answered: number | null;
                    abandoned: number | null;
                    other: number | null;
                    serviceLevel: number | null;
                    asa: number | null;
                    waitProbability: number | null;
                    abandonment: number | null;
                    occupancy: number | null;
                    queueLength: number | null;
                    maxQueue: number | null;
                    agents: number | null;
                  }))[];
                answeredBy: {
                  [key: string]: number;
                };
              };
              changed: {
                /** @description agents taking the traffic’s calls */
                agents: number;
                overall: {
                  offered: number | null;
                  answered: number | null;
                  abandoned: number | null;
                  other: number | null;
                  serviceLevel: number | null;
                  asa: number | null;
                  waitProbability: number | null;
                  abandonment: number | null;
                  occupancy: number | null;
                  queueLength: number | null;
                  maxQueue: number | null;
                  agents: number | null;
                };
                intervals: ({
                    /** Format: date-time */
                    start: string;
                  } & ({
                    offered: number | null;
                    answered: number | null;
                    abandoned: number | null;
                    other: number | null;
                    serviceLevel: number | null;
                    asa: number | null;
                    waitProbability: number | null;
                    abandonment: number | null;
                    occupancy: number | null;
                    queueLength: number | null;
                    maxQueue: number | null;
                    agents: number | null;
                  }))[];
                answeredBy: {
                  [key: string]: number;
                };
              };
              actual?: {
                offered: number | null;
                answered: number | null;
                abandoned: number | null;
                other: number | null;
                serviceLevel: number | null;
                asa: number | null;
                waitProbability: number | null;
                abandonment: number | null;
                occupancy: number | null;
                queueLength: number | null;
                maxQueue: number | null;
                agents: number | null;
              };
            };
            error?: {
              code: string;
              message: string;
              field?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * A what-if job: queued, running (with its progress), done (with its result) or failed (why)
   * @description A what-if job’s status and progress (0 to 1), then its result, or the error naming its field.
   */
  getSimulationJob: {
    parameters: {
      path: {
        workspaceId: string;
        jobId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            /** @enum {unknown} */
            status: "queued" | "running" | "done" | "failed";
            /** @description share of both runs done */
            progress: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            finishedAt?: string;
            result?: {
              /** Format: date-time */
              startAt: string;
              thresholdSec: number;
              configured: {
                /** @description agents taking the traffic’s calls */
                agents: number;
                overall: {
                  offered: number | null;
                  answered: number | null;
                  abandoned: number | null;
                  other: number | null;
                  serviceLevel: number | null;
                  asa: number | null;
                  waitProbability: number | null;
                  abandonment: number | null;
                  occupancy: number | null;
                  queueLength: number | null;
                  maxQueue: number | null;
                  agents: number | null;
                };
                intervals: ({
                    /** Format: date-time */
                    start: string;
                  } & ({
                    offered: number | null;
                    answered: number | null;
                    abandoned: number | null;
                    other: number | null;
                    serviceLevel: number | null;
                    asa: number | null;
                    waitProbability: number | null;
                    abandonment: number | null;
                    occupancy: number | null;
                    queueLength: number | null;
                    maxQueue: number | null;
                    agents: number | null;
                  }))[];
                answeredBy: {
                  [key: string]: number;
                };
              };
              changed: {
                /** @description agents taking the traffic’s calls */
                agents: number;
                overall: {
                  offered: number | null;
                  answered: number | null;
                  abandoned: number | null;
                  other: number | null;
                  serviceLevel: number | null;
                  asa: number | null;
                  waitProbability: number | null;
                  abandonment: number | null;
                  occupancy: number | null;
                  queueLength: number | null;
                  maxQueue: number | null;
                  agents: number | null;
                };
                intervals: ({
                    /** Format: date-time */
                    start: string;
                  } & ({
                    offered: number | null;
                    answered: number | null;
                    abandoned: number | null;
                    other: number | null;
                    serviceLevel: number | null;
                    asa: number | null;
                    waitProbability: number | null;
                    abandonment: number | null;
                    occupancy: number | null;
                    queueLength: number | null;
                    maxQueue: number | null;
                    agents: number | null;
                  }))[];
                answeredBy: {
                  [key: string]: number;
                };
              };
              actual?: {
                offered: number | null;
                answered: number | null;
                abandoned: number | null;
                other: number | null;
                serviceLevel: number | null;
                asa: number | null;
                waitProbability: number | null;
                abandonment: number | null;
                occupancy: number | null;
                queueLength: number | null;
                maxQueue: number | null;
                agents: number | null;
              };
            };
            error?: {
              code: string;
              message: string;
              field?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The SIP trunk (admin)
   * @description null when the workspace has no trunk.
   */
  getSipTrunk: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": ({
            /** @description IP addresses or CIDR ranges the carrier sends calls from; anything else gets 403 */
            allowedSources: string[];
            /** @description Where forwards and external transfers are sent */
            outbound?: {
              host: string;
              port: number;
              transport: "udp" | "tcp";
            };
          }) | null;
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Set the SIP trunk: who may send calls in, where outbound legs go (admin)
   * @description Admin. Replaces the whole trunk.
   */
  setSipTrunk: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description IP addresses or CIDR ranges the carrier sends calls from; anything else gets 403 */
          allowedSources: string[];
          /** @description Where forwards and external transfers are sent */
          outbound?: {
            host: string;
            port: number;
            transport: "udp" | "tcp";
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /** @description IP addresses or CIDR ranges the carrier sends calls from; anything else gets 403 */
            allowedSources: string[];
            /** @description Where forwards and external transfers are sent */
            outbound?: {
              host: string;
              port: number;
              transport: "udp" | "tcp";
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * A user's SIP account and registered phones
   * @description The account’s username and the phones registered with it now; never its password.
   */
  getUserSipAccount: {
    parameters: {
      path: {
        workspaceId: string;
        userId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            username: string;
            realm: string;
            registered: boolean;
            devices: {
                contact: string;
                transport: string;
                address: string;
                /** Format: date-time */
                expiresAt: string;
              }[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Set a user's SIP credentials for their phones (admin)
   * @description Only a digest of the password is kept, never shown by any API or stream.
   */
  setUserSipAccount: {
    parameters: {
      path: {
        workspaceId: string;
        userId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          username: string;
          /** @description Only its digest hashes (MD5 and SHA-256 HA1) are kept */
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            username: string;
            realm: string;
            registered: boolean;
            devices: {
                contact: string;
                transport: string;
                address: string;
                /** Format: date-time */
                expiresAt: string;
              }[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Remove a user's SIP account (admin)
   * @description Admin. Its phones can no longer register.
   */
  deleteUserSipAccount: {
    parameters: {
      path: {
        workspaceId: string;
        userId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Which of a number’s prompts are its own uploads and which play the default (supervisors, admins)
   * @description For each prompt (welcome, menu, closed, voicemail greeting): uploaded, with its length, or the default.
   */
  listNumberPrompts: {
    parameters: {
      path: {
        workspaceId: string;
        numberId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: ({
                /**
                 * @description Which prompt: an IVR menu’s is always menu
                 * @enum {unknown}
                 */
                prompt: "welcome" | "menu" | "closed" | "voicemail_greeting";
                /** @description uploaded: its own WAV; default: the built-in spoken prompt in the number’s language */
                source: "uploaded" | "default";
                /** @description The uploaded audio’s length */
                durationMs?: number;
                audioUrl?: string;
              })[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * A number’s uploaded prompt (audio/wav); 404 when it plays the default
   * @description The uploaded WAV as stored; 404 when the number plays the default prompt.
   */
  getNumberPrompt: {
    parameters: {
      path: {
        workspaceId: string;
        numberId: string;
        /** @description welcome, menu (the IVR menu), closed (the closed / out-of-hours message), voicemail_greeting */
        prompt: "welcome" | "menu" | "closed" | "voicemail_greeting";
      };
    };
    responses: {
      /** @description The prompt as uploaded: WAV, 8 kHz mono, 16-bit PCM or µ-law */
      200: {
        content: {
          "audio/wav": string;
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Upload a number’s prompt (admins): WAV, 8 kHz mono, 16-bit PCM or µ-law, at most 1 MiB and 60 s
   * @description Body: the WAV file itself, with Content-Type audio/wav. It replaces the previous upload.
   */
  uploadNumberPrompt: {
    parameters: {
      path: {
        workspaceId: string;
        numberId: string;
        /** @description welcome, menu (the IVR menu), closed (the closed / out-of-hours message), voicemail_greeting */
        prompt: "welcome" | "menu" | "closed" | "voicemail_greeting";
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /**
             * @description Which prompt: an IVR menu’s is always menu
             * @enum {unknown}
             */
            prompt: "welcome" | "menu" | "closed" | "voicemail_greeting";
            /** @description uploaded: its own WAV; default: the built-in spoken prompt in the number’s language */
            source: "uploaded" | "default";
            /** @description The uploaded audio’s length */
            durationMs?: number;
            audioUrl?: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Withdraw a number’s uploaded prompt (admins): it plays the default again
   * @description Withdraws the upload; the number plays the built-in spoken prompt again.
   */
  deleteNumberPrompt: {
    parameters: {
      path: {
        workspaceId: string;
        numberId: string;
        /** @description welcome, menu (the IVR menu), closed (the closed / out-of-hours message), voicemail_greeting */
        prompt: "welcome" | "menu" | "closed" | "voicemail_greeting";
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Whether an IVR menu plays its own uploaded prompt (supervisors, admins)
   * @description Whether the menu plays its own upload (with its length) or, without one, the number’s menu upload (for the menu a number answers with) or the built-in spoken prompt.
   */
  getIvrMenuPrompt: {
    parameters: {
      path: {
        workspaceId: string;
        menuId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /**
             * @description Which prompt: an IVR menu’s is always menu
             * @enum {unknown}
             */
            prompt: "welcome" | "menu" | "closed" | "voicemail_greeting";
            /** @description uploaded: its own WAV; default: the built-in spoken prompt in the number’s language */
            source: "uploaded" | "default";
            /** @description The uploaded audio’s length */
            durationMs?: number;
            audioUrl?: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * An IVR menu’s uploaded prompt (audio/wav); 404 when it has none
   * @description The menu’s uploaded WAV as stored; 404 when it has none.
   */
  getIvrMenuPromptAudio: {
    parameters: {
      path: {
        workspaceId: string;
        menuId: string;
      };
    };
    responses: {
      /** @description The prompt as uploaded: WAV, 8 kHz mono, 16-bit PCM or µ-law */
      200: {
        content: {
          "audio/wav": string;
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Upload an IVR menu’s prompt (admins): WAV, 8 kHz mono, 16-bit PCM or µ-law, at most 1 MiB and 60 s
   * @description Body: the WAV file itself, with Content-Type audio/wav. It replaces the previous upload.
   */
  uploadIvrMenuPrompt: {
    parameters: {
      path: {
        workspaceId: string;
        menuId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /**
             * @description Which prompt: an IVR menu’s is always menu
             * @enum {unknown}
             */
            prompt: "welcome" | "menu" | "closed" | "voicemail_greeting";
            /** @description uploaded: its own WAV; default: the built-in spoken prompt in the number’s language */
            source: "uploaded" | "default";
            /** @description The uploaded audio’s length */
            durationMs?: number;
            audioUrl?: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Withdraw an IVR menu’s uploaded prompt (admins)
   * @description Withdraws the menu’s upload.
   */
  deleteIvrMenuPrompt: {
    parameters: {
      path: {
        workspaceId: string;
        menuId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * A user’s registered SIP phones: from where, with what, until when (the user, supervisors, admins)
   * @description Each registered SIP phone of the user: its name (User-Agent), address, transport and expiry.
   */
  listUserSipPhones: {
    parameters: {
      path: {
        workspaceId: string;
        userId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /** @description The user’s SIP credentials (the username only); null when an admin has set none */
            account: {
              username: string;
            } | null;
            registered: boolean;
            devices: {
                /** @description The Contact URI the phone registered */
                contact: string;
                transport: string;
                /** @description Where its REGISTER came from (address:port) */
                address: string;
                /** @description The phone’s own name (User-Agent) */
                userAgent?: string;
                /** Format: date-time */
                expiresAt: string;
              }[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The trunk’s outbound credentials: the username only (admin)
   * @description Whether outbound digest credentials are set, and their username; the password is never answered.
   */
  getTrunkCredentials: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            username: string;
            /** @description Always true: the password itself is never answered */
            passwordSet: boolean;
          } | null;
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Set the credentials the carrier asks for on outbound calls (digest, admin)
   * @description The username and password the carrier’s 401/407 challenges ask for. Kept outside the event log, the database and the YAML export, in an owner-only file.
   */
  setTrunkCredentials: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          username: string;
          /** @description Never answered back, logged or exported */
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            username: string;
            /** @description Always true: the password itself is never answered */
            passwordSet: boolean;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Forget the trunk’s outbound credentials (admin)
   * @description Forgets the credentials: outbound INVITEs the carrier challenges then fail.
   */
  deleteTrunkCredentials: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The server’s clock: system or virtual, and its time
   * @description Whether the server runs a system or a virtual clock, and its time now. Timers and the wallboard use this clock.
   */
  getClock: {
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /** @enum {unknown} */
            kind: "system" | "virtual";
            /** Format: date-time */
            now: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Move a virtual clock forward, firing due timers on the way (server admin key; on a demo server, the demo workspace’s admins too)
   * @description Virtual clock only: moves time forward by the milliseconds given, firing every timer due on the way in order. Refused on a system clock.
   */
  advanceClock: {
    requestBody: {
      content: {
        "application/json": {
          /** @description How far to move time, 1 ms to 7 days */
          ms: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /** @enum {unknown} */
            kind: "system" | "virtual";
            /** Format: date-time */
            now: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * List workflows
   * @description Supervisors and admins. Each workflow with its draft, versions and how many runs are going now.
   */
  listWorkflows: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: ({
                id: string;
                name: string;
                enabled: boolean;
                draft: {
                  trigger: {
                    /** @enum {unknown} */
                    kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                    /** @enum {unknown} */
                    match: "all" | "any";
                    conditions: (({
                        /** @enum {string} */
                        field: "source";
                        /** @enum {unknown} */
                        op: "eq" | "neq";
                        /** @enum {unknown} */
                        value: "contact" | "agent";
                      }) | ({
                        /** @enum {unknown} */
                        field: "channel" | "department" | "number";
                        /** @enum {unknown} */
                        op: "eq" | "neq";
                        value: string;
                      }) | ({
                        /** @enum {string} */
                        field: "outcome";
                        /** @enum {unknown} */
                        op: "eq" | "neq";
                        /** @enum {unknown} */
                        value: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
                      }) | ({
                        /** @enum {unknown} */
                        field: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                        /** @enum {unknown} */
                        op: "eq" | "neq" | "exists" | "not_exists";
                        value?: string;
                      }))[];
                  };
                  start: string;
                  steps: (({
                      id: string;
                      /** @enum {string} */
                      kind: "assign";
                      target: {
                        /** @enum {string} */
                        kind: "agent";
                        userId: string;
                      } | ({
                        /** @enum {string} */
                        kind: "team";
                        departmentId: string;
                        /** @enum {unknown} */
                        strategy: "round_robin" | "least_open";
                      }) | {
                        /** @enum {string} */
                        kind: "contact_owner";
                      };
                      onlineOnly: boolean;
                      skills?: {
                          skill: string;
                          minLevel: number;
                          relax?: {
                            afterSec: number;
                            minLevel: number;
                          };
                        }[];
                      /** @enum {unknown} */
                      whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
                      goto?: string;
                      next?: string;
                    }) | {
                      id: string;
                      /** @enum {string} */
                      kind: "wait";
                      seconds: number;
                      next?: string;
                    } | ({
                      id: string;
                      /** @enum {string} */
                      kind: "branch";
                      /** @enum {unknown} */
                      match: "all" | "any";
                      conditions: (({
                          /** @enum {string} */
                          subject: "status";
                          /** @enum {unknown} */
                          op: "eq" | "neq";
                          /** @enum {unknown} */
                          value: "open" | "assigned" | "queued" | "pending" | "on_hold" | "resolved";
                        }) | ({
                          /** @enum {unknown} */
                          subject: "assignee" | "last_outgoing";
                          /** @enum {unknown} */
                          op: "exists" | "not_exists";
                        }) | {
                          /** @enum {string} */
                          subject: "last_outgoing";
                          /** @enum {string} */
                          op: "greater_than";
                          seconds: number;
                        } | ({
                          /** @enum {unknown} */
                          subject: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                          /** @enum {unknown} */
                          op: "eq" | "neq" | "exists" | "not_exists";
                          value?: string;
                        }))[];
                      onTrue: string;
                      onFalse: string;
                    }) | {
                      id: string;
                      /** @enum {string} */
                      kind: "add_comment";
                      text: string;
                      next?: string;
                    } | {
                      id: string;
                      /** @enum {string} */
                      kind: "create_conversation";
                      channel: string;
                      departmentId?: string;
                      text?: string;
                      next?: string;
                    } | {
                      id: string;
                      /** @enum {string} */
                      kind: "close";
                      next?: string;
                    } | {
                      id: string;
                      /** @enum {string} */
                      kind: "end";
                    })[];
                };
                /** @description Published versions, oldest first; version n is versions[n-1] */
                versions: ({
                    trigger: {
                      /** @enum {unknown} */
                      kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                      /** @enum {unknown} */
                      match: "all" | "any";
                      conditions: (({
                          /** @enum {string} */
                          field: "source";
                          /** @enum {unknown} */
                          op: "eq" | "neq";
                          /** @enum {unknown} */
                          value: "contact" | "agent";
                        }) | ({
                          /** @enum {unknown} */
                          field: "channel" | "department" | "number";
                          /** @enum {unknown} */
                          op: "eq" | "neq";
                          value: string;
                        }) | ({
                          /** @enum {string} */
                          field: "outcome";
                          /** @enum {unknown} */
                          op: "eq" | "neq";
                          /** @enum {unknown} */
                          value: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
                        }) | ({
                          /** @enum {unknown} */
                          field: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                          /** @enum {unknown} */
                          op: "eq" | "neq" | "exists" | "not_exists";
                          value?: string;
                        }))[];
                    };
                    start: string;
                    steps: (({
                        id: string;
                        /** @enum {string} */
                        kind: "assign";
                        target: {
                          /** @enum {string} */
                          kind: "agent";
                          userId: string;
                        } | ({
                          /** @enum {string} */
                          kind: "team";
                          departmentId: string;
                          /** @enum {unknown} */
                          strategy: "round_robin" | "least_open";
                        }) | {
                          /** @enum {string} */
                          kind: "contact_owner";
                        };
                        onlineOnly: boolean;
                        skills?: {
                            skill: string;
                            minLevel: number;
                            relax?: {
                              afterSec: number;
                              minLevel: number;
                            };
                          }[];
                        /** @enum {unknown} */
                        whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
                        goto?: string;
                        next?: string;
                      }) | {
                        id: string;
                        /** @enum {string} */
                        kind: "wait";
                        seconds: number;
                        next?: string;
                      } | ({
                        id: string;
                        /** @enum {string} */
                        kind: "branch";
                        /** @enum {unknown} */
                        match: "all" | "any";
                        conditions: (({
                            /** @enum {string} */
                            subject: "status";
                            /** @enum {unknown} */
                            op: "eq" | "neq";
                            /** @enum {unknown} */
                            value: "open" | "assigned" | "queued" | "pending" | "on_hold" | "resolved";
                          }) | ({
                            /** @enum {unknown} */
                            subject: "assignee" | "last_outgoing";
                            /** @enum {unknown} */
                            op: "exists" | "not_exists";
                          }) | {
                            /** @enum {string} */
                            subject: "last_outgoing";
                            /** @enum {string} */
                            op: "greater_than";
                            seconds: number;
                          } | ({
                            /** @enum {unknown} */
                            subject: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                            /** @enum {unknown} */
                            op: "eq" | "neq" | "exists" | "not_exists";
                            value?: string;
                          }))[];
                        onTrue: string;
                        onFalse: string;
                      }) | {
                        id: string;
                        /** @enum {string} */
                        kind: "add_comment";
                        text: string;
                        next?: string;
                      } | {
                        id: string;
                        /** @enum {string} */
                        kind: "create_conversation";
                        channel: string;
                        departmentId?: string;
                        text?: string;
                        next?: string;
                      } | {
                        id: string;
                        /** @enum {string} */
                        kind: "close";
                        next?: string;
                      } | {
                        id: string;
                        /** @enum {string} */
                        kind: "end";
                      })[];
                  })[];
                runningInstances: number;
              })[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Create a workflow as a draft (admin); it runs only once published
   * @description The definition is checked on save, naming the step at fault; an id already taken is refused with 409.
   */
  createWorkflow: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          id?: string;
          name: string;
          definition: {
            trigger: {
              /** @enum {unknown} */
              kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
              /** @enum {unknown} */
              match?: "all" | "any";
              conditions?: ({
                  /** @description conversation triggers: source, channel, department; call_missed: number, outcome; any: contact.id, contact.name, contact.company, contact.phone, contact.responsible */
                  field: string;
                  /** @enum {unknown} */
                  op: "eq" | "neq" | "exists" | "not_exists";
                  value?: string;
                })[];
            };
            start: string;
            steps: (({
                id: string;
                /** @enum {string} */
                kind: "assign";
                target: {
                  /** @enum {string} */
                  kind: "agent";
                  userId: string;
                } | ({
                  /** @enum {string} */
                  kind: "team";
                  departmentId: string;
                  /**
                   * @description Left out: round_robin
                   * @enum {unknown}
                   */
                  strategy?: "round_robin" | "least_open";
                }) | {
                  /** @enum {string} */
                  kind: "contact_owner";
                };
                /** @description Left out: false */
                onlineOnly?: boolean;
                /** @description R1: only agents with all of these skills, each at its minimum level, qualify */
                skills?: {
                    skill: string;
                    minLevel: number;
                    relax?: {
                      afterSec: number;
                      minLevel: number;
                    };
                  }[];
                /**
                 * @description assign: leave it (default), queue it in the department, any_agent (again without onlineOnly), or goto a step
                 * @enum {unknown}
                 */
                whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
                goto?: string;
                next?: string;
              }) | {
                id: string;
                /** @enum {string} */
                kind: "wait";
                seconds: number;
                next?: string;
              } | ({
                id: string;
                /** @enum {string} */
                kind: "branch";
                /** @enum {unknown} */
                match?: "all" | "any";
                conditions?: ({
                    /** @description status, assignee, last_outgoing, or a contact field: contact.id, contact.name, contact.company, contact.phone, contact.responsible */
                    subject: string;
                    /** @enum {unknown} */
                    op: "eq" | "neq" | "exists" | "not_exists" | "greater_than";
                    value?: string;
                    seconds?: number;
                  })[];
                onTrue?: string;
                onFalse?: string;
              }) | {
                id: string;
                /** @enum {string} */
                kind: "add_comment";
                /** @description add_comment: {{previous_assignee}} and {{assignee}} are filled in; create_conversation: {{caller}}, {{contact}}, {{number}}, {{outcome}} */
                text?: string;
                next?: string;
              } | {
                id: string;
                /** @enum {string} */
                kind: "create_conversation";
                /** @description The channel (left out: callback) */
                channel?: string;
                departmentId?: string;
                /** @description add_comment: {{previous_assignee}} and {{assignee}} are filled in; create_conversation: {{caller}}, {{contact}}, {{number}}, {{outcome}} */
                text?: string;
                next?: string;
              } | {
                id: string;
                /** @enum {string} */
                kind: "close";
                next?: string;
              } | {
                id: string;
                /** @enum {string} */
                kind: "end";
              })[];
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            id: string;
            name: string;
            enabled: boolean;
            draft: {
              trigger: {
                /** @enum {unknown} */
                kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                /** @enum {unknown} */
                match: "all" | "any";
                conditions: (({
                    /** @enum {string} */
                    field: "source";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    /** @enum {unknown} */
                    value: "contact" | "agent";
                  }) | ({
                    /** @enum {unknown} */
                    field: "channel" | "department" | "number";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    value: string;
                  }) | ({
                    /** @enum {string} */
                    field: "outcome";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    /** @enum {unknown} */
                    value: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
                  }) | ({
                    /** @enum {unknown} */
                    field: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                    /** @enum {unknown} */
                    op: "eq" | "neq" | "exists" | "not_exists";
                    value?: string;
                  }))[];
              };
              start: string;
              steps: (({
                  id: string;
                  /** @enum {string} */
                  kind: "assign";
                  target: {
                    /** @enum {string} */
                    kind: "agent";
                    userId: string;
                  } | ({
                    /** @enum {string} */
                    kind: "team";
                    departmentId: string;
                    /** @enum {unknown} */
                    strategy: "round_robin" | "least_open";
                  }) | {
                    /** @enum {string} */
                    kind: "contact_owner";
                  };
                  onlineOnly: boolean;
                  skills?: {
                      skill: string;
                      minLevel: number;
                      relax?: {
                        afterSec: number;
                        minLevel: number;
                      };
                    }[];
                  /** @enum {unknown} */
                  whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
                  goto?: string;
                  next?: string;
                }) | {
                  id: string;
                  /** @enum {string} */
                  kind: "wait";
                  seconds: number;
                  next?: string;
                } | ({
                  id: string;
                  /** @enum {string} */
                  kind: "branch";
                  /** @enum {unknown} */
                  match: "all" | "any";
                  conditions: (({
                      /** @enum {string} */
                      subject: "status";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "open" | "assigned" | "queued" | "pending" | "on_hold" | "resolved";
                    }) | ({
                      /** @enum {unknown} */
                      subject: "assignee" | "last_outgoing";
                      /** @enum {unknown} */
                      op: "exists" | "not_exists";
                    }) | {
                      /** @enum {string} */
                      subject: "last_outgoing";
                      /** @enum {string} */
                      op: "greater_than";
                      seconds: number;
                    } | ({
                      /** @enum {unknown} */
                      subject: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                      /** @enum {unknown} */
                      op: "eq" | "neq" | "exists" | "not_exists";
                      value?: string;
                    }))[];
                  onTrue: string;
                  onFalse: string;
                }) | {
                  id: string;
                  /** @enum {string} */
                  kind: "add_comment";
                  text: string;
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "create_conversation";
                  channel: string;
                  departmentId?: string;
                  text?: string;
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "close";
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "end";
                })[];
            };
            /** @description Published versions, oldest first; version n is versions[n-1] */
            versions: ({
                trigger: {
                  /** @enum {unknown} */
                  kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                  /** @enum {unknown} */
                  match: "all" | "any";
                  conditions: (({
                      /** @enum {string} */
                      field: "source";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "contact" | "agent";
                    }) | ({
                      /** @enum {unknown} */
                      field: "channel" | "department" | "number";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      value: string;
                    }) | ({
                      /** @enum {string} */
                      field: "outcome";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
                    }) | ({
                      /** @enum {unknown} */
                      field: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                      /** @enum {unknown} */
                      op: "eq" | "neq" | "exists" | "not_exists";
                      value?: string;
                    }))[];
                };
                start: string;
                steps: (({
                    id: string;
                    /** @enum {string} */
                    kind: "assign";
                    target: {
                      /** @enum {string} */
                      kind: "agent";
                      userId: string;
                    } | ({
                      /** @enum {string} */
                      kind: "team";
                      departmentId: string;
                      /** @enum {unknown} */
                      strategy: "round_robin" | "least_open";
                    }) | {
                      /** @enum {string} */
                      kind: "contact_owner";
                    };
                    onlineOnly: boolean;
                    skills?: {
                        skill: string;
                        minLevel: number;
                        relax?: {
                          afterSec: number;
                          minLevel: number;
                        };
                      }[];
                    /** @enum {unknown} */
                    whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
                    goto?: string;
                    next?: string;
                  }) | {
                    id: string;
                    /** @enum {string} */
                    kind: "wait";
                    seconds: number;
                    next?: string;
                  } | ({
                    id: string;
                    /** @enum {string} */
                    kind: "branch";
                    /** @enum {unknown} */
                    match: "all" | "any";
                    conditions: (({
                        /** @enum {string} */
                        subject: "status";
                        /** @enum {unknown} */
                        op: "eq" | "neq";
                        /** @enum {unknown} */
                        value: "open" | "assigned" | "queued" | "pending" | "on_hold" | "resolved";
                      }) | ({
                        /** @enum {unknown} */
                        subject: "assignee" | "last_outgoing";
                        /** @enum {unknown} */
                        op: "exists" | "not_exists";
                      }) | {
                        /** @enum {string} */
                        subject: "last_outgoing";
                        /** @enum {string} */
                        op: "greater_than";
                        seconds: number;
                      } | ({
                        /** @enum {unknown} */
                        subject: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                        /** @enum {unknown} */
                        op: "eq" | "neq" | "exists" | "not_exists";
                        value?: string;
                      }))[];
                    onTrue: string;
                    onFalse: string;
                  }) | {
                    id: string;
                    /** @enum {string} */
                    kind: "add_comment";
                    text: string;
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "create_conversation";
                    channel: string;
                    departmentId?: string;
                    text?: string;
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "close";
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "end";
                  })[];
              })[];
            runningInstances: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * A workflow with its draft and versions
   * @description Supervisors and admins.
   */
  getWorkflow: {
    parameters: {
      path: {
        workspaceId: string;
        workflowId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            enabled: boolean;
            draft: {
              trigger: {
                /** @enum {unknown} */
                kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                /** @enum {unknown} */
                match: "all" | "any";
                conditions: (({
                    /** @enum {string} */
                    field: "source";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    /** @enum {unknown} */
                    value: "contact" | "agent";
                  }) | ({
                    /** @enum {unknown} */
                    field: "channel" | "department" | "number";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    value: string;
                  }) | ({
                    /** @enum {string} */
                    field: "outcome";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    /** @enum {unknown} */
                    value: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
                  }) | ({
                    /** @enum {unknown} */
                    field: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                    /** @enum {unknown} */
                    op: "eq" | "neq" | "exists" | "not_exists";
                    value?: string;
                  }))[];
              };
              start: string;
              steps: (({
                  id: string;
                  /** @enum {string} */
                  kind: "assign";
                  target: {
                    /** @enum {string} */
                    kind: "agent";
                    userId: string;
                  } | ({
                    /** @enum {string} */
                    kind: "team";
                    departmentId: string;
                    /** @enum {unknown} */
                    strategy: "round_robin" | "least_open";
                  }) | {
                    /** @enum {string} */
                    kind: "contact_owner";
                  };
                  onlineOnly: boolean;
                  skills?: {
                      skill: string;
                      minLevel: number;
                      relax?: {
                        afterSec: number;
                        minLevel: number;
                      };
                    }[];
                  /** @enum {unknown} */
                  whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
                  goto?: string;
                  next?: string;
                }) | {
                  id: string;
                  /** @enum {string} */
                  kind: "wait";
                  seconds: number;
                  next?: string;
                } | ({
                  id: string;
                  /** @enum {string} */
                  kind: "branch";
                  /** @enum {unknown} */
                  match: "all" | "any";
                  conditions: (({
                      /** @enum {string} */
                      subject: "status";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "open" | "assigned" | "queued" | "pending" | "on_hold" | "resolved";
                    }) | ({
                      /** @enum {unknown} */
                      subject: "assignee" | "last_outgoing";
                      /** @enum {unknown} */
                      op: "exists" | "not_exists";
                    }) | {
                      /** @enum {string} */
                      subject: "last_outgoing";
                      /** @enum {string} */
                      op: "greater_than";
                      seconds: number;
                    } | ({
                      /** @enum {unknown} */
                      subject: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                      /** @enum {unknown} */
                      op: "eq" | "neq" | "exists" | "not_exists";
                      value?: string;
                    }))[];
                  onTrue: string;
                  onFalse: string;
                }) | {
                  id: string;
                  /** @enum {string} */
                  kind: "add_comment";
                  text: string;
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "create_conversation";
                  channel: string;
                  departmentId?: string;
                  text?: string;
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "close";
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "end";
                })[];
            };
            /** @description Published versions, oldest first; version n is versions[n-1] */
            versions: ({
                trigger: {
                  /** @enum {unknown} */
                  kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                  /** @enum {unknown} */
                  match: "all" | "any";
                  conditions: (({
                      /** @enum {string} */
                      field: "source";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "contact" | "agent";
                    }) | ({
                      /** @enum {unknown} */
                      field: "channel" | "department" | "number";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      value: string;
                    }) | ({
                      /** @enum {string} */
                      field: "outcome";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
                    }) | ({
                      /** @enum {unknown} */
                      field: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                      /** @enum {unknown} */
                      op: "eq" | "neq" | "exists" | "not_exists";
                      value?: string;
                    }))[];
                };
                start: string;
                steps: (({
                    id: string;
                    /** @enum {string} */
                    kind: "assign";
                    target: {
                      /** @enum {string} */
                      kind: "agent";
                      userId: string;
                    } | ({
                      /** @enum {string} */
                      kind: "team";
                      departmentId: string;
                      /** @enum {unknown} */
                      strategy: "round_robin" | "least_open";
                    }) | {
                      /** @enum {string} */
                      kind: "contact_owner";
                    };
                    onlineOnly: boolean;
                    skills?: {
                        skill: string;
                        minLevel: number;
                        relax?: {
                          afterSec: number;
                          minLevel: number;
                        };
                      }[];
                    /** @enum {unknown} */
                    whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
                    goto?: string;
                    next?: string;
                  }) | {
                    id: string;
                    /** @enum {string} */
                    kind: "wait";
                    seconds: number;
                    next?: string;
                  } | ({
                    id: string;
                    /** @enum {string} */
                    kind: "branch";
                    /** @enum {unknown} */
                    match: "all" | "any";
                    conditions: (({
                        /** @enum {string} */
                        subject: "status";
                        /** @enum {unknown} */
                        op: "eq" | "neq";
                        /** @enum {unknown} */
                        value: "open" | "assigned" | "queued" | "pending" | "on_hold" | "resolved";
                      }) | ({
                        /** @enum {unknown} */
                        subject: "assignee" | "last_outgoing";
                        /** @enum {unknown} */
                        op: "exists" | "not_exists";
                      }) | {
                        /** @enum {string} */
                        subject: "last_outgoing";
                        /** @enum {string} */
                        op: "greater_than";
                        seconds: number;
                      } | ({
                        /** @enum {unknown} */
                        subject: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                        /** @enum {unknown} */
                        op: "eq" | "neq" | "exists" | "not_exists";
                        value?: string;
                      }))[];
                    onTrue: string;
                    onFalse: string;
                  }) | {
                    id: string;
                    /** @enum {string} */
                    kind: "add_comment";
                    text: string;
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "create_conversation";
                    channel: string;
                    departmentId?: string;
                    text?: string;
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "close";
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "end";
                  })[];
              })[];
            runningInstances: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Remove a workflow (admin): its running instances stop where they are; its run log stays
   * @description Admin. Runs going stop where they are.
   */
  deleteWorkflow: {
    parameters: {
      path: {
        workspaceId: string;
        workflowId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Save the draft (admin); checked on save, naming the step at fault
   * @description Replaces the draft; published versions do not change.
   */
  saveWorkflowDraft: {
    parameters: {
      path: {
        workspaceId: string;
        workflowId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          name: string;
          definition: {
            trigger: {
              /** @enum {unknown} */
              kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
              /** @enum {unknown} */
              match?: "all" | "any";
              conditions?: ({
                  /** @description conversation triggers: source, channel, department; call_missed: number, outcome; any: contact.id, contact.name, contact.company, contact.phone, contact.responsible */
                  field: string;
                  /** @enum {unknown} */
                  op: "eq" | "neq" | "exists" | "not_exists";
                  value?: string;
                })[];
            };
            start: string;
            steps: (({
                id: string;
                /** @enum {string} */
                kind: "assign";
                target: {
                  /** @enum {string} */
                  kind: "agent";
                  userId: string;
                } | ({
                  /** @enum {string} */
                  kind: "team";
                  departmentId: string;
                  /**
                   * @description Left out: round_robin
                   * @enum {unknown}
                   */
                  strategy?: "round_robin" | "least_open";
                }) | {
                  /** @enum {string} */
                  kind: "contact_owner";
                };
                /** @description Left out: false */
                onlineOnly?: boolean;
                /** @description R1: only agents with all of these skills, each at its minimum level, qualify */
                skills?: {
                    skill: string;
                    minLevel: number;
                    relax?: {
                      afterSec: number;
                      minLevel: number;
                    };
                  }[];
                /**
                 * @description assign: leave it (default), queue it in the department, any_agent (again without onlineOnly), or goto a step
                 * @enum {unknown}
                 */
                whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
                goto?: string;
                next?: string;
              }) | {
                id: string;
                /** @enum {string} */
                kind: "wait";
                seconds: number;
                next?: string;
              } | ({
                id: string;
                /** @enum {string} */
                kind: "branch";
                /** @enum {unknown} */
                match?: "all" | "any";
                conditions?: ({
                    /** @description status, assignee, last_outgoing, or a contact field: contact.id, contact.name, contact.company, contact.phone, contact.responsible */
                    subject: string;
                    /** @enum {unknown} */
                    op: "eq" | "neq" | "exists" | "not_exists" | "greater_than";
                    value?: string;
                    seconds?: number;
                  })[];
                onTrue?: string;
                onFalse?: string;
              }) | {
                id: string;
                /** @enum {string} */
                kind: "add_comment";
                /** @description add_comment: {{previous_assignee}} and {{assignee}} are filled in; create_conversation: {{caller}}, {{contact}}, {{number}}, {{outcome}} */
                text?: string;
                next?: string;
              } | {
                id: string;
                /** @enum {string} */
                kind: "create_conversation";
                /** @description The channel (left out: callback) */
                channel?: string;
                departmentId?: string;
                /** @description add_comment: {{previous_assignee}} and {{assignee}} are filled in; create_conversation: {{caller}}, {{contact}}, {{number}}, {{outcome}} */
                text?: string;
                next?: string;
              } | {
                id: string;
                /** @enum {string} */
                kind: "close";
                next?: string;
              } | {
                id: string;
                /** @enum {string} */
                kind: "end";
              })[];
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            enabled: boolean;
            draft: {
              trigger: {
                /** @enum {unknown} */
                kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                /** @enum {unknown} */
                match: "all" | "any";
                conditions: (({
                    /** @enum {string} */
                    field: "source";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    /** @enum {unknown} */
                    value: "contact" | "agent";
                  }) | ({
                    /** @enum {unknown} */
                    field: "channel" | "department" | "number";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    value: string;
                  }) | ({
                    /** @enum {string} */
                    field: "outcome";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    /** @enum {unknown} */
                    value: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
                  }) | ({
                    /** @enum {unknown} */
                    field: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                    /** @enum {unknown} */
                    op: "eq" | "neq" | "exists" | "not_exists";
                    value?: string;
                  }))[];
              };
              start: string;
              steps: (({
                  id: string;
                  /** @enum {string} */
                  kind: "assign";
                  target: {
                    /** @enum {string} */
                    kind: "agent";
                    userId: string;
                  } | ({
                    /** @enum {string} */
                    kind: "team";
                    departmentId: string;
                    /** @enum {unknown} */
                    strategy: "round_robin" | "least_open";
                  }) | {
                    /** @enum {string} */
                    kind: "contact_owner";
                  };
                  onlineOnly: boolean;
                  skills?: {
                      skill: string;
                      minLevel: number;
                      relax?: {
                        afterSec: number;
                        minLevel: number;
                      };
                    }[];
                  /** @enum {unknown} */
                  whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
                  goto?: string;
                  next?: string;
                }) | {
                  id: string;
                  /** @enum {string} */
                  kind: "wait";
                  seconds: number;
                  next?: string;
                } | ({
                  id: string;
                  /** @enum {string} */
                  kind: "branch";
                  /** @enum {unknown} */
                  match: "all" | "any";
                  conditions: (({
                      /** @enum {string} */
                      subject: "status";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "open" | "assigned" | "queued" | "pending" | "on_hold" | "resolved";
                    }) | ({
                      /** @enum {unknown} */
                      subject: "assignee" | "last_outgoing";
                      /** @enum {unknown} */
                      op: "exists" | "not_exists";
                    }) | {
                      /** @enum {string} */
                      subject: "last_outgoing";
                      /** @enum {string} */
                      op: "greater_than";
                      seconds: number;
                    } | ({
                      /** @enum {unknown} */
                      subject: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                      /** @enum {unknown} */
                      op: "eq" | "neq" | "exists" | "not_exists";
                      value?: string;
                    }))[];
                  onTrue: string;
                  onFalse: string;
                }) | {
                  id: string;
                  /** @enum {string} */
                  kind: "add_comment";
                  text: string;
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "create_conversation";
                  channel: string;
                  departmentId?: string;
                  text?: string;
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "close";
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "end";
                })[];
            };
            /** @description Published versions, oldest first; version n is versions[n-1] */
            versions: ({
                trigger: {
                  /** @enum {unknown} */
                  kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                  /** @enum {unknown} */
                  match: "all" | "any";
                  conditions: (({
                      /** @enum {string} */
                      field: "source";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "contact" | "agent";
                    }) | ({
                      /** @enum {unknown} */
                      field: "channel" | "department" | "number";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      value: string;
                    }) | ({
                      /** @enum {string} */
                      field: "outcome";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
                    }) | ({
                      /** @enum {unknown} */
                      field: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                      /** @enum {unknown} */
                      op: "eq" | "neq" | "exists" | "not_exists";
                      value?: string;
                    }))[];
                };
                start: string;
                steps: (({
                    id: string;
                    /** @enum {string} */
                    kind: "assign";
                    target: {
                      /** @enum {string} */
                      kind: "agent";
                      userId: string;
                    } | ({
                      /** @enum {string} */
                      kind: "team";
                      departmentId: string;
                      /** @enum {unknown} */
                      strategy: "round_robin" | "least_open";
                    }) | {
                      /** @enum {string} */
                      kind: "contact_owner";
                    };
                    onlineOnly: boolean;
                    skills?: {
                        skill: string;
                        minLevel: number;
                        relax?: {
                          afterSec: number;
                          minLevel: number;
                        };
                      }[];
                    /** @enum {unknown} */
                    whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
                    goto?: string;
                    next?: string;
                  }) | {
                    id: string;
                    /** @enum {string} */
                    kind: "wait";
                    seconds: number;
                    next?: string;
                  } | ({
                    id: string;
                    /** @enum {string} */
                    kind: "branch";
                    /** @enum {unknown} */
                    match: "all" | "any";
                    conditions: (({
                        /** @enum {string} */
                        subject: "status";
                        /** @enum {unknown} */
                        op: "eq" | "neq";
                        /** @enum {unknown} */
                        value: "open" | "assigned" | "queued" | "pending" | "on_hold" | "resolved";
                      }) | ({
                        /** @enum {unknown} */
                        subject: "assignee" | "last_outgoing";
                        /** @enum {unknown} */
                        op: "exists" | "not_exists";
                      }) | {
                        /** @enum {string} */
                        subject: "last_outgoing";
                        /** @enum {string} */
                        op: "greater_than";
                        seconds: number;
                      } | ({
                        /** @enum {unknown} */
                        subject: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                        /** @enum {unknown} */
                        op: "eq" | "neq" | "exists" | "not_exists";
                        value?: string;
                      }))[];
                    onTrue: string;
                    onFalse: string;
                  }) | {
                    id: string;
                    /** @enum {string} */
                    kind: "add_comment";
                    text: string;
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "create_conversation";
                    channel: string;
                    departmentId?: string;
                    text?: string;
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "close";
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "end";
                  })[];
              })[];
            runningInstances: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Publish the draft as a new immutable version; running instances keep theirs (F1)
   * @description New runs start on the new version.
   */
  publishWorkflow: {
    parameters: {
      path: {
        workspaceId: string;
        workflowId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            enabled: boolean;
            draft: {
              trigger: {
                /** @enum {unknown} */
                kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                /** @enum {unknown} */
                match: "all" | "any";
                conditions: (({
                    /** @enum {string} */
                    field: "source";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    /** @enum {unknown} */
                    value: "contact" | "agent";
                  }) | ({
                    /** @enum {unknown} */
                    field: "channel" | "department" | "number";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    value: string;
                  }) | ({
                    /** @enum {string} */
                    field: "outcome";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    /** @enum {unknown} */
                    value: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
                  }) | ({
                    /** @enum {unknown} */
                    field: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                    /** @enum {unknown} */
                    op: "eq" | "neq" | "exists" | "not_exists";
                    value?: string;
                  }))[];
              };
              start: string;
              steps: (({
                  id: string;
                  /** @enum {string} */
                  kind: "assign";
                  target: {
                    /** @enum {string} */
                    kind: "agent";
                    userId: string;
                  } | ({
                    /** @enum {string} */
                    kind: "team";
                    departmentId: string;
                    /** @enum {unknown} */
                    strategy: "round_robin" | "least_open";
                  }) | {
                    /** @enum {string} */
                    kind: "contact_owner";
                  };
                  onlineOnly: boolean;
                  skills?: {
                      skill: string;
                      minLevel: number;
                      relax?: {
                        afterSec: number;
                        minLevel: number;
                      };
                    }[];
                  /** @enum {unknown} */
                  whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
                  goto?: string;
                  next?: string;
                }) | {
                  id: string;
                  /** @enum {string} */
                  kind: "wait";
                  seconds: number;
                  next?: string;
                } | ({
                  id: string;
                  /** @enum {string} */
                  kind: "branch";
                  /** @enum {unknown} */
                  match: "all" | "any";
                  conditions: (({
                      /** @enum {string} */
                      subject: "status";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "open" | "assigned" | "queued" | "pending" | "on_hold" | "resolved";
                    }) | ({
                      /** @enum {unknown} */
                      subject: "assignee" | "last_outgoing";
                      /** @enum {unknown} */
                      op: "exists" | "not_exists";
                    }) | {
                      /** @enum {string} */
                      subject: "last_outgoing";
                      /** @enum {string} */
                      op: "greater_than";
                      seconds: number;
                    } | ({
                      /** @enum {unknown} */
                      subject: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                      /** @enum {unknown} */
                      op: "eq" | "neq" | "exists" | "not_exists";
                      value?: string;
                    }))[];
                  onTrue: string;
                  onFalse: string;
                }) | {
                  id: string;
                  /** @enum {string} */
                  kind: "add_comment";
                  text: string;
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "create_conversation";
                  channel: string;
                  departmentId?: string;
                  text?: string;
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "close";
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "end";
                })[];
            };
            /** @description Published versions, oldest first; version n is versions[n-1] */
            versions: ({
                trigger: {
                  /** @enum {unknown} */
                  kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                  /** @enum {unknown} */
                  match: "all" | "any";
                  conditions: (({
                      /** @enum {string} */
                      field: "source";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "contact" | "agent";
                    }) | ({
                      /** @enum {unknown} */
                      field: "channel" | "department" | "number";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      value: string;
                    }) | ({
                      /** @enum {string} */
                      field: "outcome";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
                    }) | ({
                      /** @enum {unknown} */
                      field: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                      /** @enum {unknown} */
                      op: "eq" | "neq" | "exists" | "not_exists";
                      value?: string;
                    }))[];
                };
                start: string;
                steps: (({
                    id: string;
                    /** @enum {string} */
                    kind: "assign";
                    target: {
                      /** @enum {string} */
                      kind: "agent";
                      userId: string;
                    } | ({
                      /** @enum {string} */
                      kind: "team";
                      departmentId: string;
                      /** @enum {unknown} */
                      strategy: "round_robin" | "least_open";
                    }) | {
                      /** @enum {string} */
                      kind: "contact_owner";
                    };
                    onlineOnly: boolean;
                    skills?: {
                        skill: string;
                        minLevel: number;
                        relax?: {
                          afterSec: number;
                          minLevel: number;
                        };
                      }[];
                    /** @enum {unknown} */
                    whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
                    goto?: string;
                    next?: string;
                  }) | {
                    id: string;
                    /** @enum {string} */
                    kind: "wait";
                    seconds: number;
                    next?: string;
                  } | ({
                    id: string;
                    /** @enum {string} */
                    kind: "branch";
                    /** @enum {unknown} */
                    match: "all" | "any";
                    conditions: (({
                        /** @enum {string} */
                        subject: "status";
                        /** @enum {unknown} */
                        op: "eq" | "neq";
                        /** @enum {unknown} */
                        value: "open" | "assigned" | "queued" | "pending" | "on_hold" | "resolved";
                      }) | ({
                        /** @enum {unknown} */
                        subject: "assignee" | "last_outgoing";
                        /** @enum {unknown} */
                        op: "exists" | "not_exists";
                      }) | {
                        /** @enum {string} */
                        subject: "last_outgoing";
                        /** @enum {string} */
                        op: "greater_than";
                        seconds: number;
                      } | ({
                        /** @enum {unknown} */
                        subject: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                        /** @enum {unknown} */
                        op: "eq" | "neq" | "exists" | "not_exists";
                        value?: string;
                      }))[];
                    onTrue: string;
                    onFalse: string;
                  }) | {
                    id: string;
                    /** @enum {string} */
                    kind: "add_comment";
                    text: string;
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "create_conversation";
                    channel: string;
                    departmentId?: string;
                    text?: string;
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "close";
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "end";
                  })[];
              })[];
            runningInstances: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The run log (F5), newest first: runs started, steps entered, branches taken and why, results; page back with before
   * @description Pass nextBefore as before for older events.
   */
  listWorkflowRuns: {
    parameters: {
      query?: {
        /** @description Events before this sequence number: nextBefore of the newer page */
        before?: number;
        limit?: number;
      };
      path: {
        workspaceId: string;
        workflowId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /** @description Newest first */
            items: ({
                seq: number;
                /** Format: date-time */
                at: string;
                /** @enum {unknown} */
                type: "workflow.run_started" | "workflow.step_entered" | "workflow.branch_taken" | "workflow.step_result" | "workflow.run_finished";
                data: {
                  runId: string;
                  workflowId: string;
                  conversationId?: string;
                  callId?: string;
                  /** @description run_started: the version the run keeps */
                  version?: number;
                  stepId?: string;
                  /** @description step_entered: the step’s kind */
                  kind?: string;
                  /** @enum {unknown} */
                  path?: "onTrue" | "onFalse";
                  /** @description branch_taken: why, in English */
                  why?: string;
                  /** @description step_result: what the step did, in English */
                  result?: string;
                  outcome?: {
                    code: string;
                    params?: {
                      [key: string]: string | number;
                    };
                    reason?: {
                      code: string;
                      params?: {
                        [key: string]: string | number;
                      };
                    };
                  };
                  previousAssigneeId?: string;
                  rotation?: {
                    key: string;
                    position: number;
                  };
                  /** @description create_conversation: the run acts on this conversation from now on */
                  linkedConversationId?: string;
                  contact?: {
                    address: string;
                    name?: string;
                    email?: string;
                    contactId?: string;
                  };
                  call?: {
                    callId: string;
                    numberId: string;
                    from: string;
                    contactId?: string;
                    /** @enum {unknown} */
                    outcome: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
                  };
                  /** @enum {unknown} */
                  reason?: "end" | "conversation_resolved" | "no_conversation" | "workflow_removed";
                };
              })[];
            /** @description Pass as before for the older events; absent on the oldest page */
            nextBefore?: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Enable or disable a workflow (admin); a disabled one starts no new runs
   * @description Admin. Answers the workflow as it is after.
   */
  setWorkflowEnabled: {
    parameters: {
      path: {
        workspaceId: string;
        workflowId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          enabled: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            enabled: boolean;
            draft: {
              trigger: {
                /** @enum {unknown} */
                kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                /** @enum {unknown} */
                match: "all" | "any";
                conditions: (({
                    /** @enum {string} */
                    field: "source";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    /** @enum {unknown} */
                    value: "contact" | "agent";
                  }) | ({
                    /** @enum {unknown} */
                    field: "channel" | "department" | "number";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    value: string;
                  }) | ({
                    /** @enum {string} */
                    field: "outcome";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    /** @enum {unknown} */
                    value: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
                  }) | ({
                    /** @enum {unknown} */
                    field: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                    /** @enum {unknown} */
                    op: "eq" | "neq" | "exists" | "not_exists";
                    value?: string;
                  }))[];
              };
              start: string;
              steps: (({
                  id: string;
                  /** @enum {string} */
                  kind: "assign";
                  target: {
                    /** @enum {string} */
                    kind: "agent";
                    userId: string;
                  } | ({
                    /** @enum {string} */
                    kind: "team";
                    departmentId: string;
                    /** @enum {unknown} */
                    strategy: "round_robin" | "least_open";
                  }) | {
                    /** @enum {string} */
                    kind: "contact_owner";
                  };
                  onlineOnly: boolean;
                  skills?: {
                      skill: string;
                      minLevel: number;
                      relax?: {
                        afterSec: number;
                        minLevel: number;
                      };
                    }[];
                  /** @enum {unknown} */
                  whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
                  goto?: string;
                  next?: string;
                }) | {
                  id: string;
                  /** @enum {string} */
                  kind: "wait";
                  seconds: number;
                  next?: string;
                } | ({
                  id: string;
                  /** @enum {string} */
                  kind: "branch";
                  /** @enum {unknown} */
                  match: "all" | "any";
                  conditions: (({
                      /** @enum {string} */
                      subject: "status";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "open" | "assigned" | "queued" | "pending" | "on_hold" | "resolved";
                    }) | ({
                      /** @enum {unknown} */
                      subject: "assignee" | "last_outgoing";
                      /** @enum {unknown} */
                      op: "exists" | "not_exists";
                    }) | {
                      /** @enum {string} */
                      subject: "last_outgoing";
                      /** @enum {string} */
                      op: "greater_than";
                      seconds: number;
                    } | ({
                      /** @enum {unknown} */
                      subject: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                      /** @enum {unknown} */
                      op: "eq" | "neq" | "exists" | "not_exists";
                      value?: string;
                    }))[];
                  onTrue: string;
                  onFalse: string;
                }) | {
                  id: string;
                  /** @enum {string} */
                  kind: "add_comment";
                  text: string;
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "create_conversation";
                  channel: string;
                  departmentId?: string;
                  text?: string;
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "close";
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "end";
                })[];
            };
            /** @description Published versions, oldest first; version n is versions[n-1] */
            versions: ({
                trigger: {
                  /** @enum {unknown} */
                  kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                  /** @enum {unknown} */
                  match: "all" | "any";
                  conditions: (({
                      /** @enum {string} */
                      field: "source";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "contact" | "agent";
                    }) | ({
                      /** @enum {unknown} */
                      field: "channel" | "department" | "number";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      value: string;
                    }) | ({
                      /** @enum {string} */
                      field: "outcome";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
                    }) | ({
                      /** @enum {unknown} */
                      field: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                      /** @enum {unknown} */
                      op: "eq" | "neq" | "exists" | "not_exists";
                      value?: string;
                    }))[];
                };
                start: string;
                steps: (({
                    id: string;
                    /** @enum {string} */
                    kind: "assign";
                    target: {
                      /** @enum {string} */
                      kind: "agent";
                      userId: string;
                    } | ({
                      /** @enum {string} */
                      kind: "team";
                      departmentId: string;
                      /** @enum {unknown} */
                      strategy: "round_robin" | "least_open";
                    }) | {
                      /** @enum {string} */
                      kind: "contact_owner";
                    };
                    onlineOnly: boolean;
                    skills?: {
                        skill: string;
                        minLevel: number;
                        relax?: {
                          afterSec: number;
                          minLevel: number;
                        };
                      }[];
                    /** @enum {unknown} */
                    whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
                    goto?: string;
                    next?: string;
                  }) | {
                    id: string;
                    /** @enum {string} */
                    kind: "wait";
                    seconds: number;
                    next?: string;
                  } | ({
                    id: string;
                    /** @enum {string} */
                    kind: "branch";
                    /** @enum {unknown} */
                    match: "all" | "any";
                    conditions: (({
                        /** @enum {string} */
                        subject: "status";
                        /** @enum {unknown} */
                        op: "eq" | "neq";
                        /** @enum {unknown} */
                        value: "open" | "assigned" | "queued" | "pending" | "on_hold" | "resolved";
                      }) | ({
                        /** @enum {unknown} */
                        subject: "assignee" | "last_outgoing";
                        /** @enum {unknown} */
                        op: "exists" | "not_exists";
                      }) | {
                        /** @enum {string} */
                        subject: "last_outgoing";
                        /** @enum {string} */
                        op: "greater_than";
                        seconds: number;
                      } | ({
                        /** @enum {unknown} */
                        subject: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                        /** @enum {unknown} */
                        op: "eq" | "neq" | "exists" | "not_exists";
                        value?: string;
                      }))[];
                    onTrue: string;
                    onFalse: string;
                  }) | {
                    id: string;
                    /** @enum {string} */
                    kind: "add_comment";
                    text: string;
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "create_conversation";
                    channel: string;
                    departmentId?: string;
                    text?: string;
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "close";
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "end";
                  })[];
              })[];
            runningInstances: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Workflow templates and the parameters each asks for
   * @description Each template’s name, what it does and the parameters it asks for.
   */
  listWorkflowTemplates: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: ({
                id: string;
                name: string;
                description: string;
                parameters: ({
                    name: string;
                    /** @enum {unknown} */
                    kind: "user" | "department" | "number" | "minutes";
                    required: boolean;
                    description: string;
                    default?: number;
                  })[];
              })[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Create a workflow draft from a template with its parameters (admin); publish it to run it
   * @description The template’s parameters are filled in from the body; the draft is checked as any other.
   */
  createWorkflowFromTemplate: {
    parameters: {
      path: {
        workspaceId: string;
        templateId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          id?: string;
          name?: string;
          /** @description The template’s parameters by name: an agent, a team, a number (ids), minutes */
          parameters: {
            [key: string]: number | string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            id: string;
            name: string;
            enabled: boolean;
            draft: {
              trigger: {
                /** @enum {unknown} */
                kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                /** @enum {unknown} */
                match: "all" | "any";
                conditions: (({
                    /** @enum {string} */
                    field: "source";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    /** @enum {unknown} */
                    value: "contact" | "agent";
                  }) | ({
                    /** @enum {unknown} */
                    field: "channel" | "department" | "number";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    value: string;
                  }) | ({
                    /** @enum {string} */
                    field: "outcome";
                    /** @enum {unknown} */
                    op: "eq" | "neq";
                    /** @enum {unknown} */
                    value: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
                  }) | ({
                    /** @enum {unknown} */
                    field: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                    /** @enum {unknown} */
                    op: "eq" | "neq" | "exists" | "not_exists";
                    value?: string;
                  }))[];
              };
              start: string;
              steps: (({
                  id: string;
                  /** @enum {string} */
                  kind: "assign";
                  target: {
                    /** @enum {string} */
                    kind: "agent";
                    userId: string;
                  } | ({
                    /** @enum {string} */
                    kind: "team";
                    departmentId: string;
                    /** @enum {unknown} */
                    strategy: "round_robin" | "least_open";
                  }) | {
                    /** @enum {string} */
                    kind: "contact_owner";
                  };
                  onlineOnly: boolean;
                  skills?: {
                      skill: string;
                      minLevel: number;
                      relax?: {
                        afterSec: number;
                        minLevel: number;
                      };
                    }[];
                  /** @enum {unknown} */
                  whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
                  goto?: string;
                  next?: string;
                }) | {
                  id: string;
                  /** @enum {string} */
                  kind: "wait";
                  seconds: number;
                  next?: string;
                } | ({
                  id: string;
                  /** @enum {string} */
                  kind: "branch";
                  /** @enum {unknown} */
                  match: "all" | "any";
                  conditions: (({
                      /** @enum {string} */
                      subject: "status";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "open" | "assigned" | "queued" | "pending" | "on_hold" | "resolved";
                    }) | ({
                      /** @enum {unknown} */
                      subject: "assignee" | "last_outgoing";
                      /** @enum {unknown} */
                      op: "exists" | "not_exists";
                    }) | {
                      /** @enum {string} */
                      subject: "last_outgoing";
                      /** @enum {string} */
                      op: "greater_than";
                      seconds: number;
                    } | ({
                      /** @enum {unknown} */
                      subject: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                      /** @enum {unknown} */
                      op: "eq" | "neq" | "exists" | "not_exists";
                      value?: string;
                    }))[];
                  onTrue: string;
                  onFalse: string;
                }) | {
                  id: string;
                  /** @enum {string} */
                  kind: "add_comment";
                  text: string;
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "create_conversation";
                  channel: string;
                  departmentId?: string;
                  text?: string;
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "close";
                  next?: string;
                } | {
                  id: string;
                  /** @enum {string} */
                  kind: "end";
                })[];
            };
            /** @description Published versions, oldest first; version n is versions[n-1] */
            versions: ({
                trigger: {
                  /** @enum {unknown} */
                  kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                  /** @enum {unknown} */
                  match: "all" | "any";
                  conditions: (({
                      /** @enum {string} */
                      field: "source";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "contact" | "agent";
                    }) | ({
                      /** @enum {unknown} */
                      field: "channel" | "department" | "number";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      value: string;
                    }) | ({
                      /** @enum {string} */
                      field: "outcome";
                      /** @enum {unknown} */
                      op: "eq" | "neq";
                      /** @enum {unknown} */
                      value: "missed" | "abandoned" | "no_agent" | "out_of_hours" | "voicemail";
                    }) | ({
                      /** @enum {unknown} */
                      field: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                      /** @enum {unknown} */
                      op: "eq" | "neq" | "exists" | "not_exists";
                      value?: string;
                    }))[];
                };
                start: string;
                steps: (({
                    id: string;
                    /** @enum {string} */
                    kind: "assign";
                    target: {
                      /** @enum {string} */
                      kind: "agent";
                      userId: string;
                    } | ({
                      /** @enum {string} */
                      kind: "team";
                      departmentId: string;
                      /** @enum {unknown} */
                      strategy: "round_robin" | "least_open";
                    }) | {
                      /** @enum {string} */
                      kind: "contact_owner";
                    };
                    onlineOnly: boolean;
                    skills?: {
                        skill: string;
                        minLevel: number;
                        relax?: {
                          afterSec: number;
                          minLevel: number;
                        };
                      }[];
                    /** @enum {unknown} */
                    whenNobodyQualifies?: "leave" | "queue" | "any_agent" | "goto";
                    goto?: string;
                    next?: string;
                  }) | {
                    id: string;
                    /** @enum {string} */
                    kind: "wait";
                    seconds: number;
                    next?: string;
                  } | ({
                    id: string;
                    /** @enum {string} */
                    kind: "branch";
                    /** @enum {unknown} */
                    match: "all" | "any";
                    conditions: (({
                        /** @enum {string} */
                        subject: "status";
                        /** @enum {unknown} */
                        op: "eq" | "neq";
                        /** @enum {unknown} */
                        value: "open" | "assigned" | "queued" | "pending" | "on_hold" | "resolved";
                      }) | ({
                        /** @enum {unknown} */
                        subject: "assignee" | "last_outgoing";
                        /** @enum {unknown} */
                        op: "exists" | "not_exists";
                      }) | {
                        /** @enum {string} */
                        subject: "last_outgoing";
                        /** @enum {string} */
                        op: "greater_than";
                        seconds: number;
                      } | ({
                        /** @enum {unknown} */
                        subject: "contact.id" | "contact.name" | "contact.company" | "contact.phone" | "contact.responsible";
                        /** @enum {unknown} */
                        op: "eq" | "neq" | "exists" | "not_exists";
                        value?: string;
                      }))[];
                    onTrue: string;
                    onFalse: string;
                  }) | {
                    id: string;
                    /** @enum {string} */
                    kind: "add_comment";
                    text: string;
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "create_conversation";
                    channel: string;
                    departmentId?: string;
                    text?: string;
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "close";
                    next?: string;
                  } | {
                    id: string;
                    /** @enum {string} */
                    kind: "end";
                  })[];
              })[];
            runningInstances: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The web-chat widget starts a visitor session: a visitor address and a token of its own
   * @description No API key: the widget calls this from the customer’s browser. The workspace must exist; departmentId must name one of its departments.
   */
  startWebchatSession: {
    parameters: {
      query?: {
        /** @description Where the visitor’s conversations go; the first department by name when left out */
        departmentId?: string;
      };
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          name?: string;
          /** @description The visitor’s email, if they give one: shown to agents with their name */
          email?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            /** @description Send as Authorization: Bearer <visitorToken>; shown once */
            visitorToken: string;
            /** @description The visitor’s address on the webchat channel */
            address: string;
            /** @enum {string} */
            channel: "webchat";
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      429: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The visitor’s conversation as they see it: their messages and the agents’ replies, never internal notes or transfer reasons (C3)
   * @description Public, with the visitor token; internal notes are never shown. Pass afterSeq to get only newer messages.
   */
  listWebchatMessages: {
    parameters: {
      query?: {
        /** @description Only messages after this seq */
        afterSeq?: number;
        limit?: number;
      };
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /** @description Absent until the visitor writes */
            conversationId?: string;
            /** @enum {unknown} */
            status?: "open" | "resolved";
            items: ({
                seq: number;
                id: string;
                /** @enum {unknown} */
                from: "contact" | "agent";
                agentName?: string;
                text: string;
                /** Format: date-time */
                at: string;
              })[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * A web-chat visitor writes (C1): it opens their conversation, or adds to the open one
   * @description Public, with the visitor token from POST …/sessions, and only from the workspace’s allowed web-chat origins.
   */
  sendWebchatMessage: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          text: string;
          /** @description Made by the widget for each message: a resent message with the same id counts once */
          clientMessageId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            conversationId: string;
            duplicate: boolean;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      429: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * List webhook subscriptions (admin)
   * @description Each subscription with its URL and messages; never the secret.
   */
  listWebhooks: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: {
                id: string;
                url: string;
                events: string[];
                enabled: boolean;
                description?: string;
              }[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Subscribe a URL to public messages (admin); the answer carries the signing secret
   * @description The URL must be http or https and reach a public address (SSRF), unless the server allows private ones. The answer is the only one that carries the signing secret besides GET …/secret.
   */
  createWebhook: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          id?: string;
          /** @description http or https; not a private address (SSRF) */
          url: string;
          /** @description Public message types (see the README: Webhooks) */
          events: ("call.received" | "call.placed" | "call.queued" | "call.dequeued" | "call.offered" | "call.answered" | "call.left" | "call.held" | "call.resumed" | "call.updated" | "call.ended" | "transfer.started" | "transfer.received" | "transfer.consulting" | "transfer.conference_started" | "transfer.completed" | "transfer.failed" | "transfer.cancelled" | "voicemail.left" | "voicemail.heard" | "recording.available" | "conversation.opened" | "conversation.queued" | "conversation.assigned" | "conversation.unassigned" | "conversation.pending" | "conversation.transferred" | "conversation.message_received" | "conversation.reply_sent" | "conversation.note_added" | "conversation.held" | "conversation.resumed" | "conversation.updated" | "conversation.resolved" | "wrap_up.changed" | "call.monitored" | "callback.requested" | "callback.offered" | "callback.updated" | "callback.finished" | "presence.changed" | "config.changed" | "workflow.run_started" | "workflow.run_progressed" | "workflow.run_finished")[];
          enabled?: boolean;
          description?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            id: string;
            url: string;
            events: string[];
            enabled: boolean;
            description?: string;
          } & {
            /** @description The signing secret (also at GET …/secret, admins only) */
            secret: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * A webhook subscription (admin)
   * @description Never the secret: GET …/secret reveals it.
   */
  getWebhook: {
    parameters: {
      path: {
        workspaceId: string;
        webhookId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            url: string;
            events: string[];
            enabled: boolean;
            description?: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Remove a webhook subscription (admin); its delivery log goes with it
   * @description Nothing more is sent to its URL.
   */
  deleteWebhook: {
    parameters: {
      path: {
        workspaceId: string;
        webhookId: string;
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Change a webhook subscription (admin)
   * @description Only the fields sent change; a new URL is checked as on creation.
   */
  updateWebhook: {
    parameters: {
      path: {
        workspaceId: string;
        webhookId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description http or https; not a private address (SSRF) */
          url?: string;
          /** @description Public message types (see the README: Webhooks) */
          events?: ("call.received" | "call.placed" | "call.queued" | "call.dequeued" | "call.offered" | "call.answered" | "call.left" | "call.held" | "call.resumed" | "call.updated" | "call.ended" | "transfer.started" | "transfer.received" | "transfer.consulting" | "transfer.conference_started" | "transfer.completed" | "transfer.failed" | "transfer.cancelled" | "voicemail.left" | "voicemail.heard" | "recording.available" | "conversation.opened" | "conversation.queued" | "conversation.assigned" | "conversation.unassigned" | "conversation.pending" | "conversation.transferred" | "conversation.message_received" | "conversation.reply_sent" | "conversation.note_added" | "conversation.held" | "conversation.resumed" | "conversation.updated" | "conversation.resolved" | "wrap_up.changed" | "call.monitored" | "callback.requested" | "callback.offered" | "callback.updated" | "callback.finished" | "presence.changed" | "config.changed" | "workflow.run_started" | "workflow.run_progressed" | "workflow.run_finished")[];
          enabled?: boolean;
          description?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            url: string;
            events: string[];
            enabled: boolean;
            description?: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Reveal a webhook's signing secret (admin), as Stripe's dashboard does
   * @description The secret deliveries are signed with (HMAC-SHA256).
   */
  getWebhookSecret: {
    parameters: {
      path: {
        workspaceId: string;
        webhookId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            secret: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * A webhook's delivery log, newest first (admin): status, attempts, response code and time
   * @description Filter by status; pass nextCursor as cursor for the next page.
   */
  listWebhookDeliveries: {
    parameters: {
      query: {
        status?: "pending" | "delivered" | "failed";
        limit: number;
        cursor?: string;
      };
      path: {
        workspaceId: string;
        webhookId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: ({
                id: string;
                webhookId: string;
                type: string;
                status: "pending" | "delivered" | "failed";
                attempts: number;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                nextAttemptAt?: string;
                /** Format: date-time */
                lastAttemptAt?: string;
                responseStatus?: number;
                responseMs?: number;
                error?: string;
                /** @description The JSON body sent */
                payload: unknown;
              })[];
            nextCursor?: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Send a delivery again now (admin), whatever its status
   * @description Answers 202 with the delivery queued again; the dispatcher sends it on its next round.
   */
  replayWebhookDelivery: {
    parameters: {
      path: {
        workspaceId: string;
        webhookId: string;
        deliveryId: string;
      };
    };
    responses: {
      /** @description Default Response */
      202: {
        content: {
          "application/json": {
            id: string;
            webhookId: string;
            type: string;
            status: "pending" | "delivered" | "failed";
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            nextAttemptAt?: string;
            /** Format: date-time */
            lastAttemptAt?: string;
            responseStatus?: number;
            responseMs?: number;
            error?: string;
            /** @description The JSON body sent */
            payload: unknown;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The calls report: one row per call started in the period; JSON { items } or, with `Accept: text/csv`, CSV
   * @description Supervisors and admins. The period is given with from and to. Rows are streamed as the store pages them; send `Accept: text/csv` for CSV. waitSeconds runs to the answer (or the end); talkSeconds from the answer to the end.
   */
  getCallsReport: {
    parameters: {
      query: {
        /** @description Start of the period (calls and conversations started at or after) */
        from: string;
        /** @description End of the period (started before) */
        to: string;
        /** @description service-level: answered within this wait counts as within target */
        targetSeconds: number;
      };
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description The rows in order */
      200: {
        content: {
          "application/json": {
            items: ({
                callId: string;
                /** @enum {unknown} */
                direction: "inbound" | "outbound";
                /** Format: date-time */
                startedAt: string;
                /** Format: date-time */
                answeredAt?: string;
                /** Format: date-time */
                endedAt?: string;
                numberId: string;
                from: string;
                to: string;
                contactId?: string;
                /** @description ringing, connected or ended */
                status: string;
                /** @description answered, missed, abandoned, no_agent, voicemail, callback … */
                outcome?: string;
                /** @description Whole seconds */
                waitSeconds?: number;
                /** @description Whole seconds */
                talkSeconds?: number;
                answeredBy?: string;
                transfers: number;
                /** @description Ids separated by spaces */
                recordings?: string;
                callbackId?: string;
              })[];
          };
          "text/csv": string;
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The conversations report: one row per conversation opened in the period; JSON { items } or, with `Accept: text/csv`, CSV
   * @description Supervisors and admins. The period is given with from and to. Rows are streamed as the store pages them; send `Accept: text/csv` for CSV. The last transfer’s sender and reason are on each row.
   */
  getConversationsReport: {
    parameters: {
      query: {
        /** @description Start of the period (calls and conversations started at or after) */
        from: string;
        /** @description End of the period (started before) */
        to: string;
        /** @description service-level: answered within this wait counts as within target */
        targetSeconds: number;
      };
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description The rows in order */
      200: {
        content: {
          "application/json": {
            items: {
                conversationId: string;
                channel: string;
                contactAddress: string;
                contactName?: string;
                contactId?: string;
                departmentId?: string;
                assigneeId?: string;
                /** @description queued, assigned, pending, on_hold or resolved */
                status: string;
                /** Format: date-time */
                openedAt: string;
                /** Format: date-time */
                resolvedAt?: string;
                resolvedBy?: string;
                lastTransferFrom?: string;
                lastTransferReason?: string;
              }[];
          };
          "text/csv": string;
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The agents report: per agent and 30-minute interval, offered, answered, missed, talk and time in each presence; JSON { items } or, with `Accept: text/csv`, CSV
   * @description Supervisors and admins. The period is given with from and to. Rows are streamed as the store pages them; send `Accept: text/csv` for CSV. One row per agent and 30-minute interval in which they did anything.
   */
  getAgentsReport: {
    parameters: {
      query: {
        /** @description Start of the period (calls and conversations started at or after) */
        from: string;
        /** @description End of the period (started before) */
        to: string;
        /** @description service-level: answered within this wait counts as within target */
        targetSeconds: number;
      };
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description The rows in order */
      200: {
        content: {
          "application/json": {
            items: {
                userId: string;
                /**
                 * Format: date-time
                 * @description The 30-minute interval’s start (UTC)
                 */
                intervalStart: string;
                offered: number;
                answered: number;
                missed: number;
                /** @description Whole seconds */
                talkSeconds: number;
                /** @description Whole seconds */
                onlineSeconds: number;
                /** @description Whole seconds */
                pre_pauseSeconds: number;
                /** @description Whole seconds */
                pauseSeconds: number;
                /** @description Whole seconds */
                offlineSeconds: number;
                /** @description Whole seconds */
                wrapUpSeconds: number;
                /** @description Whole seconds */
                chatWrapUpSeconds: number;
                callbacksOffered: number;
                callbacksAccepted: number;
                callbacksPlaced: number;
              }[];
          };
          "text/csv": string;
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The service-level report: per 30-minute interval; callers who asked for a callback counted apart; JSON { items } or, with `Accept: text/csv`, CSV
   * @description Supervisors and admins. The period is given with from and to. Rows are streamed as the store pages them; send `Accept: text/csv` for CSV. targetSeconds sets the wait that counts as within target (default 20).
   */
  getServiceLevelReport: {
    parameters: {
      query: {
        /** @description Start of the period (calls and conversations started at or after) */
        from: string;
        /** @description End of the period (started before) */
        to: string;
        /** @description service-level: answered within this wait counts as within target */
        targetSeconds: number;
      };
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description The rows in order */
      200: {
        content: {
          "application/json": {
            items: {
                /**
                 * Format: date-time
                 * @description The 30-minute interval’s start (UTC)
                 */
                intervalStart: string;
                offered: number;
                answered: number;
                answeredWithinTarget: number;
                abandoned: number;
                /** @description R3: callers who left the queue for a callback: neither answered nor lost, not in offered */
                callbacks: number;
                /** @description Answered within target of offered; absent when the interval offered none */
                serviceLevelPercent?: number;
                /** @description Of the answered calls; absent when none was */
                averageWaitSeconds?: number;
              }[];
          };
          "text/csv": string;
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The callbacks report: one row per callback requested in the period, with its outcome; JSON { items } or, with `Accept: text/csv`, CSV
   * @description Supervisors and admins. The period is given with from and to. Rows are streamed as the store pages them; send `Accept: text/csv` for CSV. Finished callbacks first, as they finish; then those still open, with their status.
   */
  getCallbacksReport: {
    parameters: {
      query: {
        /** @description Start of the period (calls and conversations started at or after) */
        from: string;
        /** @description End of the period (started before) */
        to: string;
        /** @description service-level: answered within this wait counts as within target */
        targetSeconds: number;
      };
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description The rows in order */
      200: {
        content: {
          "application/json": {
            items: {
                callbackId: string;
                callId: string;
                numberId: string;
                to: string;
                /** Format: date-time */
                queuedAt: string;
                /** Format: date-time */
                requestedAt: string;
                /** Format: date-time */
                finishedAt?: string;
                /** @description Where an unfinished callback stands */
                status?: string;
                /** @description answered, no_answer, abandoned, cancelled … */
                outcome?: string;
                reason?: string;
                offers: number;
                attempts: number;
                answeredBy?: string;
                cancelledBy?: string;
                /** @description Whole seconds */
                waitSeconds?: number;
                /** @description Ids separated by spaces */
                placedCalls?: string;
              }[];
          };
          "text/csv": string;
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * A report as a CSV file to download: calls, conversations, agents, service-level or callbacks
   * @description Supervisors and admins. The same rows as the report’s own route, as a CSV file (content-disposition: attachment), streamed row by row.
   */
  downloadReportCsv: {
    parameters: {
      query: {
        /** @description Start of the period (calls and conversations started at or after) */
        from: string;
        /** @description End of the period (started before) */
        to: string;
        /** @description service-level: answered within this wait counts as within target */
        targetSeconds: number;
      };
      path: {
        workspaceId: string;
        /** @description The report, as a CSV file */
        report: "calls.csv" | "conversations.csv" | "agents.csv" | "service-level.csv" | "callbacks.csv";
      };
    };
    responses: {
      /** @description The report */
      200: {
        content: {
          "text/csv": string;
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Callbacks not finished yet (R3): supervisors see all, agents those offered to or placed by them
   * @description Callbacks still waiting, offered or being placed, oldest place in the queue first.
   */
  listCallbacks: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: ({
                callbackId: string;
                /** @description The call in which the caller asked for it */
                callId: string;
                numberId: string;
                /** @description The number to call back (E.164) */
                to: string;
                /** @enum {unknown} */
                status: "waiting" | "offered" | "dialing" | "retry";
                /** @description Place in the waiting list (1 = next), while waiting */
                position?: number;
                /**
                 * Format: date-time
                 * @description When the caller started waiting: its place
                 */
                queuedAt: string;
                /** Format: date-time */
                requestedAt: string;
                attempts: number;
                /** @description The agent it is offered to, or who is placing it */
                userId?: string;
                placedCallId?: string;
                /** Format: date-time */
                retryAt?: string;
              })[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Accept the callback offered to you: the customer is called with you on the line
   * @description The agent it is offered to accepts: the customer is dialled and bridged to the agent when they answer.
   */
  acceptCallback: {
    parameters: {
      path: {
        workspaceId: string;
        callbackId: string;
      };
    };
    /** @description Users act as themselves; API keys and supervisors name the agent */
    requestBody: {
      content: {
        "application/json": {
          userId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Decline the callback offered to you: it goes back to its place
   * @description The agent it is offered to declines: it goes back to its original place in the queue.
   */
  declineCallback: {
    parameters: {
      path: {
        workspaceId: string;
        callbackId: string;
      };
    };
    /** @description Users act as themselves; API keys and supervisors name the agent */
    requestBody: {
      content: {
        "application/json": {
          userId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Give the callback up (supervisors, or the agent it is offered to): abandoned
   * @description Gives the callback up with the outcome abandoned; recorded with who did it.
   */
  cancelCallback: {
    parameters: {
      path: {
        workspaceId: string;
        callbackId: string;
      };
    };
    /** @description Users act as themselves; API keys and supervisors name the agent */
    requestBody: {
      content: {
        "application/json": {
          userId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Every live call, conversation and callback of the workspace (R4; supervisors and admins)
   * @description Every live call (who, where, how long, waiting or connected, who supervises it), conversation and callback, for the supervisors’ Live page.
   */
  getLiveBoard: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /** Format: date-time */
            at: string;
            calls: ({
                callId: string;
                direction: string;
                numberId: string;
                from: string;
                to: string;
                phase: string;
                /**
                 * @description waiting: not talking to anyone yet
                 * @enum {unknown}
                 */
                state: "waiting" | "connected";
                held: boolean;
                agentId?: string;
                /** Format: date-time */
                startedAt: string;
                /** Format: date-time */
                answeredAt?: string;
                /** Format: date-time */
                queuedAt?: string;
                legs: ({
                    legId: string;
                    party: string;
                    userId?: string;
                    number?: string;
                    status: string;
                    /** @enum {unknown} */
                    monitor?: "listen" | "whisper" | "barge";
                  })[];
              })[];
            conversations: ({
                conversationId: string;
                channel: string;
                /** @description The contact’s name, else their address */
                contact: string;
                departmentId?: string;
                assigneeId?: string;
                status: string;
                /** @enum {unknown} */
                state: "waiting" | "connected";
                /** Format: date-time */
                openedAt: string;
              })[];
            callbacks: ({
                callbackId: string;
                /** @description The call in which the caller asked for it */
                callId: string;
                numberId: string;
                /** @description The number to call back (E.164) */
                to: string;
                /** @enum {unknown} */
                status: "waiting" | "offered" | "dialing" | "retry";
                /** @description Place in the waiting list (1 = next), while waiting */
                position?: number;
                /**
                 * Format: date-time
                 * @description When the caller started waiting: its place
                 */
                queuedAt: string;
                /** Format: date-time */
                requestedAt: string;
                attempts: number;
                /** @description The agent it is offered to, or who is placing it */
                userId?: string;
                placedCallId?: string;
                /** Format: date-time */
                retryAt?: string;
              })[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Switch between listen, whisper and barge on a call you supervise (R4)
   * @description Switches a supervisor already on the call between listen, whisper and barge. In the call’s history.
   */
  changeMonitorMode: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * @description listen: hear both, heard by nobody; whisper: the agent hears you too; barge: all three talk
           * @enum {unknown}
           */
          mode: "listen" | "whisper" | "barge";
          userId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Join a live call as a supervisor: your phone rings, and answering joins in the mode (R4)
   * @description Rings the supervisor’s phone; answering joins the call to listen (silent), whisper (only the agent hears) or barge (three-way). In the call’s history.
   */
  monitorCall: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * @description listen: hear both, heard by nobody; whisper: the agent hears you too; barge: all three talk
           * @enum {unknown}
           */
          mode: "listen" | "whisper" | "barge";
          userId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        content: never;
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Move a connected call on the agent’s behalf, or send a waiting one to an agent, group or department; the history says who did it (R4)
   * @description Transfers a connected call on the agent’s behalf (held, then moved directly), or sends a waiting one (queued, or ringing agents who have not answered) to an agent, a group (which rings by its own strategy) or a department (its least busy free agent of the number called). In the call’s history with who did it.
   */
  supervisorTransferCall: {
    parameters: {
      path: {
        workspaceId: string;
        callId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          target: {
            /** @enum {unknown} */
            kind: "user" | "group" | "department" | "external";
            userId?: string;
            groupId?: string;
            departmentId?: string;
            /** @description E.164 (W6) */
            number?: string;
          };
          userId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        content: {
          "application/json": {
            transferId: string;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Skills required and wrap-up, per number, group and department that has any
   * @description The skills each number, group and department requires (with any relaxation) and its wrap-up seconds.
   */
  listRoutingRules: {
    parameters: {
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            items: ({
                /** @enum {unknown} */
                kind: "number" | "group" | "department";
                id: string;
                skills: {
                    skill: string;
                    minLevel: number;
                    relax?: {
                      afterSec: number;
                      minLevel: number;
                    };
                  }[];
                wrapUpSec: number;
              })[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * The skills required and the wrap-up of one number, group or department
   * @description One number’s, group’s or department’s skills required and wrap-up; empty when none is set.
   */
  getRoutingRule: {
    parameters: {
      path: {
        workspaceId: string;
        kind: "number" | "group" | "department";
        id: string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /** @enum {unknown} */
            kind: "number" | "group" | "department";
            id: string;
            skills: {
                skill: string;
                minLevel: number;
                relax?: {
                  afterSec: number;
                  minLevel: number;
                };
              }[];
            wrapUpSec: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Set the skills required and the wrap-up of a number, group or department (admin)
   * @description Sets the skills required (all of, each at a minimum level, optionally relaxing after a wait) and the wrap-up seconds. Waiting callers and chats are served again at once.
   */
  setRoutingRule: {
    parameters: {
      path: {
        workspaceId: string;
        kind: "number" | "group" | "department";
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description R1: all of them are required; the whole list replaces the previous one */
          skills?: {
              skill: string;
              minLevel: number;
              relax?: {
                afterSec: number;
                minLevel: number;
              };
            }[];
          /** @description R2: seconds of after-call work; 0: none */
          wrapUpSec?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            /** @enum {unknown} */
            kind: "number" | "group" | "department";
            id: string;
            skills: {
                skill: string;
                minLevel: number;
                relax?: {
                  afterSec: number;
                  minLevel: number;
                };
              }[];
            wrapUpSec: number;
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * End your wrap-up now, or extend it once by its length (R2)
   * @description action end: the wrap-up ends now and offers resume; extend: once, by its own length. Agents their own; supervisors anyone’s.
   */
  changeWrapUp: {
    parameters: {
      path: {
        workspaceId: string;
        userId: string;
        action: "end" | "extend";
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {unknown} */
          channel: "voice" | "chat";
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            id: string;
            name: string;
            email: string;
            /** @enum {unknown} */
            role: "admin" | "supervisor" | "agent";
            extension?: string;
            mobile?: string;
            capacity: {
              voice: number;
              chat: number;
            };
            /** @enum {unknown} */
            presence: "online" | "pre_pause" | "pause" | "offline";
            /** Format: date-time */
            presenceSince: string;
            departmentIds: string[];
            numberIds: string[];
            skills: {
                skill: string;
                level: number;
              }[];
            /** @description R2: after-call work in progress, per channel */
            wrapUp?: {
              voice?: {
                /** Format: date-time */
                until: string;
                seconds: number;
                extended: boolean;
              };
              chat?: {
                /** Format: date-time */
                until: string;
                seconds: number;
                extended: boolean;
              };
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Export a workspace as a spec (admin): YAML, or JSON with format=json; never holds secrets
   * @description Admin. What PUT …/config applies to build this workspace again.
   */
  exportWorkspaceSpec: {
    parameters: {
      query?: {
        format?: "yaml" | "json";
      };
      path: {
        workspaceId: string;
      };
    };
    responses: {
      /** @description the spec as YAML (application/yaml), or as JSON with format=json */
      200: {
        content: {
          "application/yaml": string;
          "application/json": string;
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/yaml": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/yaml": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/yaml": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/yaml": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/yaml": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
  /**
   * Apply a workspace spec (admin): create what is missing, update what differs; idempotent
   * @description Body: the spec as JSON, or as YAML with Content-Type application/yaml. Creating a workspace needs the server admin key. A bad spec is refused with 400 naming the path (users[2].mobile) and changes nothing.
   */
  applyWorkspaceSpec: {
    parameters: {
      query?: {
        /** @description plan only: list what would change, change nothing */
        dryRun?: boolean;
        /** @description remove what the spec’s sections do not list */
        prune?: boolean;
      };
      path: {
        workspaceId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {number} */
          version?: 1;
          prune?: boolean;
          workspace: {
            id: string;
            name: string;
            /** @enum {unknown} */
            plan?: "starter" | "business" | "scale";
            timeZone?: string;
            defaultCountry?: string;
            missedOfferPolicy?: {
              after: number;
              /** @enum {unknown} */
              presence: "pre_pause" | "pause" | "offline";
            };
            webchatOrigins?: string[];
          };
          departments?: ({
              id: string;
              name: string;
              chat?: {
                /** @enum {unknown} */
                strategy?: "least_busy" | "round_robin" | "manual";
                /** @enum {unknown} */
                onAgentOffline?: "keep" | "requeue" | "reassign";
              };
              skills?: {
                  skill: string;
                  minLevel: number;
                  relax?: {
                    afterSec: number;
                    minLevel: number;
                  };
                }[];
              wrapUpSec?: number;
            })[];
          users?: ({
              id: string;
              name: string;
              email: string;
              /** @enum {unknown} */
              role?: "admin" | "supervisor" | "agent";
              extension?: string;
              mobile?: string;
              capacity?: {
                voice?: number;
                chat?: number;
              };
              departments?: string[];
              skills?: {
                  skill: string;
                  level: number;
                }[];
              password?: string;
            })[];
          groups?: ({
              id: string;
              name: string;
              members?: string[];
              /** @enum {unknown} */
              strategy?: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
              ringTimeoutSec?: number;
              noAnswer?: {
                /** @enum {unknown} */
                kind: "forward_member_mobile" | "forward" | "voicemail" | "hang_up";
                to?: string;
              };
              skills?: {
                  skill: string;
                  minLevel: number;
                  relax?: {
                    afterSec: number;
                    minLevel: number;
                  };
                }[];
              wrapUpSec?: number;
            })[];
          ivrMenus?: ({
              id: string;
              name: string;
              prompt: string;
              options?: {
                [key: string]: {
                  /** @enum {unknown} */
                  kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                  group?: string;
                  user?: string;
                  menu?: string;
                  to?: string;
                };
              };
              timeoutSec?: number;
              noInput?: {
                /** @enum {unknown} */
                kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                group?: string;
                user?: string;
                menu?: string;
                to?: string;
              };
              invalidInput?: {
                /** @enum {unknown} */
                kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                group?: string;
                user?: string;
                menu?: string;
                to?: string;
              };
              maxRepeats?: number;
            })[];
          numbers?: ({
              id: string;
              e164: string;
              /** @enum {unknown} */
              kind: "rented" | "sip";
              label?: string;
              assignedUsers?: string[];
              settings?: {
                record?: boolean;
                /** @enum {unknown} */
                mode?: "receive" | "forward_all" | "reject";
                forwardTo?: string;
                /** @enum {unknown} */
                strategy?: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
                ringTimeoutSec?: number;
                offlineAction?: {
                  /** @enum {unknown} */
                  kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
                  message?: string;
                  greeting?: string;
                  to?: string;
                };
                noAnswerAction?: {
                  /** @enum {unknown} */
                  kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
                  message?: string;
                  greeting?: string;
                  to?: string;
                };
                welcomeMessage?: string;
                voicedropMessage?: string;
                passCallerId?: boolean;
                hours?: {
                  timeZone?: string;
                  weekly?: {
                    mon?: string[];
                    tue?: string[];
                    wed?: string[];
                    thu?: string[];
                    fri?: string[];
                    sat?: string[];
                    sun?: string[];
                  };
                  holidays?: string[];
                  holidayNames?: {
                    [key: string]: string;
                  };
                  closures?: {
                      from: string;
                      to: string;
                    }[];
                };
                outOfHoursAction?: {
                  /** @enum {unknown} */
                  kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
                  message?: string;
                  greeting?: string;
                  to?: string;
                };
                route?: {
                  /** @enum {unknown} */
                  kind: "agents" | "group" | "ivr";
                  group?: string;
                  menu?: string;
                };
                ownerRouting?: boolean;
                extensionDialing?: boolean;
                queue?: {
                  enabled?: boolean;
                  maxWaitSec?: number;
                  maxLength?: number;
                  priority?: number;
                };
                callback?: {
                  enabled?: boolean;
                  key?: string;
                  /** @enum {unknown} */
                  mode?: "agent_first" | "auto";
                  retries?: number;
                  retryDelaySec?: number;
                  prompt?: string;
                };
              };
              skills?: {
                  skill: string;
                  minLevel: number;
                  relax?: {
                    afterSec: number;
                    minLevel: number;
                  };
                }[];
              wrapUpSec?: number;
            })[];
          contacts?: {
              id: string;
              name: string;
              company?: string;
              phones?: string[];
              responsible?: string;
            }[];
          billing?: {
            balanceCents: number;
            currency?: string;
            sipLicence?: boolean;
          };
          sip?: {
            trunk?: {
              allowedSources: string[];
              outbound?: {
                host: string;
                port?: number;
                /** @enum {unknown} */
                transport?: "udp" | "tcp";
              };
            };
          };
          workflows?: ({
              id: string;
              name: string;
              enabled?: boolean;
              trigger: {
                /** @enum {unknown} */
                kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                /** @enum {unknown} */
                match?: "all" | "any";
                conditions?: ({
                    /** @description conversation triggers: source, channel, department; call_missed: number, outcome; any: contact.id, contact.name, contact.company, contact.phone, contact.responsible */
                    field: string;
                    /** @enum {unknown} */
                    op: "eq" | "neq" | "exists" | "not_exists";
                    value?: string;
                  })[];
              };
              start: string;
              steps: ({
                  id: string;
                  /** @enum {unknown} */
                  kind: "assign" | "wait" | "branch" | "add_comment" | "create_conversation" | "close" | "end";
                  [key: string]: unknown;
                })[];
            })[];
          webhooks?: ({
              id: string;
              url: string;
              events: ("call.received" | "call.placed" | "call.queued" | "call.dequeued" | "call.offered" | "call.answered" | "call.left" | "call.held" | "call.resumed" | "call.updated" | "call.ended" | "transfer.started" | "transfer.received" | "transfer.consulting" | "transfer.conference_started" | "transfer.completed" | "transfer.failed" | "transfer.cancelled" | "voicemail.left" | "voicemail.heard" | "recording.available" | "conversation.opened" | "conversation.queued" | "conversation.assigned" | "conversation.unassigned" | "conversation.pending" | "conversation.transferred" | "conversation.message_received" | "conversation.reply_sent" | "conversation.note_added" | "conversation.held" | "conversation.resumed" | "conversation.updated" | "conversation.resolved" | "wrap_up.changed" | "call.monitored" | "callback.requested" | "callback.offered" | "callback.updated" | "callback.finished" | "presence.changed" | "config.changed" | "workflow.run_started" | "workflow.run_progressed" | "workflow.run_finished")[];
              enabled?: boolean;
              description?: string;
            })[];
        };
        "application/yaml": {
          /** @enum {number} */
          version?: 1;
          prune?: boolean;
          workspace: {
            id: string;
            name: string;
            /** @enum {unknown} */
            plan?: "starter" | "business" | "scale";
            timeZone?: string;
            defaultCountry?: string;
            missedOfferPolicy?: {
              after: number;
              /** @enum {unknown} */
              presence: "pre_pause" | "pause" | "offline";
            };
            webchatOrigins?: string[];
          };
          departments?: ({
              id: string;
              name: string;
              chat?: {
                /** @enum {unknown} */
                strategy?: "least_busy" | "round_robin" | "manual";
                /** @enum {unknown} */
                onAgentOffline?: "keep" | "requeue" | "reassign";
              };
              skills?: {
                  skill: string;
                  minLevel: number;
                  relax?: {
                    afterSec: number;
                    minLevel: number;
                  };
                }[];
              wrapUpSec?: number;
            })[];
          users?: ({
              id: string;
              name: string;
              email: string;
              /** @enum {unknown} */
              role?: "admin" | "supervisor" | "agent";
              extension?: string;
              mobile?: string;
              capacity?: {
                voice?: number;
                chat?: number;
              };
              departments?: string[];
              skills?: {
                  skill: string;
                  level: number;
                }[];
              password?: string;
            })[];
          groups?: ({
              id: string;
              name: string;
              members?: string[];
              /** @enum {unknown} */
              strategy?: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
              ringTimeoutSec?: number;
              noAnswer?: {
                /** @enum {unknown} */
                kind: "forward_member_mobile" | "forward" | "voicemail" | "hang_up";
                to?: string;
              };
              skills?: {
                  skill: string;
                  minLevel: number;
                  relax?: {
                    afterSec: number;
                    minLevel: number;
                  };
                }[];
              wrapUpSec?: number;
            })[];
          ivrMenus?: ({
              id: string;
              name: string;
              prompt: string;
              options?: {
                [key: string]: {
                  /** @enum {unknown} */
                  kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                  group?: string;
                  user?: string;
                  menu?: string;
                  to?: string;
                };
              };
              timeoutSec?: number;
              noInput?: {
                /** @enum {unknown} */
                kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                group?: string;
                user?: string;
                menu?: string;
                to?: string;
              };
              invalidInput?: {
                /** @enum {unknown} */
                kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                group?: string;
                user?: string;
                menu?: string;
                to?: string;
              };
              maxRepeats?: number;
            })[];
          numbers?: ({
              id: string;
              e164: string;
              /** @enum {unknown} */
              kind: "rented" | "sip";
              label?: string;
              assignedUsers?: string[];
              settings?: {
                record?: boolean;
                /** @enum {unknown} */
                mode?: "receive" | "forward_all" | "reject";
                forwardTo?: string;
                /** @enum {unknown} */
                strategy?: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
                ringTimeoutSec?: number;
                offlineAction?: {
                  /** @enum {unknown} */
                  kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
                  message?: string;
                  greeting?: string;
                  to?: string;
                };
                noAnswerAction?: {
                  /** @enum {unknown} */
                  kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
                  message?: string;
                  greeting?: string;
                  to?: string;
                };
                welcomeMessage?: string;
                voicedropMessage?: string;
                passCallerId?: boolean;
                hours?: {
                  timeZone?: string;
                  weekly?: {
                    mon?: string[];
                    tue?: string[];
                    wed?: string[];
                    thu?: string[];
                    fri?: string[];
                    sat?: string[];
                    sun?: string[];
                  };
                  holidays?: string[];
                  holidayNames?: {
                    [key: string]: string;
                  };
                  closures?: {
                      from: string;
                      to: string;
                    }[];
                };
                outOfHoursAction?: {
                  /** @enum {unknown} */
                  kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
                  message?: string;
                  greeting?: string;
                  to?: string;
                };
                route?: {
                  /** @enum {unknown} */
                  kind: "agents" | "group" | "ivr";
                  group?: string;
                  menu?: string;
                };
                ownerRouting?: boolean;
                extensionDialing?: boolean;
                queue?: {
                  enabled?: boolean;
                  maxWaitSec?: number;
                  maxLength?: number;
                  priority?: number;
                };
                callback?: {
                  enabled?: boolean;
                  key?: string;
                  /** @enum {unknown} */
                  mode?: "agent_first" | "auto";
                  retries?: number;
                  retryDelaySec?: number;
                  prompt?: string;
                };
              };
              skills?: {
                  skill: string;
                  minLevel: number;
                  relax?: {
                    afterSec: number;
                    minLevel: number;
                  };
                }[];
              wrapUpSec?: number;
            })[];
          contacts?: {
              id: string;
              name: string;
              company?: string;
              phones?: string[];
              responsible?: string;
            }[];
          billing?: {
            balanceCents: number;
            currency?: string;
            sipLicence?: boolean;
          };
          sip?: {
            trunk?: {
              allowedSources: string[];
              outbound?: {
                host: string;
                port?: number;
                /** @enum {unknown} */
                transport?: "udp" | "tcp";
              };
            };
          };
          workflows?: ({
              id: string;
              name: string;
              enabled?: boolean;
              trigger: {
                /** @enum {unknown} */
                kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                /** @enum {unknown} */
                match?: "all" | "any";
                conditions?: ({
                    /** @description conversation triggers: source, channel, department; call_missed: number, outcome; any: contact.id, contact.name, contact.company, contact.phone, contact.responsible */
                    field: string;
                    /** @enum {unknown} */
                    op: "eq" | "neq" | "exists" | "not_exists";
                    value?: string;
                  })[];
              };
              start: string;
              steps: ({
                  id: string;
                  /** @enum {unknown} */
                  kind: "assign" | "wait" | "branch" | "add_comment" | "create_conversation" | "close" | "end";
                  [key: string]: unknown;
                })[];
            })[];
          webhooks?: ({
              id: string;
              url: string;
              events: ("call.received" | "call.placed" | "call.queued" | "call.dequeued" | "call.offered" | "call.answered" | "call.left" | "call.held" | "call.resumed" | "call.updated" | "call.ended" | "transfer.started" | "transfer.received" | "transfer.consulting" | "transfer.conference_started" | "transfer.completed" | "transfer.failed" | "transfer.cancelled" | "voicemail.left" | "voicemail.heard" | "recording.available" | "conversation.opened" | "conversation.queued" | "conversation.assigned" | "conversation.unassigned" | "conversation.pending" | "conversation.transferred" | "conversation.message_received" | "conversation.reply_sent" | "conversation.note_added" | "conversation.held" | "conversation.resumed" | "conversation.updated" | "conversation.resolved" | "wrap_up.changed" | "call.monitored" | "callback.requested" | "callback.offered" | "callback.updated" | "callback.finished" | "presence.changed" | "config.changed" | "workflow.run_started" | "workflow.run_progressed" | "workflow.run_finished")[];
              enabled?: boolean;
              description?: string;
            })[];
        };
        "application/x-yaml": {
          /** @enum {number} */
          version?: 1;
          prune?: boolean;
          workspace: {
            id: string;
            name: string;
            /** @enum {unknown} */
            plan?: "starter" | "business" | "scale";
            timeZone?: string;
            defaultCountry?: string;
            missedOfferPolicy?: {
              after: number;
              /** @enum {unknown} */
              presence: "pre_pause" | "pause" | "offline";
            };
            webchatOrigins?: string[];
          };
          departments?: ({
              id: string;
              name: string;
              chat?: {
                /** @enum {unknown} */
                strategy?: "least_busy" | "round_robin" | "manual";
                /** @enum {unknown} */
                onAgentOffline?: "keep" | "requeue" | "reassign";
              };
              skills?: {
                  skill: string;
                  minLevel: number;
                  relax?: {
                    afterSec: number;
                    minLevel: number;
                  };
                }[];
              wrapUpSec?: number;
            })[];
          users?: ({
              id: string;
              name: string;
              email: string;
              /** @enum {unknown} */
              role?: "admin" | "supervisor" | "agent";
              extension?: string;
              mobile?: string;
              capacity?: {
                voice?: number;
                chat?: number;
              };
              departments?: string[];
              skills?: {
                  skill: string;
                  level: number;
                }[];
              password?: string;
            })[];
          groups?: ({
              id: string;
              name: string;
              members?: string[];
              /** @enum {unknown} */
              strategy?: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
              ringTimeoutSec?: number;
              noAnswer?: {
                /** @enum {unknown} */
                kind: "forward_member_mobile" | "forward" | "voicemail" | "hang_up";
                to?: string;
              };
              skills?: {
                  skill: string;
                  minLevel: number;
                  relax?: {
                    afterSec: number;
                    minLevel: number;
                  };
                }[];
              wrapUpSec?: number;
            })[];
          ivrMenus?: ({
              id: string;
              name: string;
              prompt: string;
              options?: {
                [key: string]: {
                  /** @enum {unknown} */
                  kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                  group?: string;
                  user?: string;
                  menu?: string;
                  to?: string;
                };
              };
              timeoutSec?: number;
              noInput?: {
                /** @enum {unknown} */
                kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                group?: string;
                user?: string;
                menu?: string;
                to?: string;
              };
              invalidInput?: {
                /** @enum {unknown} */
                kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                group?: string;
                user?: string;
                menu?: string;
                to?: string;
              };
              maxRepeats?: number;
            })[];
          numbers?: ({
              id: string;
              e164: string;
              /** @enum {unknown} */
              kind: "rented" | "sip";
              label?: string;
              assignedUsers?: string[];
              settings?: {
                record?: boolean;
                /** @enum {unknown} */
                mode?: "receive" | "forward_all" | "reject";
                forwardTo?: string;
                /** @enum {unknown} */
                strategy?: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
                ringTimeoutSec?: number;
                offlineAction?: {
                  /** @enum {unknown} */
                  kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
                  message?: string;
                  greeting?: string;
                  to?: string;
                };
                noAnswerAction?: {
                  /** @enum {unknown} */
                  kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
                  message?: string;
                  greeting?: string;
                  to?: string;
                };
                welcomeMessage?: string;
                voicedropMessage?: string;
                passCallerId?: boolean;
                hours?: {
                  timeZone?: string;
                  weekly?: {
                    mon?: string[];
                    tue?: string[];
                    wed?: string[];
                    thu?: string[];
                    fri?: string[];
                    sat?: string[];
                    sun?: string[];
                  };
                  holidays?: string[];
                  holidayNames?: {
                    [key: string]: string;
                  };
                  closures?: {
                      from: string;
                      to: string;
                    }[];
                };
                outOfHoursAction?: {
                  /** @enum {unknown} */
                  kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
                  message?: string;
                  greeting?: string;
                  to?: string;
                };
                route?: {
                  /** @enum {unknown} */
                  kind: "agents" | "group" | "ivr";
                  group?: string;
                  menu?: string;
                };
                ownerRouting?: boolean;
                extensionDialing?: boolean;
                queue?: {
                  enabled?: boolean;
                  maxWaitSec?: number;
                  maxLength?: number;
                  priority?: number;
                };
                callback?: {
                  enabled?: boolean;
                  key?: string;
                  /** @enum {unknown} */
                  mode?: "agent_first" | "auto";
                  retries?: number;
                  retryDelaySec?: number;
                  prompt?: string;
                };
              };
              skills?: {
                  skill: string;
                  minLevel: number;
                  relax?: {
                    afterSec: number;
                    minLevel: number;
                  };
                }[];
              wrapUpSec?: number;
            })[];
          contacts?: {
              id: string;
              name: string;
              company?: string;
              phones?: string[];
              responsible?: string;
            }[];
          billing?: {
            balanceCents: number;
            currency?: string;
            sipLicence?: boolean;
          };
          sip?: {
            trunk?: {
              allowedSources: string[];
              outbound?: {
                host: string;
                port?: number;
                /** @enum {unknown} */
                transport?: "udp" | "tcp";
              };
            };
          };
          workflows?: ({
              id: string;
              name: string;
              enabled?: boolean;
              trigger: {
                /** @enum {unknown} */
                kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                /** @enum {unknown} */
                match?: "all" | "any";
                conditions?: ({
                    /** @description conversation triggers: source, channel, department; call_missed: number, outcome; any: contact.id, contact.name, contact.company, contact.phone, contact.responsible */
                    field: string;
                    /** @enum {unknown} */
                    op: "eq" | "neq" | "exists" | "not_exists";
                    value?: string;
                  })[];
              };
              start: string;
              steps: ({
                  id: string;
                  /** @enum {unknown} */
                  kind: "assign" | "wait" | "branch" | "add_comment" | "create_conversation" | "close" | "end";
                  [key: string]: unknown;
                })[];
            })[];
          webhooks?: ({
              id: string;
              url: string;
              events: ("call.received" | "call.placed" | "call.queued" | "call.dequeued" | "call.offered" | "call.answered" | "call.left" | "call.held" | "call.resumed" | "call.updated" | "call.ended" | "transfer.started" | "transfer.received" | "transfer.consulting" | "transfer.conference_started" | "transfer.completed" | "transfer.failed" | "transfer.cancelled" | "voicemail.left" | "voicemail.heard" | "recording.available" | "conversation.opened" | "conversation.queued" | "conversation.assigned" | "conversation.unassigned" | "conversation.pending" | "conversation.transferred" | "conversation.message_received" | "conversation.reply_sent" | "conversation.note_added" | "conversation.held" | "conversation.resumed" | "conversation.updated" | "conversation.resolved" | "wrap_up.changed" | "call.monitored" | "callback.requested" | "callback.offered" | "callback.updated" | "callback.finished" | "presence.changed" | "config.changed" | "workflow.run_started" | "workflow.run_progressed" | "workflow.run_finished")[];
              enabled?: boolean;
              description?: string;
            })[];
        };
        "text/yaml": {
          /** @enum {number} */
          version?: 1;
          prune?: boolean;
          workspace: {
            id: string;
            name: string;
            /** @enum {unknown} */
            plan?: "starter" | "business" | "scale";
            timeZone?: string;
            defaultCountry?: string;
            missedOfferPolicy?: {
              after: number;
              /** @enum {unknown} */
              presence: "pre_pause" | "pause" | "offline";
            };
            webchatOrigins?: string[];
          };
          departments?: ({
              id: string;
              name: string;
              chat?: {
                /** @enum {unknown} */
                strategy?: "least_busy" | "round_robin" | "manual";
                /** @enum {unknown} */
                onAgentOffline?: "keep" | "requeue" | "reassign";
              };
              skills?: {
                  skill: string;
                  minLevel: number;
                  relax?: {
                    afterSec: number;
                    minLevel: number;
                  };
                }[];
              wrapUpSec?: number;
            })[];
          users?: ({
              id: string;
              name: string;
              email: string;
              /** @enum {unknown} */
              role?: "admin" | "supervisor" | "agent";
              extension?: string;
              mobile?: string;
              capacity?: {
                voice?: number;
                chat?: number;
              };
              departments?: string[];
              skills?: {
                  skill: string;
                  level: number;
                }[];
              password?: string;
            })[];
          groups?: ({
              id: string;
              name: string;
              members?: string[];
              /** @enum {unknown} */
              strategy?: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
              ringTimeoutSec?: number;
              noAnswer?: {
                /** @enum {unknown} */
                kind: "forward_member_mobile" | "forward" | "voicemail" | "hang_up";
                to?: string;
              };
              skills?: {
                  skill: string;
                  minLevel: number;
                  relax?: {
                    afterSec: number;
                    minLevel: number;
                  };
                }[];
              wrapUpSec?: number;
            })[];
          ivrMenus?: ({
              id: string;
              name: string;
              prompt: string;
              options?: {
                [key: string]: {
                  /** @enum {unknown} */
                  kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                  group?: string;
                  user?: string;
                  menu?: string;
                  to?: string;
                };
              };
              timeoutSec?: number;
              noInput?: {
                /** @enum {unknown} */
                kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                group?: string;
                user?: string;
                menu?: string;
                to?: string;
              };
              invalidInput?: {
                /** @enum {unknown} */
                kind: "group" | "extension" | "forward" | "voicemail" | "menu" | "repeat" | "hang_up";
                group?: string;
                user?: string;
                menu?: string;
                to?: string;
              };
              maxRepeats?: number;
            })[];
          numbers?: ({
              id: string;
              e164: string;
              /** @enum {unknown} */
              kind: "rented" | "sip";
              label?: string;
              assignedUsers?: string[];
              settings?: {
                record?: boolean;
                /** @enum {unknown} */
                mode?: "receive" | "forward_all" | "reject";
                forwardTo?: string;
                /** @enum {unknown} */
                strategy?: "random" | "longest_idle" | "simultaneous" | "round_robin" | "least_busy" | "sequential";
                ringTimeoutSec?: number;
                offlineAction?: {
                  /** @enum {unknown} */
                  kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
                  message?: string;
                  greeting?: string;
                  to?: string;
                };
                noAnswerAction?: {
                  /** @enum {unknown} */
                  kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
                  message?: string;
                  greeting?: string;
                  to?: string;
                };
                welcomeMessage?: string;
                voicedropMessage?: string;
                passCallerId?: boolean;
                hours?: {
                  timeZone?: string;
                  weekly?: {
                    mon?: string[];
                    tue?: string[];
                    wed?: string[];
                    thu?: string[];
                    fri?: string[];
                    sat?: string[];
                    sun?: string[];
                  };
                  holidays?: string[];
                  holidayNames?: {
                    [key: string]: string;
                  };
                  closures?: {
                      from: string;
                      to: string;
                    }[];
                };
                outOfHoursAction?: {
                  /** @enum {unknown} */
                  kind: "ring_free" | "busy" | "hang_up" | "message" | "voicemail" | "forward";
                  message?: string;
                  greeting?: string;
                  to?: string;
                };
                route?: {
                  /** @enum {unknown} */
                  kind: "agents" | "group" | "ivr";
                  group?: string;
                  menu?: string;
                };
                ownerRouting?: boolean;
                extensionDialing?: boolean;
                queue?: {
                  enabled?: boolean;
                  maxWaitSec?: number;
                  maxLength?: number;
                  priority?: number;
                };
                callback?: {
                  enabled?: boolean;
                  key?: string;
                  /** @enum {unknown} */
                  mode?: "agent_first" | "auto";
                  retries?: number;
                  retryDelaySec?: number;
                  prompt?: string;
                };
              };
              skills?: {
                  skill: string;
                  minLevel: number;
                  relax?: {
                    afterSec: number;
                    minLevel: number;
                  };
                }[];
              wrapUpSec?: number;
            })[];
          contacts?: {
              id: string;
              name: string;
              company?: string;
              phones?: string[];
              responsible?: string;
            }[];
          billing?: {
            balanceCents: number;
            currency?: string;
            sipLicence?: boolean;
          };
          sip?: {
            trunk?: {
              allowedSources: string[];
              outbound?: {
                host: string;
                port?: number;
                /** @enum {unknown} */
                transport?: "udp" | "tcp";
              };
            };
          };
          workflows?: ({
              id: string;
              name: string;
              enabled?: boolean;
              trigger: {
                /** @enum {unknown} */
                kind: "conversation_opened" | "conversation_unassigned" | "call_missed";
                /** @enum {unknown} */
                match?: "all" | "any";
                conditions?: ({
                    /** @description conversation triggers: source, channel, department; call_missed: number, outcome; any: contact.id, contact.name, contact.company, contact.phone, contact.responsible */
                    field: string;
                    /** @enum {unknown} */
                    op: "eq" | "neq" | "exists" | "not_exists";
                    value?: string;
                  })[];
              };
              start: string;
              steps: ({
                  id: string;
                  /** @enum {unknown} */
                  kind: "assign" | "wait" | "branch" | "add_comment" | "create_conversation" | "close" | "end";
                  [key: string]: unknown;
                })[];
            })[];
          webhooks?: ({
              id: string;
              url: string;
              events: ("call.received" | "call.placed" | "call.queued" | "call.dequeued" | "call.offered" | "call.answered" | "call.left" | "call.held" | "call.resumed" | "call.updated" | "call.ended" | "transfer.started" | "transfer.received" | "transfer.consulting" | "transfer.conference_started" | "transfer.completed" | "transfer.failed" | "transfer.cancelled" | "voicemail.left" | "voicemail.heard" | "recording.available" | "conversation.opened" | "conversation.queued" | "conversation.assigned" | "conversation.unassigned" | "conversation.pending" | "conversation.transferred" | "conversation.message_received" | "conversation.reply_sent" | "conversation.note_added" | "conversation.held" | "conversation.resumed" | "conversation.updated" | "conversation.resolved" | "wrap_up.changed" | "call.monitored" | "callback.requested" | "callback.offered" | "callback.updated" | "callback.finished" | "presence.changed" | "config.changed" | "workflow.run_started" | "workflow.run_progressed" | "workflow.run_finished")[];
              enabled?: boolean;
              description?: string;
            })[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        content: {
          "application/json": {
            workspaceId: string;
            dryRun: boolean;
            applied: {
                /** @description engine command, or password.set */
                type: string;
                /** @description where in the spec it comes from, e.g. users[2] */
                path: string;
                summary: string;
              }[];
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      400: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      401: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      403: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      404: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
      /** @description Every error: a code, a message for people, and the field at fault when there is one. */
      409: {
        content: {
          "application/json": {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description On 500 only: quote it when reporting; the server log has the details */
              requestId?: string;
            };
          };
        };
      };
    };
  };
};
