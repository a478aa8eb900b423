/**
 * The browser as a phone (SPEC S6, issue 15): what a telephony driver (SIP) uses to ring,
 * answer and hang up a browser device exactly like a desk phone. The SIP driver does all of
 * this in src/telephony/sip/browser-devices.ts.
 *
 * - Devices: `registry.devicesOf(workspaceId, userId)` lists a user's SIP contacts and open
 *   consoles; `registry.browsersOf(...)` the consoles only (`BrowserPhone`), and
 *   `registry.onChange` says when one comes or goes (a tab closed mid-ring: stop ringing it).
 *   The SIP driver adds its REGISTER contacts with `registry.add({ kind: 'sip', … })`.
 * - Ringing is the engine's: the console shows the offer from the event stream and the agent
 *   presses Answer (REST), exactly as on the simulated network. No media is set up to ring.
 * - Answer: when the engine says the agent answered (call.leg_answered), the driver takes
 *   `registry.answeringBrowser(workspaceId, userId, engineLegId)` (the console where they
 *   pressed Answer; it says so with webrtc.answering) and calls `await phone.openLeg(legId)`: the offer goes to the page, which answers with the
 *   microphone; it resolves with a `BrowserLeg` once the page has answered (it rejects if the
 *   page does not answer in 10 s, or the device goes). `browserLeg.leg` is a `MediaLeg` of the
 *   plane: `plane.bridge(browserLeg.leg, callerLeg)`, `play`, `record`, `conference` as any leg.
 * - Hang up: `browserLeg.close()` (or `browserLeg.leg.close()`): the page is told and closes
 *   its peer connection.
 * - The browser going away: `browserLeg.onEnded(reason => …)` fires once when the page hangs
 *   up, the tab closes, the session signs out, or its media stops for the grace period (4 s by
 *   default); the driver then applies the number's no-answer / hang-up rules.
 */
export { type Device, DeviceRegistry } from '../devices.ts';
export { BrowserLeg } from './browser-leg.ts';
export { BrowserPhone } from './browser-phone.ts';
export { ConsolePhone, type WebRtcService } from './console-phone.ts';
