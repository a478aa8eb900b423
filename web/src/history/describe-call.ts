import {
  actionText,
  type Context,
  candidateReason,
  candidates,
  type Data,
  type Described,
  known,
  line,
  poolName,
  strategyName,
  target,
} from './describe-words.ts';
import { phoneLabel, phoneName, userName } from './names.ts';

/** A call's events in words (V18). */
export function describeCall(context: Context, type: string, data: Data): Described | undefined {
  const { t, directory } = context;
  const who = (userId: string | undefined, number?: string) =>
    userId ? userName(directory, userId) : number ? phoneName(directory, number) : undefined;
  const phone = (e164: string | undefined) => phoneLabel(directory, e164);
  switch (type) {
    case 'call.received':
      return line('call', t('history.call.received', { from: phone(data.from), number: phone(data.to) }), {
        details: data.contactId
          ? [
              t('history.call.knownContact', {
                name: directory.contacts[data.contactId]?.name ?? data.contactId,
              }),
            ]
          : [],
      });
    case 'call.placed':
      return line(
        'call',
        t('history.call.placed', {
          name: who(data.userId) ?? '',
          to: phone(data.to),
          from: phone(data.from),
        }),
      );
    case 'call.filed':
      return line(
        'routing',
        t('history.call.filed', { name: directory.contacts[data.contactId]?.name ?? data.contactId }),
        {
          details: data.responsibleUserId
            ? [t('history.call.owner', { name: userName(directory, data.responsibleUserId) })]
            : [],
        },
      );
    case 'call.playing':
      return line(
        'call',
        t('history.call.playing', { media: known(t, 'history.media', data.playback?.media ?? '') }),
        {
          ...(data.text ? { quote: data.text } : {}),
        },
      );
    case 'call.menu_entered':
      return line(
        'routing',
        t(data.repeats > 0 ? 'history.call.menuRepeated' : 'history.call.menu', {
          name: directory.menus[data.menuId]?.name ?? data.menuId,
        }),
      );
    case 'call.awaiting_input':
      return line('call', t('history.call.awaitingInput'));
    case 'call.quality_recorded':
      return line(
        'call',
        t('history.call.quality', {
          name: who(data.userId) ?? '',
          mos: data.mos,
          jitter: data.jitterMs,
          loss: data.lossPercent,
          rtt: data.rttMs === undefined ? '—' : `${data.rttMs} ms`,
        }),
      );
    case 'call.dtmf_received':
      return line('call', t('history.call.digits', { digits: data.digits }));
    case 'call.menu_choice': {
      const reason =
        data.reason === 'option'
          ? t('history.menu.option', { digit: data.input })
          : data.reason === 'no_input'
            ? t('history.menu.noInput')
            : t('history.menu.invalid', { digit: data.input ?? '' });
      return line('routing', t('history.call.menuChoice', { action: actionText(context, data.action) }), {
        details: [reason],
      });
    }
    case 'call.routed':
      return line(
        'routing',
        t('history.call.routed', {
          pool: poolName(context, data.pool),
          strategy: strategyName(t, data.strategy),
          size: data.poolSize,
        }),
        { details: candidates(context, data) },
      );
    case 'call.offer_skipped':
      return line('routing', t('history.call.offerSkipped', { name: who(data.userId) ?? '' }), {
        details: [candidateReason(t, data.reason)],
      });
    case 'call.queued':
      return line(
        'routing',
        t('history.call.queued', { pool: poolName(context, data.pool), position: data.position }),
      );
    case 'call.dequeued':
      return line('routing', known(t, 'history.dequeued', data.reason));
    case 'call.leg_ringing':
      return line(
        data.transfer ? 'transfer' : 'call',
        t('history.call.ringing', { name: who(data.userId, data.number) ?? '' }),
        {
          details: data.presentedNumber
            ? [t('history.call.presented', { number: phone(data.presentedNumber) })]
            : [],
          ...(data.transfer?.note ? { quote: data.transfer.note } : {}),
        },
      );
    case 'call.leg_answered':
      return line('call', t('history.call.answered', { name: who(data.userId) ?? t('history.customer') }));
    case 'call.leg_ended': {
      const name = who(data.userId, context.legNumbers?.get(data.legId)) ?? t('history.customer');
      // A sentence per reason ("Lucía did not answer in time"); an unknown reason as it came.
      return line(
        'call',
        known(t, 'history.legEnd', data.reason, t('history.call.legEnded', { name, reason: data.reason }), {
          name,
        }),
      );
    }
    case 'call.action_taken':
      return line('routing', t('history.call.action', { action: actionText(context, data.action) }), {
        details: [known(t, 'history.actionReason', data.reason)],
        ...(data.action?.kind === 'message' && data.action.message ? { quote: data.action.message } : {}),
      });
    case 'call.forward_refused':
      return line('routing', t('history.call.forwardRefused', { number: phone(data.to) }), {
        details: [data.reason],
      });
    case 'call.voicemail_recording':
      return line('media', t('history.call.voicemailRecording'));
    case 'call.voicemail_left':
      return line('media', t('history.call.voicemailLeft', { seconds: Math.round(data.durationMs / 1000) }), {
        voicemailId: data.voicemailId,
      });
    case 'call.recording_started':
      return line('media', t('history.call.recordingStarted'));
    case 'call.recording_stopped':
      return line(
        'media',
        t('history.call.recordingStopped', { seconds: Math.round(data.durationMs / 1000) }),
        {
          recordingId: data.recordingId,
        },
      );
    case 'call.charged':
      return line('call', t('history.call.charged', { to: phone(data.to), cents: data.amountCents }));
    case 'call.voicedrop':
      return line('media', t('history.call.voicedrop', { name: who(data.userId) ?? '' }));
    case 'call.held':
      return line('transfer', t('history.call.held', { name: who(data.userId) ?? '' }));
    case 'call.resumed':
      return line('transfer', t('history.call.resumed', { name: who(data.userId) ?? '' }));
    case 'call.transfer_started':
      return line(
        'transfer',
        t(data.method === 'assisted' ? 'history.transfer.assisted' : 'history.transfer.direct', {
          name: who(data.initiatorId) ?? '',
          target: target(context, data.target),
        }),
        data.note ? { quote: data.note } : {},
      );
    case 'call.transfer_consulting':
      return line('transfer', t('history.transfer.consulting'));
    case 'call.transfer_conference_started':
      return line('transfer', t('history.transfer.conference'));
    case 'call.transfer_completed':
      return line('transfer', t('history.transfer.completed'));
    case 'call.transfer_cancelled':
      return line('transfer', t('history.transfer.cancelled'), {
        details: [known(t, 'history.transferCancel', data.reason)],
      });
    case 'call.transfer_became_direct':
      return line('transfer', t('history.transfer.becameDirect'));
    case 'call.transfer_failed':
      return line('transfer', t('history.transfer.failed'), {
        details: [
          known(t, 'history.transferFail', data.reason),
          known(t, 'history.transferReturn', data.returnTo),
        ],
      });
    case 'call.telephony_lost':
      return line('end', t('history.call.telephonyLost'), { details: [data.reason] });
    case 'call.ended':
      return line(
        'end',
        known(
          t,
          'history.ended',
          data.outcome,
          t('history.call.ended', { outcome: known(t, 'history.outcome', data.outcome) }),
        ),
        { details: [known(t, 'history.endedBy', data.endedBy)] },
      );
    default:
      return undefined;
  }
}
