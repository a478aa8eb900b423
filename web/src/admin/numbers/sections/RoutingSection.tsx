import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { Group } from '../../groups/types.ts';
import type { IvrMenu } from '../../ivr/types.ts';
import { CheckInput, Select } from '../inputs.tsx';
import type { SectionProps } from '../NumberSettingsPage.tsx';
import { SettingsSection } from '../SettingsSection.tsx';
import type { SettingsForm } from '../settingsForm.ts';

/** Where a received call goes: the assigned agents, a telephony group, or an IVR menu (V10–V13). */
export function RoutingSection({
  form,
  set,
  errors,
  groups,
  menus,
}: SectionProps & { groups: Group[]; menus: IvrMenu[] }) {
  const { t } = useI18n();
  return (
    <SettingsSection
      anchor="routing"
      title={t('telephony.route.title')}
      description={t('telephony.route.description')}
    >
      <Select<SettingsForm['routeKind']>
        label={t('telephony.route.kind')}
        value={form.routeKind}
        error={errors['route.kind']}
        options={[
          { value: 'agents', label: t('telephony.route.agents') },
          { value: 'group', label: t('telephony.route.group') },
          { value: 'ivr', label: t('telephony.route.ivr') },
        ]}
        onChange={(routeKind) => set({ routeKind })}
      />
      {form.routeKind === 'group' && (
        <Select
          label={t('telephony.route.groupId')}
          value={form.routeGroupId}
          error={errors['route.groupId']}
          hint={groups.length === 0 ? t('telephony.route.noGroups') : undefined}
          options={[
            { value: '', label: t('telephony.choose') },
            ...groups.map((group) => ({ value: group.id, label: group.name })),
          ]}
          onChange={(routeGroupId) => set({ routeGroupId })}
        />
      )}
      {form.routeKind === 'group' && form.routeGroupId && (
        <p>
          <Link to={`/admin/groups/${encodeURIComponent(form.routeGroupId)}`}>
            {t('telephony.route.editGroup')}
          </Link>
        </p>
      )}
      {form.routeKind === 'ivr' && (
        <Select
          label={t('telephony.route.menuId')}
          value={form.routeMenuId}
          error={errors['route.menuId']}
          hint={menus.length === 0 ? t('telephony.route.noMenus') : undefined}
          options={[
            { value: '', label: t('telephony.choose') },
            ...menus.map((menu) => ({ value: menu.id, label: menu.name })),
          ]}
          onChange={(routeMenuId) => set({ routeMenuId })}
        />
      )}
      {form.routeKind === 'ivr' && form.routeMenuId && (
        <p>
          <Link to={`/admin/ivr-menus/${encodeURIComponent(form.routeMenuId)}`}>
            {t('telephony.route.editMenu')}
          </Link>
        </p>
      )}
      <CheckInput
        label={t('telephony.route.ownerRouting')}
        hint={t('telephony.route.ownerRoutingHint')}
        checked={form.ownerRouting}
        error={errors.ownerRouting}
        onChange={(ownerRouting) => set({ ownerRouting })}
      />
      <CheckInput
        label={t('telephony.route.extensionDialing')}
        hint={t('telephony.route.extensionDialingHint')}
        checked={form.extensionDialing}
        error={errors.extensionDialing}
        onChange={(extensionDialing) => set({ extensionDialing })}
      />
    </SettingsSection>
  );
}
