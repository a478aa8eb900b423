/** Being built in this session (issue 7). */
export function UsersAdmin() {
  return <section aria-busy="true" />;
}
