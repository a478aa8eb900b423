/** Being built in this session (issue 7). */
export function IvrMenusAdmin() {
  return <section aria-busy="true" />;
}
