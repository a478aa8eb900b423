/** Help texts, one per command; `switchboard COMMAND --help` prints them. */
export const usage = {
  main: `Usage: switchboard <command> [options]

Commands:
  serve     run the server (embedded SQLite, simulated telephony)
  apply     apply a workspace spec (YAML) to a running server
  export    write a workspace back as a spec (YAML)

Run \`switchboard <command> --help\` for a command's options.`,

  serve: `Usage: switchboard serve [options]

Runs the HTTP API (under /v1, docs at /docs) with the embedded SQLite store.

Options:
  --db PATH        SQLite file (env SWITCHBOARD_DB; default ./data/switchboard.db)
  --port N         port to listen on, 0 for any free one (env SWITCHBOARD_PORT; default 3000)
  --host HOST      address to listen on (env SWITCHBOARD_HOST; default 127.0.0.1)
  --clock KIND     system, or virtual: time moves only through POST /v1/clock/advance
                   (env SWITCHBOARD_CLOCK; default system)
  --demo           apply demo/workspace.yaml and print the demo sign-ins
  --allow-private-webhooks
                   let webhooks reach loopback, private and link-local addresses
                   (tests, private networks; env SWITCHBOARD_ALLOW_PRIVATE_WEBHOOKS=1)
  --metrics-token T
                   token a scraper off loopback sends to GET /metrics
                   (env SWITCHBOARD_METRICS_TOKEN; unset: loopback only)
  --metrics-per-workspace
                   label the live gauges of /metrics by workspace
  --log-level L    fatal, error, warn, info, debug (env SWITCHBOARD_LOG_LEVEL; default info)
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
  --prune          also remove the users, departments, numbers and contacts FILE leaves out
  -h, --help       show this help`,

  export: `Usage: switchboard export WORKSPACE_ID [options]

Writes a workspace as a spec (YAML) that \`switchboard apply\` accepts. Passwords and
keys are never part of it.

Options:
  --url URL        the server (env SWITCHBOARD_URL; default http://127.0.0.1:3000)
  --token KEY      an admin token (env SWITCHBOARD_TOKEN)
  -o, --output F   write to file F instead of standard output
  -h, --help       show this help`,
};
