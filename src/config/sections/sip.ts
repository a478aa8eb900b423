import { sipOf, type Trunk } from '../../engine/workspace/sip.ts';
import type { Planner } from '../planner.ts';

/** The SIP trunk, when the spec manages `sip` (port 5060 and UDP unless it says otherwise). */
export function planSip(planner: Planner): void {
  const spec = planner.spec.sip;
  if (!spec) return;
  const outbound = spec.trunk?.outbound;
  const wanted: Trunk | null = spec.trunk
    ? {
        allowedSources: spec.trunk.allowedSources.map((source) => source.trim().toLowerCase()),
        ...(outbound
          ? {
              outbound: {
                host: outbound.host.trim().toLowerCase(),
                port: outbound.port ?? 5060,
                transport: (outbound.transport ?? 'udp') as 'udp' | 'tcp',
              },
            }
          : {}),
      }
    : null;
  const current = sipOf(planner.state).trunk ?? null;
  if (JSON.stringify(current) === JSON.stringify(wanted)) return;
  planner.issue(
    { type: 'sip.configure_trunk', trunk: wanted },
    'sip.trunk',
    wanted ? 'set the SIP trunk' : 'remove the SIP trunk',
  );
}
