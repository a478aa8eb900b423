/** Being built in this session (issue 7). */
export function HistoryPage() {
  return <section aria-busy="true" />;
}
