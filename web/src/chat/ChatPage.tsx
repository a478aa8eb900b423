/** Being built in this session (issue 7). */
export function ChatPage() {
  return <section aria-busy="true" />;
}
