import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { useResource } from '../../components/useResource.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { useSignedIn } from '../../session/session.tsx';
import type { Group } from '../groups/types.ts';
import { ConfirmDelete } from '../numbers/ConfirmDelete.tsx';
import { NumberInput, TextArea, TextInput } from '../numbers/inputs.tsx';
import { useFocusFirstError } from '../numbers/useFocusFirstError.ts';
import { type Directory, IvrActionFields } from './IvrActionFields.tsx';
import { blankMenu, checkMenu, type MenuForm, menuBody, toMenuForm } from './menuForm.ts';
import { OptionsEditor } from './OptionsEditor.tsx';
import type { IvrMenu } from './types.ts';

/** V10: a menu's greeting, its keys, and what happens on no input or a wrong key. */
export function IvrMenuEditor() {
  const { menuId } = useParams();
  const { api } = useSignedIn();
  const { t } = useI18n();
  const navigate = useNavigate();
  const loaded = useResource(async () => {
    const [users, groups, menus] = await Promise.all([
      api.get<{ items: User[] }>('/users'),
      api.get<{ items: Group[] }>('/groups'),
      api.get<{ items: IvrMenu[] }>('/ivr-menus'),
    ]);
    const directory: Directory = { users: users.items, groups: groups.items, menus: menus.items };
    const menu = menuId ? menus.items.find((item) => item.id === menuId) : undefined;
    return { directory, menu, missing: Boolean(menuId && !menu), key: `${api.workspaceId}/${menuId ?? ''}` };
  }, [api.workspaceId, menuId]);
  const [form, setForm] = useState<MenuForm>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const data = loaded.data;
  // Loaded once per menu: a later reload (a reconnect) never overwrites what is being typed.
  const formFor = useRef<string>(undefined);
  useEffect(() => {
    if (!data || formFor.current === data.key) return;
    formFor.current = data.key;
    setForm(data.menu ? toMenuForm(data.menu) : blankMenu);
  }, [data]);

  if (loaded.error && !data) return <ErrorText error={loaded.error} />;
  if (data?.missing)
    return (
      <p className="error" role="alert">
        {t('common.notFound')}
      </p>
    );
  if (!data || !form) return <section className="panel" aria-busy="true" />;

  const set = (patch: Partial<MenuForm>) => {
    setForm({ ...form, ...patch });
    setStatus('idle');
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const found: Record<string, string> = {};
    for (const [field, { problem, min, max }] of Object.entries(checkMenu(form)))
      found[field] = t(`telephony.problem.${problem}` as MessageKey, { min: min ?? '', max: max ?? '' });
    setErrors(found);
    if (Object.keys(found).length > 0) return setFailure(t('telephony.number.fixFields'));
    setStatus('saving');
    try {
      if (menuId) {
        const saved = await api.patch<IvrMenu>(`/ivr-menus/${encodeURIComponent(menuId)}`, menuBody(form));
        setForm(toMenuForm(saved));
        setStatus('saved');
      } else {
        const created = await api.post<IvrMenu>('/ivr-menus', menuBody(form));
        navigate(`../${encodeURIComponent(created.id)}`, { relative: 'path', replace: true });
      }
    } catch (error) {
      setStatus('idle');
      setFailure(
        t('telephony.number.notSaved', { message: error instanceof Error ? error.message : String(error) }),
      );
      if (error instanceof ApiError && error.field) setErrors({ [error.field]: error.message });
    }
  };

  return (
    <form
      ref={formRef}
      className="panel ivr-editor"
      onSubmit={save}
      noValidate
      aria-labelledby="ivr-menu-title"
    >
      <header className="page-header">
        <Link to=".." relative="path">
          {t('telephony.ivr.back')}
        </Link>
        <h1 id="ivr-menu-title">{data.menu ? data.menu.name : t('telephony.ivr.new')}</h1>
      </header>
      <TextInput
        label={t('common.name')}
        value={form.name}
        maxLength={200}
        error={errors.name}
        onChange={(name) => set({ name })}
      />
      <TextArea
        label={t('telephony.ivr.prompt')}
        hint={t('telephony.ivr.promptHint')}
        value={form.prompt}
        error={errors.prompt}
        onChange={(prompt) => set({ prompt })}
      />
      <OptionsEditor
        options={form.options}
        errors={errors}
        directory={data.directory}
        selfId={menuId}
        onChange={(options) => set({ options })}
      />
      <fieldset>
        <legend>{t('telephony.ivr.noDigit')}</legend>
        <div className="grid-2">
          <NumberInput
            label={t('telephony.ivr.timeout')}
            min={1}
            max={60}
            value={form.timeoutSec}
            error={errors.timeoutSec}
            onChange={(timeoutSec) => set({ timeoutSec })}
          />
          <NumberInput
            label={t('telephony.ivr.maxRepeats')}
            hint={t('telephony.ivr.maxRepeatsHint')}
            min={0}
            max={5}
            value={form.maxRepeats}
            error={errors.maxRepeats}
            onChange={(maxRepeats) => set({ maxRepeats })}
          />
        </div>
        <div className="ivr-fallbacks">
          <div>
            <p className="label">{t('telephony.ivr.noInput')}</p>
            <IvrActionFields
              label={t('telephony.ivr.noInputLabel')}
              field="noInput"
              value={form.noInput}
              errors={errors}
              directory={data.directory}
              selfId={menuId}
              onChange={(noInput) => set({ noInput })}
            />
          </div>
          <div>
            <p className="label">{t('telephony.ivr.invalidInput')}</p>
            <IvrActionFields
              label={t('telephony.ivr.invalidInputLabel')}
              field="invalidInput"
              value={form.invalidInput}
              errors={errors}
              directory={data.directory}
              selfId={menuId}
              onChange={(invalidInput) => set({ invalidInput })}
            />
          </div>
        </div>
      </fieldset>
      <div className="save-bar">
        <button type="submit" className="primary" disabled={status === 'saving'}>
          {menuId ? t('common.save') : t('telephony.ivr.create')}
        </button>
        <p role="status" className="success save-status">
          {status === 'saved' ? t('common.saved') : ''}
        </p>
        <div className="save-failure">
          {failure && (
            <p className="error" role="alert">
              {failure}
            </p>
          )}
        </div>
        <span className="spacer" />
        {data.menu && (
          <ConfirmDelete
            label={t('telephony.ivr.delete')}
            question={t('telephony.ivr.deleteConfirm', { name: data.menu.name })}
            onConfirm={() => api.del(`/ivr-menus/${encodeURIComponent(data.menu!.id)}`)}
            onDeleted={() => navigate('..', { relative: 'path' })}
          />
        )}
      </div>
    </form>
  );
}
