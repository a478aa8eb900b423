import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { SaveStatus } from './useItemForm.ts';

/** The foot of an item's form: save, what became of the last save, and (at the end) delete. */
export function SaveBar({
  submit,
  status,
  failure,
  pending,
  children,
}: {
  submit: string;
  status: SaveStatus;
  failure?: string;
  /** Shown while idle, e.g. that there are unsaved edits. */
  pending?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="save-bar">
      <button type="submit" className="primary" disabled={status === 'saving'}>
        {submit}
      </button>
      <p role="status" className="success save-status">
        {status === 'saved' ? t('common.saved') : ''}
        {status === 'idle' && pending}
      </p>
      <div className="save-failure">
        {failure && (
          <p className="error" role="alert">
            {failure}
          </p>
        )}
      </div>
      <span className="spacer" />
      {children}
    </div>
  );
}
