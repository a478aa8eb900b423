/** Being built in this session (issue 7). */
export function GroupsAdmin() {
  return <section aria-busy="true" />;
}
