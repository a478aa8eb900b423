/** Being built in this session (issue 7). */
export function WallboardPage() {
  return <section aria-busy="true" />;
}
