/** Being built in this session (issue 7). */
export function AdminPage() {
  return <section aria-busy="true" />;
}
