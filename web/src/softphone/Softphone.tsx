/** Being built in this session (issue 7). */
export function Softphone() {
  return <section aria-busy="true" />;
}
