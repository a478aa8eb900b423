/** Being built in this session (issue 7). */
export function TryPage() {
  return <section aria-busy="true" />;
}
