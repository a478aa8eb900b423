import { useCallback, useEffect, useRef, useState } from 'react';
import { useStreamEvents, useStreamHello, useStreamSend } from '../../api/stream.tsx';
import { isSignalling } from '../../api/stream-topics.ts';
import { PageLegs } from './legs.ts';
import {
  audioDevices,
  levelMeter,
  type MicrophoneState,
  openMicrophone,
  rememberedGrant,
} from './microphone.ts';
import type { Quality } from './quality.ts';

export interface BrowserPhone {
  /** The server runs real telephony: this console is a phone (never on the simulated network). */
  enabled: boolean;
  microphone: MicrophoneState;
  level: number;
  inputs: MediaDeviceInfo[];
  outputs: MediaDeviceInfo[];
  inputId: string | undefined;
  outputId: string | undefined;
  /** Set while a call's quality is poor. */
  poor: Quality | undefined;
  inCall: boolean;
  /** The microphone is silenced on the call (the caller hears silence, not hold music). */
  muted: boolean;
  setMuted(muted: boolean): void;
  allow(): void;
  chooseInput(deviceId: string): void;
  chooseOutput(deviceId: string): void;
  /** The agent pressed Answer here for the engine's leg: the server opens its media to this console. */
  answering(legId: string): void;
}

/**
 * The console as a phone (SPEC S6, issue 15): when the stream's hello says the server runs
 * real telephony, the console registers as its person's device, answers the media legs the
 * server opens, and keeps the microphone (asked for once), speaker, level and quality.
 */
export function useBrowserPhone(): BrowserPhone {
  const send = useStreamSend();
  const [enabled, setEnabled] = useState(false);
  const [microphone, setMicrophone] = useState<MicrophoneState>('unasked');
  const [level, setLevel] = useState(0);
  const [devices, setDevices] = useState<{ inputs: MediaDeviceInfo[]; outputs: MediaDeviceInfo[] }>({
    inputs: [],
    outputs: [],
  });
  const [inputId, setInputId] = useState<string>();
  const [outputId, setOutputId] = useState<string>();
  const [poor, setPoor] = useState<Quality>();
  const [legCount, setLegCount] = useState(0);
  const [muted, setMutedState] = useState(false);
  const mutedRef = useRef(false);
  const stream = useRef<MediaStream | undefined>(undefined);
  const stopMeter = useRef<(() => void) | undefined>(undefined);
  const legs = useRef<PageLegs | undefined>(undefined);

  const acquire = useCallback(async (deviceId?: string): Promise<MediaStream | undefined> => {
    setMicrophone('asking');
    const opened = await openMicrophone(deviceId);
    if ('state' in opened) {
      setMicrophone(opened.state);
      return undefined;
    }
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    // A microphone chosen mid-call stays muted if it was.
    for (const track of opened.stream.getAudioTracks()) track.enabled = !mutedRef.current;
    stream.current = opened.stream;
    stopMeter.current?.();
    stopMeter.current = levelMeter(opened.stream, setLevel);
    setMicrophone('ready');
    setDevices(await audioDevices());
    await legs.current?.switchMicrophone(opened.stream);
    return opened.stream;
  }, []);

  useEffect(() => {
    if (!enabled) return;
    const pageLegs = new PageLegs(
      send,
      async () => stream.current ?? (await acquire()),
      setPoor,
      setLegCount,
    );
    legs.current = pageLegs;
    // Asked once: a person who allowed it before is not shown the explanation again.
    if (rememberedGrant() && !stream.current) void acquire();
    return () => {
      pageLegs.close();
      legs.current = undefined;
    };
  }, [enabled, send, acquire]);

  const setMuted = useCallback((next: boolean) => {
    mutedRef.current = next;
    setMutedState(next);
    // A disabled track still sends packets (silence): the server does not take the page for gone.
    for (const track of stream.current?.getAudioTracks() ?? []) track.enabled = !next;
  }, []);

  // Each call starts with the microphone on.
  useEffect(() => {
    if (legCount === 0) setMuted(false);
  }, [legCount, setMuted]);

  useEffect(
    () => () => {
      stopMeter.current?.();
      for (const track of stream.current?.getTracks() ?? []) track.stop();
    },
    [],
  );

  // Every (re)connection is a new socket with a hello of its own: register it as this person's
  // phone again.
  const hello = useStreamHello();
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per connection; send is stable.
  useEffect(() => {
    if (!hello) return;
    setEnabled(hello.webrtc === true);
    legs.current?.reset();
    if (hello.webrtc === true) send({ type: 'webrtc.register' });
  }, [hello]);

  useStreamEvents((event) => {
    // Signalling is the phone's own protocol (legs.ts), beside the public messages.
    if (isSignalling(event)) void legs.current?.receive(event);
  });

  return {
    enabled,
    microphone,
    level,
    ...devices,
    inputId,
    outputId,
    poor,
    inCall: legCount > 0,
    muted,
    setMuted,
    allow: () => void acquire(inputId),
    chooseInput: (deviceId) => {
      setInputId(deviceId);
      void acquire(deviceId);
    },
    answering: (legId) => {
      if (enabled) send({ type: 'webrtc.answering', legId });
    },
    chooseOutput: (deviceId) => {
      setOutputId(deviceId);
      void legs.current?.switchSpeaker(deviceId);
    },
  };
}
