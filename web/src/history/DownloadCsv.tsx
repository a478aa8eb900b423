import { useState } from 'react';
import { useServerNow } from '../api/server-clock.tsx';
import { ErrorText } from '../components/ErrorText.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';

const day = 24 * 3_600_000;
/** The route's default (the calls and conversations reports do not read it). */
const serviceLevelTargetSec = 20;

/**
 * History → Download CSV (I3): the calls report for the filtered period (the last 30 days when
 * none is set), fetched with the session's token and saved as a file.
 */
export function DownloadCsv({
  report,
  params,
}: {
  report: 'calls' | 'conversations';
  params: URLSearchParams;
}) {
  const { t } = useI18n();
  const { session, api } = useSignedIn();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  // The server's clock, not the browser's: a server on a virtual clock has its calls in its own time.
  const serverNow = useServerNow(60_000);
  if (session.user.role === 'agent') return null;

  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const to = params.get('to') ?? new Date((serverNow ?? Date.now()) + 60_000).toISOString();
      const from = params.get('from') ?? new Date(Date.parse(to) - 30 * day).toISOString();
      const file = await api.file('/reports/{report}', {
        path: { report: `${report}.csv` },
        query: { from, to, targetSeconds: serviceLevelTargetSec },
      });
      const url = URL.createObjectURL(file);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${session.workspaceId}-${report}.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="row">
      <button type="button" onClick={download} disabled={busy}>
        {t('history.downloadCsv')}
      </button>
      <ErrorText error={error} />
    </div>
  );
}
