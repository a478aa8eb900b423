import { describe, expect, it } from 'vitest';
import { candidateAddress, confineSdp } from './ice.ts';

describe('ICE candidates on configured interfaces only (issue 15 item 1)', () => {
  it('reads the address of a candidate, with or without a=', () => {
    expect(candidateAddress('candidate:1 1 udp 2130706431 127.0.0.1 40000 typ host')).toBe('127.0.0.1');
    expect(candidateAddress('a=candidate:2 1 udp 2130706431 192.0.2.2 40002 typ host')).toBe('192.0.2.2');
    expect(candidateAddress('candidate:garbage')).toBeUndefined();
  });

  it('drops candidates on other addresses from an SDP, keeping everything else', () => {
    const sdp = [
      'v=0',
      'm=audio 9 UDP/TLS/RTP/SAVPF 0 8',
      'a=candidate:1 1 udp 2130706431 192.0.2.2 40000 typ host',
      'a=candidate:2 1 udp 2130706431 127.0.0.1 40002 typ host',
      'a=end-of-candidates',
      '',
    ].join('\r\n');
    const confined = confineSdp(sdp, new Set(['127.0.0.1']));
    expect(confined).not.toContain('192.0.2.2');
    expect(confined).toContain('127.0.0.1 40002');
    expect(confined).toContain('m=audio 9 UDP/TLS/RTP/SAVPF 0 8');
    expect(confined).toContain('a=end-of-candidates');
  });
});
