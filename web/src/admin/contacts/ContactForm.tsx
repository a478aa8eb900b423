import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { User } from '../../api/types.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { ConfirmDialog } from '../users/ConfirmDialog.tsx';
import { useFocusFirstInvalid } from '../users/focusFirstInvalid.ts';
import { formLevelError, serverErrorFor } from '../users/formErrors.ts';
import { useHeadingFocus } from '../users/useHeadingFocus.ts';
import { isPhoneLike } from '../users/userDraft.ts';
import { PhoneList } from './PhoneList.tsx';
import type { Contact } from './types.ts';

const fields = ['name', 'company', 'phones', 'responsibleUserId'];

/** A contact's name, company, phones (normalised to E.164 by the server) and owner. */
export function ContactForm({ contact, users }: { contact?: Contact; users: User[] }) {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  const { api } = useSignedIn();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(contact?.name ?? '');
  const [company, setCompany] = useState(contact?.company ?? '');
  const [phones, setPhones] = useState<string[]>(contact?.phones.length ? contact.phones : ['']);
  const [responsibleUserId, setResponsibleUserId] = useState(contact?.responsibleUserId ?? '');
  const [checked, setChecked] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [removeError, setRemoveError] = useState<unknown>();
  useFocusFirstInvalid(form, attempt);

  // Blank rows are dropped on save; the server's index (phones[i]) counts only the rest.
  const kept = phones.map((phone, index) => ({ phone: phone.trim(), index })).filter(({ phone }) => phone);
  const nameError =
    checked && !name.trim() ? t('directory.validation.required') : serverErrorFor(error, 'name');
  const phoneErrors = phones.map((phone, index) => {
    if (checked && phone.trim() && !isPhoneLike(phone)) return t('directory.validation.phone');
    const position = kept.findIndex((entry) => entry.index === index);
    return position >= 0 ? serverErrorFor(error, `phones[${position}]`) : undefined;
  });

  const change = () => setSaved(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setAttempt((count) => count + 1);
    setSaved(false);
    if (!name.trim() || kept.some(({ phone }) => !isPhoneLike(phone))) return;
    setSaving(true);
    setError(undefined);
    const body = {
      name: name.trim(),
      company: company.trim() || null,
      phones: kept.map(({ phone }) => phone),
      responsibleUserId: responsibleUserId || null,
    };
    try {
      if (contact) {
        const updated = await api.patch<Contact>(`/contacts/${encodeURIComponent(contact.id)}`, body);
        setPhones(updated.phones.length ? updated.phones : ['']);
        setSaved(true);
      } else {
        const created = await api.post<Contact>('/contacts', body);
        navigate('..', {
          relative: 'path',
          state: { notice: t('directory.contacts.created', { name: created.name }) },
        });
      }
    } catch (caught) {
      setError(caught);
      setAttempt((count) => count + 1);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!contact) return;
    setRemoveError(undefined);
    try {
      await api.del(`/contacts/${encodeURIComponent(contact.id)}`);
      navigate('..', {
        relative: 'path',
        state: { notice: t('directory.contacts.removed', { name: contact.name }) },
      });
    } catch (caught) {
      setConfirming(false);
      setRemoveError(caught);
    }
  };

  const title = contact ? contact.name : t('directory.contacts.new');
  return (
    <section className="directory" aria-labelledby="contact-title">
      <nav className="directory-crumbs" aria-label={t('directory.breadcrumb')}>
        <Link to=".." relative="path">
          {t('directory.contacts.back')}
        </Link>
      </nav>
      <header className="directory-header">
        <h1 id="contact-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
      </header>
      <form
        ref={form}
        className="panel directory-form"
        noValidate
        onSubmit={submit}
        aria-labelledby="contact-title"
      >
        <div className="grid-2">
          <Field label={t('directory.contacts.name')} error={nameError}>
            {(props) => (
              <input
                {...props}
                autoComplete="off"
                value={name}
                onChange={(event) => {
                  setName(event.target.value);
                  change();
                }}
              />
            )}
          </Field>
          <Field label={t('directory.contacts.company')} error={serverErrorFor(error, 'company')}>
            {(props) => (
              <input
                {...props}
                autoComplete="off"
                value={company}
                onChange={(event) => {
                  setCompany(event.target.value);
                  change();
                }}
              />
            )}
          </Field>
        </div>
        <PhoneList
          phones={phones}
          errors={phoneErrors}
          listError={serverErrorFor(error, 'phones')}
          onChange={(next) => {
            setPhones(next);
            change();
          }}
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
              onChange={(event) => {
                setResponsibleUserId(event.target.value);
                change();
              }}
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
        <div className="row">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('common.saving') : contact ? t('common.save') : t('directory.contacts.create')}
          </button>
          <Link to=".." relative="path">
            {t('common.cancel')}
          </Link>
          <span role="status" className="success">
            {saved ? t('common.saved') : ''}
          </span>
        </div>
      </form>
      {contact && (
        <section className="panel" aria-labelledby="remove-contact-title">
          <h2 id="remove-contact-title">{t('directory.contacts.removeTitle')}</h2>
          <ErrorText error={removeError} />
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('directory.contacts.remove')}
          </button>
          <ConfirmDialog
            open={confirming}
            title={t('directory.contacts.removeConfirmTitle', { name: contact.name })}
            message={t('directory.contacts.removeConfirm', { name: contact.name })}
            confirm={t('directory.contacts.remove')}
            onConfirm={remove}
            onClose={() => setConfirming(false)}
          />
        </section>
      )}
    </section>
  );
}
