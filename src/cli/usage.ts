/** Help texts, one per command; `switchboard COMMAND --help` prints them. */
export const usage = {
  main: `Usage: switchboard <command> [options]

Commands:
  serve     run the server (embedded SQLite or shared PostgreSQL, simulated telephony)
  apply     apply a workspace spec (YAML) to a running server
  export    write a workspace back as a spec (YAML)
  simulate  run traffic through the routing engine on a virtual clock, beside Erlang C/A

Run \`switchboard <command> --help\` for a command's options.`,

  serve: `Usage: switchboard serve [options]

Runs the HTTP API (under /v1, docs at /docs) with the embedded SQLite store, or as one
node of several sharing a PostgreSQL database.

Options:
  --db PATH        SQLite file (env SWITCHBOARD_DB; default ./data/switchboard.db)
  --database-url U postgres://user:password@host:port/db instead of SQLite (env DATABASE_URL):
                   every node on it shares the workspaces, one owner each at a time
  --advertise-url U  where other nodes reach this one (env SWITCHBOARD_ADVERTISE_URL;
                   default the address it listens on)
  --port N         port to listen on, 0 for any free one (env SWITCHBOARD_PORT; default 3000)
  --host HOST      address to listen on (env SWITCHBOARD_HOST; default 127.0.0.1)
  --clock KIND     system, or virtual: time moves only through POST /v1/clock/advance
                   (env SWITCHBOARD_CLOCK; default system)
  --demo [en|es]   apply the demo and print its sign-ins: alone, both demos side by side
                   (demo/workspace.yaml as workspace demo, demo/workspace.es.yaml as demo-es:
                   Ventas, Soporte; the log-in page offers the one in the reader's language);
                   --demo en or --demo es applies that one alone, as workspace demo
  --allow-private-webhooks
                   let webhooks reach loopback, private and link-local addresses
                   (tests, private networks; env SWITCHBOARD_ALLOW_PRIVATE_WEBHOOKS=1)
  --metrics-token T
                   token a scraper off loopback sends to GET /metrics
                   (env SWITCHBOARD_METRICS_TOKEN; unset: loopback only)
  --trust-proxy P  behind a load balancer or reverse proxy: the proxies' addresses or CIDRs,
                   comma-separated, or a hop count, whose X-Forwarded-For gives the client's
                   address (env SWITCHBOARD_TRUST_PROXY; unset: the socket's address)
  --metrics-per-workspace
                   label the live gauges of /metrics by workspace
  --log-level L    fatal, error, warn, info, debug (env SWITCHBOARD_LOG_LEVEL; default info)
  --password-cost N
                   scrypt cost of new password hashes, log2 of N from 4 to 16 (default 14);
                   lower only for throwaway servers such as tests
  --telephony KIND sim (the simulated network only) or sip (real calls over SIP as well)
                   (env SWITCHBOARD_TELEPHONY; default sim)
  --sip-listen HOST:PORT
                   where SIP listens, UDP and TCP (env SWITCHBOARD_SIP_LISTEN; default 127.0.0.1:5060)
  --sip-public-address ADDR
                   the address phones and carriers reach, put in Via, Contact and SDP
                   (env SWITCHBOARD_SIP_PUBLIC_ADDRESS; default the listen host)
  --rtp-ports MIN-MAX
                   UDP ports for call audio (env SWITCHBOARD_RTP_PORTS; default 20000-20999)
  --sip-digest ALGS
                   digest algorithms offered to phones, most preferred first: md5, sha-256
                   (env SWITCHBOARD_SIP_DIGEST; default md5: some phones give up on sha-256)
  -h, --help       show this help

On the first start with a new database the server admin key is printed once: save it.`,

  apply: `Usage: switchboard apply FILE.yaml [options]

Brings a workspace to the spec in FILE: creates what is missing, updates what differs.
Applying the same file twice changes nothing the second time.

Options:
  --url URL        the server (env SWITCHBOARD_URL; default http://127.0.0.1:3000)
  --token KEY      an admin token (env SWITCHBOARD_TOKEN); creating a workspace needs
                   the server admin key
  --dry-run        list what would change, change nothing
  --prune          also remove the users, departments, telephony groups, IVR menus, numbers
                   and contacts that a section FILE lists leaves out (sections FILE leaves
                   out entirely are not touched)
  -h, --help       show this help`,

  export: `Usage: switchboard export WORKSPACE_ID [options]

Writes a workspace as a spec (YAML) that \`switchboard apply\` accepts. Passwords and
keys are never part of it.

Options:
  --url URL        the server (env SWITCHBOARD_URL; default http://127.0.0.1:3000)
  --token KEY      an admin token (env SWITCHBOARD_TOKEN)
  -o, --output F   write to file F instead of standard output
  -h, --help       show this help`,

  simulate: `Usage: switchboard simulate [options]

Runs simulated calls through the real routing engine on a virtual clock (no server, no
database) and reports service level, average speed of answer, wait probability,
abandonment and occupancy, overall and per 30-minute interval.

The textbook case (one queue of identical agents), printed beside Erlang C, or Erlang A
when callers have a patience:
  --agents N           agents taking calls (required)
  --calls-per-hour N   Poisson arrival rate (required)
  --aht SEC            average handle time (required)
  --sl-threshold SEC   service level threshold (default 20)
  --hours H            simulated time (default 24; the first hour, or tenth, is warm-up)
  --patience SEC       mean caller patience: callers hang up while waiting (Erlang A)
  --handle-time KIND   exponential (default) or lognormal, with the --aht mean
  --strategy S         routing strategy (default longest_idle)
  --seed N             the run's seed: the same seed gives the same run (default 1)
  --intervals          also print the per-interval table

A workspace's own configuration:
  --workspace F.yaml   a workspace spec, as \`switchboard apply\` takes
  --traffic F.yaml     calls per hour per number and interval, handle time, patience,
                       shifts (see README, "Routing simulator")
  --agents N, --strategy S, --hours H   what if: change them from the spec's

A recorded period of a running server's workspace, replayed (its callers, talk and patience):
  --replay FROM        start of the period, e.g. 2026-01-05T08:00:00Z (--hours: its length)
  --workspace-id ID    the workspace; --url URL and --token KEY (an admin's) as for apply
  --agents N, --strategy S             what if, beside what happened and the configuration

  --json               print the figures as JSON
  -h, --help           show this help`,
};
