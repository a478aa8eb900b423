import { Navigate, NavLink, Route, Routes } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import { AdminOnly } from './AdminOnly.tsx';
import { BillingAdmin } from './billing/BillingAdmin.tsx';
import { ContactsAdmin } from './contacts/ContactsAdmin.tsx';
import { DepartmentsAdmin } from './departments/DepartmentsAdmin.tsx';
import { GroupsAdmin } from './groups/GroupsAdmin.tsx';
import { IvrMenusAdmin } from './ivr/IvrMenusAdmin.tsx';
import { NumbersAdmin } from './numbers/NumbersAdmin.tsx';
import { UsersAdmin } from './users/UsersAdmin.tsx';
import { WebhooksAdmin } from './webhooks/WebhooksAdmin.tsx';
import './admin.css';

const sections: { to: string; label: MessageKey }[] = [
  { to: 'numbers', label: 'admin.numbers' },
  { to: 'groups', label: 'admin.groups' },
  { to: 'ivr-menus', label: 'admin.ivrMenus' },
  { to: 'users', label: 'admin.users' },
  { to: 'departments', label: 'admin.departments' },
  { to: 'contacts', label: 'admin.contacts' },
  { to: 'billing', label: 'admin.billing' },
  { to: 'webhooks', label: 'admin.webhooks' },
];

/** Settings: one section per kind of thing an admin configures, each with its own sub-routes. */
export function AdminPage() {
  const { t } = useI18n();
  return (
    <AdminOnly>
      <div className="admin">
        <nav className="admin-sections" aria-label={t('admin.sections')}>
          <ul>
            {sections.map((section) => (
              <li key={section.to}>
                <NavLink to={`/admin/${section.to}`}>{t(section.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="admin-section">
          <Routes>
            <Route index element={<Navigate to="numbers" replace />} />
            <Route path="numbers/*" element={<NumbersAdmin />} />
            <Route path="groups/*" element={<GroupsAdmin />} />
            <Route path="ivr-menus/*" element={<IvrMenusAdmin />} />
            <Route path="users/*" element={<UsersAdmin />} />
            <Route path="departments/*" element={<DepartmentsAdmin />} />
            <Route path="contacts/*" element={<ContactsAdmin />} />
            <Route path="billing/*" element={<BillingAdmin />} />
            <Route path="webhooks" element={<WebhooksAdmin />} />
          </Routes>
        </div>
      </div>
    </AdminOnly>
  );
}
