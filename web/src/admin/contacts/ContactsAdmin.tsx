/** Being built in this session (issue 7). */
export function ContactsAdmin() {
  return <section aria-busy="true" />;
}
