import type { Language } from '../i18n/define.ts';
import { languages } from '../i18n/define.ts';
import { useI18n } from '../i18n/i18n.tsx';

const names: Record<Language, string> = { en: 'English', es: 'Español' };

export function LanguageSelect({ showLabel = false }: { showLabel?: boolean }) {
  const { t, language, setLanguage } = useI18n();
  return (
    <label className="inline-select">
      <span className={showLabel ? undefined : 'visually-hidden'}>{t('session.language')}</span>
      <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {names[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
