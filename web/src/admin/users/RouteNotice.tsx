import { useLocation } from 'react-router';

/**
 * What a page that navigated here said happened ("Bea was added"), passed in the
 * navigation state. The notice is there from this page's first render, so it moves
 * nothing; with none, the live region stays in the page but takes no room.
 */
export function RouteNotice() {
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  return (
    <p className={notice ? 'success directory-notice' : 'visually-hidden'} role="status">
      {notice ?? ''}
    </p>
  );
}
