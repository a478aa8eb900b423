import { useI18n } from '../i18n/i18n.tsx';

/** Beside a list of times: which zone they are in, when it is not the browser's. */
export function ZoneNote() {
  const { zoneNote } = useI18n();
  return zoneNote ? <p className="muted zone-note">{zoneNote}</p> : null;
}
