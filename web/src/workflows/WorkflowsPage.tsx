/** Being built in this session (issue 7). */
export function WorkflowsPage() {
  return <section aria-busy="true" />;
}
