import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import { ErrorText } from '../../components/ErrorText.tsx';
import { formatPhone } from '../../components/phone.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { RouteNotice } from '../users/RouteNotice.tsx';
import { useDirectory } from '../users/useDirectory.ts';
import { useHeadingFocus } from '../users/useHeadingFocus.ts';
import { useLive } from '../users/useLive.ts';

/** The CRM contacts, searched by name, company or part of a phone number (server-side). */
export function ContactList() {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  const { api } = useSignedIn();
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const contacts = useLive(
    () => api.get('/contacts', { query: query ? { search: query } : {} }).then((page) => page.items),
    [api, query],
    ['config:contact'],
  );
  const directory = useDirectory();
  // Until the users are loaded the cell stays empty: an id would flash where a name belongs.
  const userName = (id: string) => {
    if (!directory.data) return '';
    return directory.data.users.find((user) => user.id === id)?.name ?? id;
  };
  const items = contacts.data ?? [];

  return (
    <section className="directory" aria-labelledby="contacts-title" aria-busy={contacts.loading}>
      <header className="directory-header">
        <h1 id="contacts-title" ref={heading} tabIndex={-1}>
          {t('directory.contacts.title')}
        </h1>
        <span className="spacer" />
        <input
          type="search"
          aria-label={t('directory.contacts.search')}
          placeholder={t('directory.contacts.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <Link className="button primary" to="new">
          {t('directory.contacts.add')}
        </Link>
      </header>
      <p className="muted">{t('directory.contacts.intro')}</p>
      <RouteNotice />
      <ErrorText error={contacts.error} />
      <table aria-labelledby="contacts-title">
        <thead>
          <tr>
            <th scope="col">{t('common.name')}</th>
            <th scope="col">{t('directory.contacts.company')}</th>
            <th scope="col">{t('directory.contacts.phones')}</th>
            <th scope="col">{t('directory.contacts.responsible')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((contact) => (
            <tr key={contact.id}>
              <td>
                <Link to={contact.id}>{contact.name}</Link>
              </td>
              <td>{contact.company ?? <span className="muted">—</span>}</td>
              <td className="directory-phones">
                {contact.phones.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  contact.phones.map(formatPhone).join(', ')
                )}
              </td>
              <td>
                {contact.responsibleUserId ? (
                  userName(contact.responsibleUserId)
                ) : (
                  <span className="muted">{t('directory.contacts.noResponsible')}</span>
                )}
              </td>
            </tr>
          ))}
          {contacts.data && items.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                {query ? t('directory.contacts.noMatch') : t('directory.contacts.empty')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
