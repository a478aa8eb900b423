import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { powerShare } from '../../../src/telephony/rtp/test-support/goertzel.ts';
import { type Baresip, until } from './peers.ts';

/**
 * What a baresip phone heard, read from the recording its sndfile module writes (`…-dec.wav`,
 * 8 kHz 16-bit mono). baresip writes each 20 ms as it hears it, and the WAV header's sizes only
 * when the call ends (they read 0 until then): a test can listen while the call goes on, and
 * knows the call's recording is whole once its header counts the bytes that follow it.
 */

const headerBytes = 44;

/** The strongest share of `hz` in any half second (8 kHz) of what a phone heard: 0 to 1. */
export function loudest(samples: Int16Array, hz: number): number {
  const windows = Math.floor(samples.length / 4000);
  return Math.max(
    0,
    ...Array.from({ length: windows }, (_, i) => powerShare(samples.subarray(i * 4000, (i + 1) * 4000), hz)),
  );
}

/**
 * The phone's newest recording written since `since` (a time in ms): baresip names them by the
 * second, so a call's recording is told by when it was written, not by its name.
 */
function newestRecording(phone: Baresip, since: number): string | undefined {
  const dir = join(phone.dir, 'recordings');
  return readdirSync(dir)
    .filter((entry) => entry.endsWith('-dec.wav'))
    .map((entry) => ({ path: join(dir, entry), modified: statSync(join(dir, entry)).mtimeMs }))
    .filter(({ modified }) => modified >= since)
    .sort((a, b) => b.modified - a.modified)[0]?.path;
}

/** The samples after the header, as far as the file goes (a call still on has no sizes yet). */
function samplesOf(bytes: Buffer): Int16Array {
  const count = Math.max(0, Math.floor((bytes.length - headerBytes) / 2));
  const copy = bytes.buffer.slice(bytes.byteOffset + headerBytes, bytes.byteOffset + headerBytes + count * 2);
  return new Int16Array(copy);
}

/** What the phone has heard so far of its call since `since` (nothing before it rings). */
export function heardSoFar(phone: Baresip, since: number): Int16Array {
  const path = newestRecording(phone, since);
  return path ? samplesOf(readFileSync(path)) : new Int16Array();
}

/** Waits until what the phone has heard of its call so far passes `check`. */
export function untilHeard(
  phone: Baresip,
  since: number,
  what: string,
  check: (heard: Int16Array) => boolean,
  ms = 15_000,
): Promise<true> {
  return until(what, () => check(heardSoFar(phone, since)) || undefined, ms, 50);
}

/** All the phone heard on its call since `since`, once the call is over and its recording closed. */
export function heardOnCall(phone: Baresip, since: number, ms = 10_000): Promise<Int16Array> {
  return until(
    `${phone.dir}'s recording since ${since} to close`,
    () => {
      const path = newestRecording(phone, since);
      if (!path) return undefined;
      const bytes = readFileSync(path);
      const closed = bytes.length > headerBytes && bytes.readUInt32LE(40) === bytes.length - headerBytes;
      return closed ? samplesOf(bytes) : undefined;
    },
    ms,
  );
}
