/** The workspace test/crash/child.ts seeds with `--seed`, as the crash tests find it. */
export const seeded = {
  workspaceId: 'acme',
  agentId: 'u_agent',
  number: '+34911234567',
  /** Users whose presence the test toggles, one request at a time each. */
  togglers: ['u_t1', 'u_t2', 'u_t3', 'u_t4'],
};
