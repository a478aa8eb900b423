import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** An API or network error as one readable line. */
export function ErrorText({ error }: { error?: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <p className="error" role="alert">
      {error instanceof ApiError ? message : t('common.error', { message })}
    </p>
  );
}

/** The field an API error names, for showing it under the right input. */
export function fieldOf(error: unknown): string | undefined {
  return error instanceof ApiError ? error.field : undefined;
}
