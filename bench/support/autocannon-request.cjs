'use strict';
// Runs inside autocannon's worker thread (functions cannot be sent to a worker, a file can).
// Each request goes to the next of the bench users; presence alternates online / pause per round
// over all users, so every PUT changes something and emits an event.
const users = Number(process.env.BENCH_USERS);
const base = process.env.BENCH_USERS_PATH;
let sent = 0;

module.exports = function setupRequest(request) {
  const index = sent % users;
  const round = Math.floor(sent / users);
  sent += 1;
  const path = `${base}/u_${index}`;
  if (request.method === 'GET') return { ...request, path };
  const presence = round % 2 === 0 ? 'online' : 'pause';
  return { ...request, path: `${path}/presence`, body: JSON.stringify({ presence }) };
};
