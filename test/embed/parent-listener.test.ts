// @vitest-environment node
// examples/embed/parent.js is documented as the listener to paste into a CMS template: it must work
// pasted alone — on a page without the demo's #note line, twice on one page, beside a script of
// the page's own — sizing the frame that sent the message and throwing nothing.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

// jsdom ships no types and the project has no @types/jsdom: the little used here, typed.
interface VirtualConsole {
  on(event: "jsdomError", listener: (error: Error) => void): VirtualConsole;
}
interface Jsdom {
  JSDOM: new (html: string, options: { runScripts: "dangerously"; virtualConsole: VirtualConsole }) => { window: Window & typeof globalThis };
  VirtualConsole: new () => VirtualConsole;
}
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- a string, so TypeScript looks for no types
const { JSDOM, VirtualConsole } = (await import("jsdom" as string)) as Jsdom;

const PARENT = readFileSync(resolve(import.meta.dirname, "../../examples/embed/parent.js"), "utf8");

/** A page with `body`, the listener pasted `copies` times, and every script error it reports. */
function page(body: string, copies = 1): { window: Window & typeof globalThis; errors: string[] } {
  const errors: string[] = [];
  const virtualConsole = new VirtualConsole().on("jsdomError", (e) => errors.push(e.message));
  const scripts = Array.from({ length: copies }, () => `<script>${PARENT}</script>`).join("");
  const { window } = new JSDOM(`<!doctype html><html><body>${body}${scripts}</body></html>`, { runScripts: "dangerously", virtualConsole });
  return { window, errors };
}

/** What a citeline frame posts: its height, from its own window. */
function post(window: Window & typeof globalThis, frame: HTMLIFrameElement, height: number): void {
  window.dispatchEvent(new window.MessageEvent("message", { data: { type: "citeline:height", height }, source: frame.contentWindow }));
}

describe("examples/embed/parent.js", () => {
  it("pasted alone, on a page with no #note: sizes the frame and throws nothing", () => {
    const { window, errors } = page('<iframe id="f" src="about:blank"></iframe>');
    const frame = window.document.getElementById("f") as HTMLIFrameElement;
    post(window, frame, 612.4);
    expect(frame.height).toBe("612");
    post(window, frame, 99_999);
    expect(frame.height).toBe("5000");
    expect(errors).toEqual([]);
  });

  it("on the demo page: fills in #note too", () => {
    const { window, errors } = page('<iframe id="f"></iframe><p id="note"></p>');
    const frame = window.document.getElementById("f") as HTMLIFrameElement;
    post(window, frame, 480);
    expect(window.document.getElementById("note")!.textContent).toBe("The frame reported 480 px and was sized to it.");
    expect(errors).toEqual([]);
  });

  it("pasted twice, beside the page's own `const note`: no clash, and other messages are ignored", () => {
    const { window, errors } = page('<script>const note = "the page\'s own"; const height = 1;</script><iframe id="f"></iframe><iframe id="g"></iframe>', 2);
    const [f, g] = ["f", "g"].map((id) => window.document.getElementById(id) as HTMLIFrameElement);
    post(window, f!, 300);
    expect(f!.height).toBe("300");
    expect(g!.height).toBe("");
    // Not from one of the frames, or not a height: ignored.
    window.dispatchEvent(new window.MessageEvent("message", { data: { type: "citeline:height", height: 700 }, source: window }));
    window.dispatchEvent(new window.MessageEvent("message", { data: { type: "citeline:height", height: "700" }, source: f!.contentWindow }));
    window.dispatchEvent(new window.MessageEvent("message", { data: null, source: f!.contentWindow }));
    expect(f!.height).toBe("300");
    expect(errors).toEqual([]);
  });
});
