import { Link, useParams } from 'react-router';
import { ErrorText } from '../../components/ErrorText.tsx';
import { useResource } from '../../components/useResource.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { useDirectory } from '../users/useDirectory.ts';
import { ContactForm } from './ContactForm.tsx';

/** A new contact (`/admin/contacts/new`) or one contact's page. */
export function ContactEditor() {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const { contactId } = useParams();
  const contact = useResource(
    () =>
      contactId ? api.get('/contacts/{contactId}', { path: { contactId } }) : Promise.resolve(undefined),
    [api, contactId],
  );
  const directory = useDirectory();
  const error = contact.error ?? directory.error;
  if (error && (!directory.data || (contactId && !contact.data)))
    return (
      <section className="directory">
        <ErrorText error={error} />
        <Link to=".." relative="path">
          {t('directory.contacts.back')}
        </Link>
      </section>
    );
  if (!directory.data || (contactId && !contact.data)) return <p aria-busy="true">{t('common.loading')}</p>;
  return <ContactForm key={contactId ?? 'new'} contact={contact.data} users={directory.data.users} />;
}
