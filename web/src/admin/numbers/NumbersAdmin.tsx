/** Being built in this session (issue 7). */
export function NumbersAdmin() {
  return <section aria-busy="true" />;
}
