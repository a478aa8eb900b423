/** Help texts, one per command; `switchboard COMMAND --help` prints them. */
export const usage = {
  main: `Usage: switchboard <command> [options]

Commands:
  serve     run the server (embedded SQLite or shared PostgreSQL, simulated telephony)
  apply     apply a workspace spec (YAML) to a running server
  export    write a workspace back as a spec (YAML)

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
  --demo           apply demo/workspace.yaml and print the demo sign-ins
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
