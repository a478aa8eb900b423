import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

/** What a row's inputs need to point at the row's error. */
export interface RowProps {
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * A list of rows typed in place (opening ranges, holidays, closures): each with its inputs,
 * a remove button and its own error under it. Rows have no identity but their place.
 */
export function EditableRows<T>({
  rows,
  className,
  idOf,
  errorOf,
  removeLabel,
  onChange,
  children,
}: {
  rows: T[];
  className: string;
  /** The prefix of a row's error id, unique on the page. */
  idOf(index: number): string;
  errorOf(row: T, index: number): string | undefined;
  removeLabel(index: number): string;
  onChange(next: T[]): void;
  children(row: T, set: (patch: Partial<T>) => void, props: RowProps, index: number): ReactNode;
}) {
  const { t } = useI18n();
  return (
    <ul className={className}>
      {rows.map((row, i) => {
        const error = errorOf(row, i);
        const errorId = `${idOf(i)}-error`;
        const set = (patch: Partial<T>) =>
          onChange(rows.map((other, j) => (j === i ? { ...other, ...patch } : other)));
        const props: RowProps = error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a row being typed has no identity yet.
          <li key={i} className={error ? 'field-invalid' : undefined}>
            {children(row, set, props, i)}
            <button
              type="button"
              className="link-button"
              aria-label={removeLabel(i)}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {t('telephony.remove')}
            </button>
            {error && (
              <p id={errorId} className="field-error" role="alert">
                {error}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
