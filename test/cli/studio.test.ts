// @vitest-environment node
// `citeline studio`: the workbench's static server (src/cli/studio.ts), on a folder of its own here
// (a stand-in dist/), and the real command on the built dist/ when there is one.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStudio, STUDIO_CSP, type StudioServer } from "../../src/cli/studio.js";
import { ROOT, runCli } from "./run.js";

const outside = mkdtempSync(join(tmpdir(), "citeline-studio-"));
const dist = join(outside, "dist");
let studio: StudioServer;

beforeAll(async () => {
  mkdirSync(join(dist, "studio"), { recursive: true });
  writeFileSync(join(dist, "studio", "index.html"), "<!doctype html><title>studio</title>");
  writeFileSync(join(dist, "studio", "studio.js"), "void 0;");
  writeFileSync(join(dist, "style.css"), ".citeline {}");
  writeFileSync(join(dist, ".secret"), "hidden");
  writeFileSync(join(outside, "secret.txt"), "outside dist");
  studio = await startStudio({ root: dist, port: 0 });
});
afterAll(async () => {
  await studio?.close();
  rmSync(outside, { recursive: true, force: true });
});

/** A raw GET, with the path sent exactly as given (fetch would normalise `..`). */
function get(url: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ host: hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("the studio server", () => {
  it("listens on 127.0.0.1 only, on the port it was given (0: a free one), and names the workbench's URL", () => {
    const address = studio.server.address();
    expect(typeof address === "object" && address !== null ? address.address : address).toBe("127.0.0.1");
    expect(studio.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/studio\/$/);
  });

  it("serves the workbench with its content types and a strict Content-Security-Policy", async () => {
    const page = await get(studio.url, "/studio/");
    expect(page.status).toBe(200);
    expect(page.body).toContain("<title>studio</title>");
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["content-security-policy"]).toBe(STUDIO_CSP);
    expect(STUDIO_CSP).toContain("script-src 'self'");
    expect(STUDIO_CSP).not.toContain("unsafe");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect((await get(studio.url, "/studio/studio.js")).headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect((await get(studio.url, "/style.css")).headers["content-type"]).toBe("text/css; charset=utf-8");
    const root = await get(studio.url, "/");
    expect([root.status, root.headers.location]).toEqual([302, "/studio/"]);
  });

  it("refuses every path outside dist/, hidden files, and anything but GET and HEAD", async () => {
    for (const path of ["/../secret.txt", "/studio/../../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/.secret", "/studio/missing.js", "/%00", "/studio"]) {
      const r = await get(studio.url, path);
      if (path === "/studio") expect(r.status).toBe(302);
      else expect([path, r.status, r.body.includes("outside dist")]).toEqual([path, 404, false]);
    }
    const post = await fetch(new URL("/studio/", studio.url), { method: "POST", body: "x" });
    expect(post.status).toBe(405);
  });
});

describe("citeline studio", () => {
  it("explains itself, and refuses a bad port or an extra argument as a usage error", async () => {
    const help = await runCli("studio", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: citeline studio/);
    expect(help.stdout).toContain("127.0.0.1");
    for (const argv of [["--port", "http"], ["--port", "70000"], ["extra"], ["--open"]]) {
      const r = await runCli("studio", ...argv);
      expect([argv, r.code, r.stderr]).toEqual([argv, 2, expect.stringMatching(/^citeline: .+\nRun "citeline --help" for usage\.\n$/)]);
    }
    expect((await runCli("--help")).stdout).toContain("citeline studio");
  });

  it.runIf(existsSync(resolve(ROOT, "dist/cli.js")) && existsSync(resolve(ROOT, "dist/studio/index.html")))("serves the built workbench from the command until stopped", async () => {
    const child = spawn(process.execPath, [resolve(ROOT, "bin/citeline.js"), "studio", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const url = await new Promise<string>((done, fail) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const m = /open (http:\/\/127\.0\.0\.1:\d+\/studio\/) in your browser/.exec(out);
          if (m) done(m[1]!);
        });
        child.on("exit", (code) => fail(new Error(`exited ${code}: ${out}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-security-policy")).toBe(STUDIO_CSP);
      const html = await page.text();
      expect(html).toContain('<script src="../citeline.umd.min.js"></script>');
      const bundle = await fetch(new URL("../citeline.umd.min.js", url));
      expect([bundle.status, bundle.headers.get("content-type")]).toEqual([200, "text/javascript; charset=utf-8"]);
      expect((await fetch(new URL("../../package.json", url))).status).toBe(404);
    } finally {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      await exited;
    }
  });
});
