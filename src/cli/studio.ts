/**
 * `citeline studio`: the workbench (dist/studio/) served from this computer. A static server for
 * the package's dist/ folder only, on 127.0.0.1 unless `--host` says otherwise, with each file's
 * content type, a strict Content-Security-Policy, and nothing outside dist/ ever answered.
 *
 * ```sh
 * citeline studio --port 5180
 * ```
 *
 * @module
 */
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { cliStudioEn as words } from "../messages/cli-studio.js";

/** The policy every answer carries: the workbench's own files only, pictures also from data: and blob: URLs. */
export const STUDIO_CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".cjs": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

const HEADERS = {
  "content-security-policy": STUDIO_CSP,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
  "cross-origin-resource-policy": "same-origin",
};

/** A running workbench server. */
export interface StudioServer {
  /** The workbench's address: `http://127.0.0.1:<port>/studio/`. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * The built dist/ folder: beside dist/cli.js when built, two folders up from src/cli/ in the sources.
 *
 * @example
 * ```ts
 * distFolder(); // "/…/node_modules/citeline/dist/"
 * ```
 */
export function distFolder(): string | undefined {
  return ["./", "../", "../../dist/"].map((r) => fileURLToPath(new URL(r, import.meta.url))).find((dir) => existsSync(join(dir, "studio", "index.html")));
}

/**
 * Serve `root` (dist/) on `host`:`port` (port 0: any free one); resolves once listening.
 *
 * @example
 * ```ts
 * const studio = await startStudio({ root: distFolder()!, port: 0 });
 * console.log(studio.url);
 * await studio.close();
 * ```
 */
export function startStudio(options: { root: string; port?: number; host?: string }): Promise<StudioServer> {
  const root = normalize(options.root.endsWith(sep) ? options.root : options.root + sep);
  const host = options.host ?? "127.0.0.1";
  const server = createServer((req, res) => void answer(root, req, res));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(":") ? `[${host}]` : host === "0.0.0.0" ? "127.0.0.1" : host;
      resolve({ url: `http://${shown}:${port}/studio/`, server, close: () => new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }) });
    });
  });
}

async function answer(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const refuse = (status: number, text: string) => {
    res.writeHead(status, { ...HEADERS, "content-type": "text/plain; charset=utf-8" });
    res.end(text);
  };
  if (req.method !== "GET" && req.method !== "HEAD") return refuse(405, "Method not allowed");
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    return refuse(400, "Bad request");
  }
  if (path === "/" || path === "/studio") {
    res.writeHead(302, { ...HEADERS, location: "/studio/" });
    return void res.end();
  }
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(root, path));
  // Nothing outside dist/, and no file whose name starts with a dot.
  if (!file.startsWith(root) || path.includes("\0") || /(^|[\\/])\./.test(file.slice(root.length))) return refuse(404, "Not found");
  try {
    if (!(await stat(file)).isFile()) return refuse(404, "Not found");
    const body = await readFile(file);
    res.writeHead(200, { ...HEADERS, "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream", "content-length": body.length });
    res.end(req.method === "HEAD" ? undefined : body);
  } catch {
    refuse(404, "Not found");
  }
}

/**
 * Run `citeline studio …argv`: serve the workbench and print its address; resolves with the exit
 * status once the server stops (`stop` resolving, else Ctrl+C or SIGTERM).
 *
 * @example
 * ```ts
 * process.exitCode = await runStudio(["--port", "5180"], io);
 * ```
 */
export async function runStudio(argv: string[], io: { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } }, stop?: Promise<void>): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { port: { type: "string" }, host: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help === true) {
    io.stdout.write(words.help);
    return 0;
  }
  if (positionals.length > 0) throw new StudioUsageError(`unexpected argument "${positionals[0]}".`);
  const port = values.port === undefined ? 0 : /^\d{1,5}$/.test(values.port) && Number(values.port) <= 65535 ? Number(values.port) : undefined;
  if (port === undefined) throw new StudioUsageError(words.badPort(values.port ?? ""));
  const root = distFolder();
  if (!root) {
    io.stderr.write(words.notBuilt);
    return 2;
  }
  let studio: StudioServer;
  try {
    studio = await startStudio({ root, port, ...(values.host === undefined ? {} : { host: values.host }) });
  } catch (error) {
    io.stderr.write(words.cannotListen(`${values.host ?? "127.0.0.1"}:${port}`, (error as Error).message));
    return 2;
  }
  io.stdout.write(words.serving(studio.url));
  await (stop ?? signalled());
  await studio.close();
  io.stdout.write(words.stopped);
  return 0;
}

/** A usage error of the studio command, reported as the command's other usage errors are. */
export class StudioUsageError extends Error {}

function signalled(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}
