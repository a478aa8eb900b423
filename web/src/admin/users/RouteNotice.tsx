import { useLocation } from 'react-router';

/**
 * What a page that navigated here said happened ("Bea was added"), passed in the
 * navigation state. The region is always there so the notice is announced.
 */
export function RouteNotice() {
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  return (
    <p className="success directory-notice" role="status">
      {notice ?? ''}
    </p>
  );
}
