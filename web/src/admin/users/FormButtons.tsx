import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';

/** Save (or create), cancel back to the list, and whether the last save went through. */
export function FormButtons({ submit, saving, saved }: { submit: string; saving: boolean; saved: boolean }) {
  const { t } = useI18n();
  return (
    <div className="row">
      <button type="submit" className="primary" disabled={saving}>
        {saving ? t('common.saving') : submit}
      </button>
      <Link to=".." relative="path">
        {t('common.cancel')}
      </Link>
      <span role="status" className="success">
        {saved ? t('common.saved') : ''}
      </span>
    </div>
  );
}
