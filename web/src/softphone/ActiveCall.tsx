import { useId, useState } from 'react';
import type { LiveCall } from '../api/calls.ts';
import { formatDuration } from '../api/server-clock.tsx';
import { ErrorText } from '../components/ErrorText.tsx';
import { Keypad } from '../components/Keypad.tsx';
import { formatPhone } from '../components/phone.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { ConsultPanel } from './ConsultPanel.tsx';
import { MoreMenu } from './MoreMenu.tsx';
import { TransferDialog } from './TransferDialog.tsx';
import type { PhoneLine } from './types.ts';
import { useAction } from './useAction.ts';
import type { Directory } from './useDirectory.ts';

/**
 * A call this agent is on (or dialling): who, for how long, and what they can do with it:
 * hold and resume, transfer from the "…" menu once the caller is held (seed 000), keypad,
 * voicedrop on an outgoing call, hang up.
 */
export function ActiveCall({
  line,
  call,
  directory,
  now,
}: {
  line: PhoneLine;
  call: LiveCall | undefined;
  directory: Directory;
  now: number | undefined;
}) {
  const { t } = useI18n();
  const { api, session } = useSignedIn();
  const me = session.user.id;
  const { busy, error, run } = useAction();
  const [transferring, setTransferring] = useState(false);
  const [keypadOpen, setKeypadOpen] = useState(false);
  const [sent, setSent] = useState('');
  const titleId = useId();

  const customer = line.direction === 'outbound' ? line.to : line.from;
  const contact = directory.contactOf(customer);
  const callPath = { path: { callId: line.callId } };
  const leg = { path: { callId: line.callId, legId: line.legId } };
  const transfer = call?.transfer;
  const consulting = transfer?.method === 'assisted' && transfer.initiatorId === me;
  // The target of an assisted transfer talks to the initiator first; the caller is not theirs yet.
  const consulted = transfer?.targetLegId === line.legId;
  const connected = line.state === 'connected';
  const held = call?.held === true;
  const elapsed = now === undefined ? '' : formatDuration(now - Date.parse(line.since));

  const state = !connected
    ? t('softphone.state.dialing')
    : consulted
      ? t('softphone.state.consulted', { name: directory.userName(transfer?.initiatorId) })
      : held
        ? t('softphone.state.held')
        : t('softphone.state.connected');

  const sendKey = (key: string) =>
    void run(async () => {
      await api.post('/calls/{callId}/legs/{legId}/digits', { ...leg, body: { digits: key } });
      setSent((digits) => (digits + key).slice(-24));
    });

  const menuItems = [
    {
      label: t('softphone.transfer.open'),
      onSelect: () => setTransferring(true),
      disabled: !held || !!transfer,
      hint: !held
        ? t('softphone.transfer.holdFirst')
        : transfer
          ? t('softphone.transfer.inProgress')
          : undefined,
    },
    ...(line.direction === 'outbound'
      ? [
          {
            label: t('softphone.voicedrop'),
            onSelect: () => void run(() => api.post('/calls/{callId}/voicedrop', callPath)),
            hint: t('softphone.voicedropHint'),
          },
        ]
      : []),
  ];

  return (
    <section className={`call-card call-active${held ? ' call-held' : ''}`} aria-labelledby={titleId}>
      <div className="row">
        <h3 id={titleId} className="call-state">
          {state}
        </h3>
        <span className="spacer" />
        <span className="call-timer" role="timer" aria-label={t('softphone.duration')}>
          {connected ? elapsed : ''}
        </span>
      </div>
      <p className="call-party">{contact?.name ?? formatPhone(customer)}</p>
      <p className="muted call-detail">
        {contact ? `${formatPhone(customer)} · ` : ''}
        {line.direction === 'outbound'
          ? t('softphone.outboundFrom', { number: numberText(directory, line.from) })
          : t('softphone.inboundTo', { number: numberText(directory, line.to) })}
      </p>
      {held && !consulted && <p className="muted call-hold-hint">{t('softphone.heldHint')}</p>}
      {line.transfer?.note && <p className="note">{line.transfer.note}</p>}
      {consulting && transfer && (
        <ConsultPanel callId={line.callId} transfer={transfer} directory={directory} />
      )}
      <div className="call-buttons">
        {connected && !consulted && (
          <>
            <button
              type="button"
              disabled={busy || consulting}
              onClick={() =>
                void run(() => api.post(held ? '/calls/{callId}/resume' : '/calls/{callId}/hold', callPath))
              }
            >
              {held ? t('softphone.resume') : t('softphone.hold')}
            </button>
            <MoreMenu label={t('softphone.more')} items={menuItems} />
          </>
        )}
        {connected && (
          <button type="button" aria-expanded={keypadOpen} onClick={() => setKeypadOpen((open) => !open)}>
            {t('softphone.keypad')}
          </button>
        )}
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => void run(() => api.post('/calls/{callId}/legs/{legId}/hangup', leg))}
        >
          {t('softphone.hangUp')}
        </button>
      </div>
      {keypadOpen && connected && (
        <div className="call-keypad">
          <output className="keypad-sent" aria-label={t('softphone.tonesSent')}>
            {sent}
          </output>
          <Keypad label={t('softphone.keypad')} onKey={sendKey} disabled={busy} />
        </div>
      )}
      <ErrorText error={error} />
      <TransferDialog
        open={transferring}
        callId={line.callId}
        directory={directory}
        onClose={() => setTransferring(false)}
      />
    </section>
  );
}

function numberText(directory: Directory, e164: string): string {
  const number = directory.numberByE164(e164);
  return number ? `${number.label} (${formatPhone(e164)})` : formatPhone(e164);
}
