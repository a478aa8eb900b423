import { type FormEvent, useCallback, useEffect, useState } from 'react';
import {
  publicMessageTypes as messageTypes,
  type PublicMessageType,
} from '../../../../src/api/message-types.ts';
import type { Answer } from '../../api/contract.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { serverErrorFor } from '../users/formErrors.ts';
import { useRequest } from '../users/useRequest.ts';

type Webhook = Answer<'getWebhook'>;
type Delivery = Answer<'listWebhookDeliveries'>['items'][number];

/** Settings → Webhooks (I1): subscriptions, their secret, and what was sent with a replay. */
export function WebhooksAdmin() {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const [webhooks, setWebhooks] = useState<Webhook[]>([]);
  const [secret, setSecret] = useState<{ url: string; secret: string }>();
  const [open, setOpen] = useState<Webhook>();
  const { error, saving, send } = useRequest();

  const load = useCallback(async () => {
    const { items } = await api.get('/webhooks');
    setWebhooks(items);
  }, [api]);
  const [loadError, setLoadError] = useState<unknown>();
  useEffect(() => {
    load().catch(setLoadError);
  }, [load]);

  return (
    <section className="directory" aria-labelledby="webhooks-title">
      <header className="directory-header">
        <h1 id="webhooks-title">{t('webhooks.title')}</h1>
      </header>
      <p className="muted">{t('webhooks.intro')}</p>
      <NewWebhookForm
        onCreated={(created) => {
          setSecret({ url: created.url, secret: created.secret });
          void send(load);
        }}
      />
      {secret && (
        <p className="panel" role="status">
          {t('webhooks.secretOnce', { url: secret.url })} <code>{secret.secret}</code>
        </p>
      )}
      <ErrorText error={error ?? loadError} />
      <table aria-labelledby="webhooks-title">
        <thead>
          <tr>
            <th scope="col">{t('webhooks.url')}</th>
            <th scope="col">{t('webhooks.events')}</th>
            <th scope="col">{t('webhooks.enabled')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('webhooks.deliveries')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {webhooks.map((webhook) => (
            <tr key={webhook.id}>
              <td>{webhook.url}</td>
              <td>{webhook.events.join(', ')}</td>
              <td>{webhook.enabled ? '✓' : '—'}</td>
              <td className="row">
                <button type="button" onClick={() => setOpen(webhook)}>
                  {t('webhooks.deliveries')}
                </button>
                <button
                  type="button"
                  disabled={saving}
                  onClick={() =>
                    send(async () => {
                      const revealed = await api.get('/webhooks/{webhookId}/secret', {
                        path: { webhookId: webhook.id },
                      });
                      setSecret({ url: webhook.url, secret: revealed.secret });
                    })
                  }
                >
                  {t('webhooks.reveal')}
                </button>
                <button
                  type="button"
                  disabled={saving}
                  onClick={() =>
                    send(async () => {
                      await api.patch('/webhooks/{webhookId}', {
                        path: { webhookId: webhook.id },
                        body: { enabled: !webhook.enabled },
                      });
                      await load();
                    })
                  }
                >
                  {webhook.enabled ? t('webhooks.disable') : t('webhooks.enable')}
                </button>
                <button
                  type="button"
                  disabled={saving}
                  onClick={() =>
                    send(async () => {
                      await api.del('/webhooks/{webhookId}', { path: { webhookId: webhook.id } });
                      if (open?.id === webhook.id) setOpen(undefined);
                      await load();
                    })
                  }
                >
                  {t('webhooks.remove')}
                </button>
              </td>
            </tr>
          ))}
          {webhooks.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                {t('webhooks.empty')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {open && <Deliveries webhook={open} />}
    </section>
  );
}

function NewWebhookForm({ onCreated }: { onCreated: (created: Answer<'createWebhook'>) => void }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<PublicMessageType[]>(['call.received', 'call.ended']);
  const [missingEvents, setMissingEvents] = useState(false);
  const { error, saving, send } = useRequest();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMissingEvents(events.length === 0);
    if (events.length === 0) return;
    await send(async () => {
      onCreated(await api.post('/webhooks', { body: { url: url.trim(), events } }));
      setUrl('');
    });
  };
  const toggle = (type: PublicMessageType) =>
    setEvents((chosen) => (chosen.includes(type) ? chosen.filter((t) => t !== type) : [...chosen, type]));

  return (
    <form className="panel" noValidate onSubmit={submit} aria-labelledby="new-webhook-title">
      <h2 id="new-webhook-title">{t('webhooks.new')}</h2>
      <Field label={t('webhooks.url')} error={serverErrorFor(error, 'url')}>
        {(props) => (
          <input {...props} type="url" value={url} onChange={(event) => setUrl(event.target.value)} />
        )}
      </Field>
      <fieldset>
        <legend>{t('webhooks.events')}</legend>
        {messageTypes.map((type) => (
          <label key={type} className="checkbox">
            <input type="checkbox" checked={events.includes(type)} onChange={() => toggle(type)} /> {type}
          </label>
        ))}
        {missingEvents && <p className="field-error">{t('webhooks.pickEvents')}</p>}
      </fieldset>
      <button type="submit" className="primary" disabled={saving}>
        {t('webhooks.create')}
      </button>
      <ErrorText error={serverErrorFor(error, 'url') ? undefined : error} />
    </form>
  );
}

function Deliveries({ webhook }: { webhook: Webhook }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const [items, setItems] = useState<Delivery[]>([]);
  const { error, saving, send } = useRequest();
  const load = useCallback(async () => {
    const page = await api.get('/webhooks/{webhookId}/deliveries', {
      path: { webhookId: webhook.id },
      query: { limit: 50 },
    });
    setItems(page.items);
  }, [api, webhook.id]);
  const [loadError, setLoadError] = useState<unknown>();
  useEffect(() => {
    load().catch(setLoadError);
  }, [load]);

  return (
    <section className="panel" aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">{t('webhooks.deliveriesOf', { url: webhook.url })}</h2>
      <ErrorText error={error ?? loadError} />
      <table aria-labelledby="deliveries-title">
        <thead>
          <tr>
            <th scope="col">{t('webhooks.message')}</th>
            <th scope="col">{t('webhooks.status')}</th>
            <th scope="col">{t('webhooks.attempts')}</th>
            <th scope="col">{t('webhooks.response')}</th>
            <th scope="col">{t('webhooks.when')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('webhooks.replay')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((delivery) => (
            <tr key={delivery.id}>
              <td>{delivery.type}</td>
              <td>{delivery.status}</td>
              <td>{delivery.attempts}</td>
              <td>
                {delivery.responseStatus ?? delivery.error ?? ''}
                {delivery.responseMs !== undefined ? ` (${delivery.responseMs} ms)` : ''}
              </td>
              <td>{delivery.lastAttemptAt ? new Date(delivery.lastAttemptAt).toLocaleString() : ''}</td>
              <td>
                <button
                  type="button"
                  disabled={saving}
                  onClick={() =>
                    send(async () => {
                      await api.post('/webhooks/{webhookId}/deliveries/{deliveryId}/replay', {
                        path: { webhookId: webhook.id, deliveryId: delivery.id },
                      });
                      await load();
                    })
                  }
                >
                  {t('webhooks.replay')}
                </button>
              </td>
            </tr>
          ))}
          {items.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                {t('webhooks.noDeliveries')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
