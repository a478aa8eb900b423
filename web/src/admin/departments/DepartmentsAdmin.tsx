/** Being built in this session (issue 7). */
export function DepartmentsAdmin() {
  return <section aria-busy="true" />;
}
