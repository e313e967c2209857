/**
 * The words of `citeline studio`, in English (the command speaks to whoever runs it; the
 * workbench itself is in the reader's language, src/messages/studio.ts).
 *
 * @module
 */

/** What `citeline studio` prints. Lines end in a newline. */
export const cliStudioEn = {
  help: `Usage: citeline studio [--port <n>] [--host <address>]

Serve the workbench on this computer: drop a spreadsheet, fix what it says, preview the timeline,
copy the embed code. Nothing you give it leaves your computer.

Options:
  --port <n>            The port to listen on (default: any free port).
  --host <address>      The address to listen on (default 127.0.0.1, this computer only). Another
                        address makes the workbench reachable from other computers: only on a
                        network you trust.
  -h, --help            Show this help.
`,
  serving: (url: string) => `citeline studio: open ${url} in your browser.\nPress Ctrl+C to stop.\n`,
  notBuilt: "citeline studio: the workbench was not found beside the command (dist/studio/index.html); build it with npm run build.\n",
  badPort: (port: string) => `the port "${port}" must be a whole number from 0 to 65535.`,
  cannotListen: (where: string, why: string) => `citeline studio: cannot listen on ${where}: ${why}\n`,
  stopped: "citeline studio: stopped.\n",
} as const;
