import type { FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorText } from '../../components/ErrorText.tsx';
import { useResource } from '../../components/useResource.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { PageHeader } from '../edit/PageHeader.tsx';
import { SaveBar } from '../edit/SaveBar.tsx';
import { useItemForm } from '../edit/useItemForm.ts';
import { ConfirmDelete } from '../numbers/ConfirmDelete.tsx';
import { NumberInput, TextArea, TextInput } from '../numbers/inputs.tsx';
import { type Directory, IvrActionFields } from './IvrActionFields.tsx';
import { MenuPrompt } from './MenuPrompt.tsx';
import { blankMenu, checkMenu, menuBody, toMenuForm } from './menuForm.ts';
import { OptionsEditor } from './OptionsEditor.tsx';

/** V10: a menu's greeting, its keys, and what happens on no input or a wrong key. */
export function IvrMenuEditor() {
  const { menuId } = useParams();
  const { api } = useSignedIn();
  const { t } = useI18n();
  const navigate = useNavigate();
  const loaded = useResource(async () => {
    const [users, groups, menus] = await Promise.all([
      api.get('/users'),
      api.get('/groups'),
      api.get('/ivr-menus'),
    ]);
    const directory: Directory = { users: users.items, groups: groups.items, menus: menus.items };
    const menu = menuId ? menus.items.find((item) => item.id === menuId) : undefined;
    return { directory, menu, missing: Boolean(menuId && !menu), key: `${api.workspaceId}/${menuId ?? ''}` };
  }, [api.workspaceId, menuId]);
  const data = loaded.data;
  const item = useItemForm(data, (loaded) => (loaded.menu ? toMenuForm(loaded.menu) : blankMenu));
  const { form, errors, set } = item;

  if (loaded.error && !data) return <ErrorText error={loaded.error} />;
  if (data?.missing)
    return (
      <p className="error" role="alert">
        {t('common.notFound')}
      </p>
    );
  if (!data || !form) return <section className="panel" aria-busy="true" />;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!item.checkProblems(checkMenu(form))) return;
    await item.send(async () => {
      if (menuId)
        return toMenuForm(await api.patch('/ivr-menus/{menuId}', { path: { menuId }, body: menuBody(form) }));
      const created = await api.post('/ivr-menus', { body: menuBody(form) });
      navigate(`../${encodeURIComponent(created.id)}`, { relative: 'path', replace: true });
    });
  };

  return (
    <form
      ref={item.formRef}
      className="panel ivr-editor"
      onSubmit={save}
      noValidate
      aria-labelledby="ivr-menu-title"
    >
      <PageHeader back={t('telephony.ivr.back')} titleId="ivr-menu-title">
        {data.menu ? data.menu.name : t('telephony.ivr.new')}
      </PageHeader>
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
      {data.menu && <MenuPrompt menuId={data.menu.id} />}
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
      <SaveBar
        submit={menuId ? t('common.save') : t('telephony.ivr.create')}
        status={item.status}
        failure={item.failure}
      >
        {data.menu && (
          <ConfirmDelete
            label={t('telephony.ivr.delete')}
            question={t('telephony.ivr.deleteConfirm', { name: data.menu.name })}
            onConfirm={() => api.del('/ivr-menus/{menuId}', { path: { menuId: data.menu!.id } })}
            onDeleted={() => navigate('..', { relative: 'path' })}
          />
        )}
      </SaveBar>
    </form>
  );
}
