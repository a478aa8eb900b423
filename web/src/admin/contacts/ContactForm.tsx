import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Contact, User } from '../../api/types.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { TextInput } from '../numbers/inputs.tsx';
import { DirectoryHeader } from '../users/DirectoryHeader.tsx';
import { FormButtons } from '../users/FormButtons.tsx';
import { formLevelError, serverErrorFor } from '../users/formErrors.ts';
import { RemovePanel } from '../users/RemovePanel.tsx';
import { isPhoneLike } from '../users/userDraft.ts';
import { useSubmit } from '../users/useSubmit.ts';
import { PhoneList } from './PhoneList.tsx';

const fields = ['name', 'company', 'phones', 'responsibleUserId'];

/** A contact's name, company, phones (normalised to E.164 by the server) and owner. */
export function ContactForm({ contact, users }: { contact?: Contact; users: User[] }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const navigate = useNavigate();
  const [name, setName] = useState(contact?.name ?? '');
  const [company, setCompany] = useState(contact?.company ?? '');
  const [phones, setPhones] = useState<string[]>(contact?.phones.length ? contact.phones : ['']);
  const [responsibleUserId, setResponsibleUserId] = useState(contact?.responsibleUserId ?? '');
  const { form, checked, saving, error, saved, setSaved, submit } = useSubmit();

  // Blank rows are dropped on save; the server's index (phones[i]) counts only the rest.
  const kept = phones.map((phone, index) => ({ phone: phone.trim(), index })).filter(({ phone }) => phone);
  const nameError =
    checked && !name.trim() ? t('directory.validation.required') : serverErrorFor(error, 'name');
  const phoneErrors = phones.map((phone, index) => {
    if (checked && phone.trim() && !isPhoneLike(phone)) return t('directory.validation.phone');
    const position = kept.findIndex((entry) => entry.index === index);
    return position >= 0 ? serverErrorFor(error, `phones[${position}]`) : undefined;
  });

  /** Every edit clears "Saved": it speaks of what is on screen. */
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setSaved(false);
    };
  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const valid = Boolean(name.trim()) && kept.every(({ phone }) => isPhoneLike(phone));
    return submit(valid, async () => {
      const body = {
        name: name.trim(),
        company: company.trim() || null,
        phones: kept.map(({ phone }) => phone),
        responsibleUserId: responsibleUserId || null,
      };
      if (contact) {
        const updated = await api.patch('/contacts/{contactId}', { path: { contactId: contact.id }, body });
        setPhones(updated.phones.length ? updated.phones : ['']);
        setSaved(true);
      } else {
        const created = await api.post('/contacts', { body });
        navigate('..', {
          relative: 'path',
          state: { notice: t('directory.contacts.created', { name: created.name }) },
        });
      }
    });
  };

  return (
    <section className="directory" aria-labelledby="contact-title">
      <DirectoryHeader
        back={t('directory.contacts.back')}
        titleId="contact-title"
        title={contact ? contact.name : t('directory.contacts.new')}
      />
      <form
        ref={form}
        className="panel directory-form"
        noValidate
        onSubmit={save}
        aria-labelledby="contact-title"
      >
        <div className="grid-2">
          <TextInput
            label={t('directory.contacts.name')}
            error={nameError}
            autoComplete="off"
            value={name}
            onChange={edited(setName)}
          />
          <TextInput
            label={t('directory.contacts.company')}
            error={serverErrorFor(error, 'company')}
            autoComplete="off"
            value={company}
            onChange={edited(setCompany)}
          />
        </div>
        <PhoneList
          phones={phones}
          errors={phoneErrors}
          listError={serverErrorFor(error, 'phones')}
          onChange={edited(setPhones)}
        />
        <Field
          label={t('directory.contacts.responsible')}
          error={serverErrorFor(error, 'responsibleUserId')}
          hint={t('directory.contacts.responsibleHint')}
        >
          {(props) => (
            <select
              {...props}
              value={responsibleUserId}
              onChange={(event) => edited(setResponsibleUserId)(event.target.value)}
            >
              <option value="">{t('directory.contacts.noResponsible')}</option>
              {users.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                  {user.extension ? ` (${user.extension})` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ErrorText error={formLevelError(error, fields)} />
        <FormButtons
          submit={contact ? t('common.save') : t('directory.contacts.create')}
          saving={saving}
          saved={saved}
        />
      </form>
      {contact && (
        <RemovePanel
          id="remove-contact-title"
          title={t('directory.contacts.removeTitle')}
          remove={t('directory.contacts.remove')}
          confirmTitle={t('directory.contacts.removeConfirmTitle', { name: contact.name })}
          confirmMessage={t('directory.contacts.removeConfirm', { name: contact.name })}
          onRemove={() => api.del('/contacts/{contactId}', { path: { contactId: contact.id } })}
          notice={t('directory.contacts.removed', { name: contact.name })}
        />
      )}
    </section>
  );
}
