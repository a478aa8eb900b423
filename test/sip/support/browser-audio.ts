import type { Page } from 'playwright-core';
import { holdMusicBass, holdMusicMelody } from '../../../src/telephony/rtp/sounds.ts';
import { powerShare, rms } from '../../../src/telephony/rtp/test-support/goertzel.ts';

/**
 * What the browser phone's tests observe of audio: what the page receives (its peer
 * connections' stats) and what a SIP phone recorded (the agent's tone, hold music or quiet).
 */

/** The page's inbound audio energy, summed over its open peer connections (getStats). */
export const inboundEnergy = `(async () => {
  let energy = 0;
  for (const pc of window.__peerConnections ?? []) {
    // A call that ended says nothing of the one on now.
    if (pc.signalingState === 'closed') continue;
    (await pc.getStats()).forEach((stat) => {
      if (stat.type === 'inbound-rtp' && stat.kind === 'audio') energy += stat.totalAudioEnergy ?? 0;
    });
  }
  return energy;
})()`;

/** Watches the page's own peer connections, to read their stats; the page is not changed. */
export async function watchPeerConnections(page: Page): Promise<void> {
  await page.addInitScript(`{
    const Original = window.RTCPeerConnection;
    window.__peerConnections = [];
    window.RTCPeerConnection = function (...args) {
      const pc = new Original(...args);
      window.__peerConnections.push(pc);
      return pc;
    };
    window.RTCPeerConnection.prototype = Original.prototype;
  }`);
}

/**
 * Hold music: in a 100 ms block (inside one 300 ms note, or across two) most of the power is at
 * one of the melody's notes plus one of the bass's.
 */
const musicShare = (block: Int16Array) =>
  Math.max(...holdMusicMelody.map((note) => powerShare(block, note))) +
  Math.max(...holdMusicBass.map((note) => powerShare(block, note)));

export type Heard = 'agent' | 'music' | 'quiet' | '-';

/** What a phone heard (8 kHz), in 100 ms blocks: the agent's tone, hold music, or neither. */
export function heardBlocks(samples: Int16Array, agentToneHz: number): Heard[] {
  const blocks: Heard[] = [];
  for (let start = 0; start + 800 <= samples.length; start += 800) {
    const block = samples.subarray(start, start + 800);
    if (powerShare(block, agentToneHz) > 0.5) blocks.push('agent');
    else if (musicShare(block) > 0.5) blocks.push('music');
    else blocks.push(rms(block) < 100 ? 'quiet' : '-');
  }
  return blocks;
}

/** Whether what was heard so far ends with `count` blocks of `kind` in a row. */
export const endsWith = (blocks: Heard[], kind: Heard, count: number) =>
  blocks.length >= count && blocks.slice(-count).every((block) => block === kind);

/**
 * Runs of the same kind, as "agent music agent": single blocks (glitches) dropped, silence
 * only when it lasts half a second (a key press's pause is shorter), none before the answer.
 */
export const runs = (blocks: string[]) =>
  blocks
    .reduce<Array<[string, number]>>((all, kind) => {
      const last = all.at(-1);
      if (last?.[0] === kind) last[1] += 1;
      else all.push([kind, 1]);
      return all;
    }, [])
    .filter(([kind, length]) => kind !== '-' && length >= (kind === 'quiet' ? 5 : 2))
    .map(([kind]) => kind)
    .filter((kind, index, all) => kind !== all[index - 1])
    .filter((kind, index) => !(index === 0 && kind === 'quiet'));
