import { useState } from 'react';

/**
 * One change sent to the server at a time: `saving` while it is out (to disable the
 * button), and the refusal kept in `error` until the next attempt. `send` says whether
 * the server accepted.
 */
export function useRequest() {
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const send = async (request: () => Promise<void>): Promise<boolean> => {
    setSaving(true);
    setError(undefined);
    try {
      await request();
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { error, saving, send };
}
