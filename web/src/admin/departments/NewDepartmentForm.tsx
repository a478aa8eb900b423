import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorText } from '../../components/ErrorText.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { formLevelError, serverErrorFor } from '../users/formErrors.ts';
import { useRequest } from '../users/useRequest.ts';

/** A department starts with a name; its members are chosen on its own page, opened next. */
export function NewDepartmentForm() {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const { error, saving, send } = useRequest();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    await send(async () => {
      const created = await api.post('/departments', { body: { name: name.trim() } });
      setName('');
      navigate(created.id, { state: { notice: t('directory.departments.created', { name: created.name }) } });
    });
  };

  return (
    <form
      className="panel directory-inline-form"
      noValidate
      onSubmit={submit}
      aria-labelledby="new-department-title"
    >
      <h2 id="new-department-title">{t('directory.departments.new')}</h2>
      <div className="row directory-inline-fields">
        <Field
          label={t('directory.departments.name')}
          error={missing ? t('directory.validation.required') : serverErrorFor(error, 'name')}
        >
          {(props) => <input {...props} value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('common.saving') : t('directory.departments.create')}
        </button>
      </div>
      <ErrorText error={formLevelError(error, ['name'])} />
    </form>
  );
}
