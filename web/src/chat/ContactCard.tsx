import type { Contact } from '../api/types.ts';
import { useResource } from '../components/useResource.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { useChatDirectory } from './directory.tsx';
import { type Conversation, contactName } from './types.ts';

/** Who the customer is: their address on the channel and, when known, their CRM contact. */
export function ContactCard({ conversation }: { conversation: Conversation }) {
  const { t, formatDateTime } = useI18n();
  const { api } = useSignedIn();
  const { userName, departmentName } = useChatDirectory();
  const contactId = conversation.contact.contactId;
  const crm = useResource<Contact | undefined>(
    () =>
      contactId ? api.get('/contacts/{contactId}', { path: { contactId } }) : Promise.resolve(undefined),
    [api, contactId],
  );
  const contact = crm.data;
  const assignee = userName(conversation.assigneeId);
  return (
    <section className="contact-card" aria-label={t('chat.contact.title')}>
      <dl>
        <dt>{t('chat.contact.name')}</dt>
        <dd>{contact?.name ?? contactName(conversation)}</dd>
        {conversation.contact.email && (
          <>
            <dt>{t('chat.contact.email')}</dt>
            <dd>
              <a href={`mailto:${conversation.contact.email}`}>{conversation.contact.email}</a>
            </dd>
          </>
        )}
        <dt>{t('chat.contact.address')}</dt>
        <dd>{conversation.contact.address}</dd>
        <dt>{t('chat.contact.channel')}</dt>
        <dd>{conversation.channel}</dd>
        {contact?.company && (
          <>
            <dt>{t('chat.contact.company')}</dt>
            <dd>{contact.company}</dd>
          </>
        )}
        {contact && contact.phones.length > 0 && (
          <>
            <dt>{t('chat.contact.phones')}</dt>
            <dd>{contact.phones.join(', ')}</dd>
          </>
        )}
        <dt>{t('chat.contact.department')}</dt>
        <dd>{departmentName(conversation.departmentId) ?? t('common.none')}</dd>
        <dt>
          {conversation.status === 'pending' ? t('chat.contact.pendingFor') : t('chat.contact.assignee')}
        </dt>
        <dd>{assignee ?? t('common.none')}</dd>
        <dt>{t('chat.contact.opened')}</dt>
        <dd>{formatDateTime(conversation.openedAt)}</dd>
      </dl>
    </section>
  );
}
