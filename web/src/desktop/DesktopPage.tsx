/** Being built in this session (issue 7). */
export function DesktopPage() {
  return <section aria-busy="true" />;
}
