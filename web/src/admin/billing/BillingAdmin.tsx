/** Being built in this session (issue 7). */
export function BillingAdmin() {
  return <section aria-busy="true" />;
}
