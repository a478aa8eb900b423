/** The microphone: asked for once (remembered), by device, with a level read from it. */
export type MicrophoneState = 'unasked' | 'asking' | 'ready' | 'blocked' | 'missing' | 'failed';

const grantedKey = 'switchboard.microphoneAllowed';

export const rememberedGrant = (): boolean => localStorage.getItem(grantedKey) === 'yes';

/** Opens the microphone (the chosen one, if any); the state says why when it cannot. */
export async function openMicrophone(
  deviceId: string | undefined,
): Promise<{ stream: MediaStream } | { state: MicrophoneState }> {
  if (!navigator.mediaDevices?.getUserMedia) return { state: 'missing' };
  try {
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: deviceId ? { deviceId: { exact: deviceId } } : true,
    });
    localStorage.setItem(grantedKey, 'yes');
    return { stream };
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    if (name === 'NotAllowedError' || name === 'SecurityError') {
      localStorage.removeItem(grantedKey);
      return { state: 'blocked' };
    }
    if (name === 'NotFoundError' || name === 'OverconstrainedError') return { state: 'missing' };
    return { state: 'failed' };
  }
}

/** A 0–1 loudness of a stream, read every 100 ms, for the level meter. */
export function levelMeter(stream: MediaStream, onLevel: (level: number) => void): () => void {
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 512;
  context.createMediaStreamSource(stream).connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  const timer = setInterval(() => {
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const sample of samples) sum += sample * sample;
    // RMS scaled so ordinary speech fills most of the meter.
    onLevel(Math.min(1, Math.sqrt(sum / samples.length) * 4));
  }, 100);
  return () => {
    clearInterval(timer);
    void context.close();
  };
}

export async function audioDevices(): Promise<{ inputs: MediaDeviceInfo[]; outputs: MediaDeviceInfo[] }> {
  const devices = (await navigator.mediaDevices?.enumerateDevices?.()) ?? [];
  return {
    inputs: devices.filter((device) => device.kind === 'audioinput'),
    outputs: devices.filter((device) => device.kind === 'audiooutput'),
  };
}
