// What the hostile campaign (hostile.e2e.test.ts) watches in Chromium, in every document and frame:
//
// - executions: payloads call `__pwn(n)` (defined here before any page script) or `alert(n)`
//   (dialogs are counted and dismissed);
// - active elements: a MutationObserver, installed before the page parses, checks every element
//   and attribute as it appears, so markup that lives for one frame (a card opened and replaced)
//   is caught too; `scanAll()` checks the document as it stands;
// - requests: anything leaving the page's origin is recorded and aborted;
// - console errors, uncaught errors and CSP violations.
import type { BrowserContext, Frame, Page } from "playwright-core";
import { installTrap } from "./hostile-trap.js";

/** Everything the watchers saw, across the context. */
export interface Watch {
  /** `__pwn(n)` calls and dialogs: script that ran. */
  executions: string[];
  /** Elements and attributes that user text must never make. */
  violations: string[];
  /** Requests to another origin (aborted). */
  outside: string[];
  /** Console errors, uncaught errors and CSP violations. */
  errors: string[];
}

/**
 * Watch a browser context: the trap in every document, requests outside `origin` aborted, and
 * errors collected from every page opened in it (`watchPage`).
 */
export async function watchContext(context: BrowserContext, origin: string): Promise<Watch> {
  const watch: Watch = { executions: [], violations: [], outside: [], errors: [] };
  await context.exposeBinding("__hostileReport", ({ page }, kind: string, what: string) => {
    const where = page?.url() ?? "?";
    if (kind === "execution") watch.executions.push(what);
    else if (kind === "violation") watch.violations.push(what);
    else watch.errors.push(`${what} (${where})`);
  });
  await context.addInitScript(installTrap);
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin) return route.continue();
    if (!watch.outside.includes(url)) watch.outside.push(url);
    return route.abort("blockedbyclient");
  });
  context.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith(`blob:${origin}/`) && !watch.outside.includes(url)) watch.outside.push(url);
  });
  context.on("page", (page) => watchPage(page, watch));
  return watch;
}

function watchPage(page: Page, watch: Watch): void {
  page.on("dialog", (dialog) => {
    watch.executions.push(`${dialog.type()}(${dialog.message()}) in ${page.url()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on("pageerror", (e) => watch.errors.push(`uncaught ${e.message} (${page.url()})`));
  page.on("console", (m) => {
    if (m.type() === "error") watch.errors.push(`console ${m.text()} (${page.url()})`);
  });
}

/** Active elements and attributes in every frame of `page` as it stands. */
export async function scan(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const frame of page.frames()) found.push(...(await scanFrame(frame)));
  return found;
}

async function scanFrame(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const hostile = (window as unknown as { __hostile?: { scanAll(): string[] } }).__hostile;
    return hostile ? hostile.scanAll() : [`no trap in ${location.href}`];
  });
}

/** Take what the watchers collected since the last call, leaving them empty. */
export function drain(watch: Watch): Watch {
  const taken: Watch = { executions: [...watch.executions], violations: [...watch.violations], outside: [...watch.outside], errors: [...watch.errors] };
  for (const list of Object.values(watch) as string[][]) list.length = 0;
  return taken;
}

/** Bidi controls and zero-width characters, which a renderer may isolate or strip: text compares without them. */
export const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** What an exercise did and found, in one timeline. */
export interface Exercised {
  events: number;
  sources: number;
  eras: number;
  cardsOpened: number;
  entriesClicked: number;
  sourcesShown: number;
  zooms: number;
  listEntries: number;
  /** Text that did not read back as the data holds it: markup interpreted, or text lost. */
  mismatches: string[];
  /** handle.toSVG() after the exercise. */
  svg: string;
  /** Milliseconds each phase took. */
  timings: Record<string, number>;
}

/**
 * Drive a drawn timeline from inside the page (run with `page.evaluate(exercise, …)`): open every
 * event's card by clicking its entry in the event list, show every source's events from the
 * sources list (each of these up to `limit`), zoom in and out with the buttons and to
 * events, switch to the list view and back; check that titles, card titles and publishers read
 * back exactly as the loaded timeline holds them (as text, not markup). Returns what it did, and
 * the exported SVG.
 */
export async function exercise({ selector, limit, invisible }: { selector: string; limit: number; invisible: string }): Promise<Exercised> {
  interface Handle {
    timeline: { events: { id: string; title: string }[]; sources: { number: number; publisher: string }[]; eras: unknown[] };
    select(id: string | null): void;
    zoomTo(target: string | [number, number]): void;
    update(options: { view: "chart" }): void;
    toSVG(): string;
  }
  const strip = (text: string | null | undefined) => (text ?? "").replace(new RegExp(invisible, "g"), "").replace(/\s+/g, " ").trim();
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const host = document.querySelector<HTMLElement>(selector);
  if (!host) throw new Error(`no ${selector}`);
  const w = window as unknown as { Citeline?: { embedOf(e: Element): { handle: Handle | null } | undefined }; __handle?: Handle };
  const handle = (host as unknown as { handle?: Handle | null }).handle ?? w.Citeline?.embedOf(host)?.handle ?? w.__handle;
  if (!handle) throw new Error(`no timeline handle for ${selector}`);
  const { timeline } = handle;
  const mismatches: string[] = [];
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - t0);
    t0 = now;
  };
  // The lists show a page at a time: a reader turns the pages to reach every entry.
  const pager = (list: "events" | "sources", which: "prev" | "next") => host.querySelector<HTMLButtonElement>(`.cl-${list} .cl-pager-${which}:not(:disabled)`);
  const firstPage = (list: "events" | "sources") => {
    for (let b = pager(list, "prev"); b; b = pager(list, "prev")) b.click();
  };
  /** Every page of a list in turn, from the first; `visit` sees each page's items. */
  const eachPage = (list: "events" | "sources", visit: () => void) => {
    firstPage(list);
    for (;;) {
      visit();
      const next = pager(list, "next");
      if (!next) break;
      next.click();
    }
  };
  const entryOf = (id: string) => {
    const find = () => Array.from(host.querySelectorAll(".cl-list li.cl-entry")).find((e) => e.getAttribute("data-id") === id);
    // The list is in time order, as the events are: on from this page first, then from the first.
    for (let pass = 0; pass < 2; pass++) {
      for (let li = find(); ; li = find()) {
        if (li) return li;
        const next = pager("events", "next");
        if (!next) break;
        next.click();
      }
      firstPage("events");
    }
    return undefined;
  };
  const out = { events: timeline.events.length, sources: timeline.sources.length, eras: timeline.eras.length, cardsOpened: 0, entriesClicked: 0, sourcesShown: 0, zooms: 0, listEntries: 0 };

  // A TimelineJS file opens as a story: its first slide's heading (the title slide's, or the first
  // event's) reads back as written too; then the chart, whose cards are opened below.
  if (host.querySelector(".cl-story-primary")) {
    const heading = host.querySelector(".cl-slide-heading, .cl-slide .cl-card-title");
    const said = strip(heading?.textContent);
    // Text, never markup: nothing but the isolating <bdi> inside the heading.
    if (said === "" || /</.test(heading?.innerHTML.replace(/<\/?bdi>/g, "") ?? "")) mismatches.push(`first slide: ${JSON.stringify(heading?.innerHTML)}`);
    // The chart, showing everything (the story had zoomed to its slide; the list shows what is in view).
    handle.update({ view: "chart" });
    host.querySelector<HTMLButtonElement>(".cl-reset")?.click();
    // Drawn on the next frame: wait for that one to end.
    await frame();
    await frame();
  }

  // Every card: by clicking the event's entry in the list (what a reader does), through the API
  // for an event the list does not show. The card's title reads back as the data holds it.
  for (const event of timeline.events.slice(0, limit)) {
    const li = entryOf(event.id);
    const button = li?.querySelector<HTMLButtonElement>("button.cl-entry-title");
    if (button) {
      button.click();
      out.entriesClicked++;
    } else handle.select(event.id);
    const card = host.querySelector(".cl-card:not([hidden])");
    const shown = card?.querySelector(".cl-card-title")?.textContent;
    if (card?.getAttribute("data-event") !== event.id || strip(shown) !== strip(event.title)) mismatches.push(`card of ${event.id}: ${JSON.stringify(shown)} for ${JSON.stringify(event.title)}`);
    else out.cardsOpened++;
  }
  handle.select(null);
  lap("cards");
  // Each source's events, from the sources list, page by page.
  eachPage("sources", () => {
    const count = host.querySelectorAll(".cl-source-list .cl-source-events").length;
    for (let k = 0; k < count && out.sourcesShown < limit; k++) {
      const button = host.querySelectorAll<HTMLButtonElement>(".cl-source-list .cl-source-events")[k];
      button?.click();
      if (button) out.sourcesShown++;
    }
  });
  host.querySelector<HTMLButtonElement>(".cl-source-list .cl-source-events[aria-pressed='true']")?.click();
  lap("sources");
  // Publishers and link texts in the sources list read back as data; a link shows its real host.
  const sourceItems: HTMLLIElement[] = [];
  eachPage("sources", () => sourceItems.push(...Array.from(host.querySelectorAll<HTMLLIElement>(".cl-source-list li.cl-source"))));
  for (const li of sourceItems) {
    const source = timeline.sources.find((s) => s.number === li.value);
    const shown = li.querySelector(".cl-cite-publisher")?.textContent;
    if (!source || strip(shown) !== strip(source.publisher)) mismatches.push(`source ${li.value}: ${JSON.stringify(shown)} for ${JSON.stringify(source?.publisher)}`);
    const link = li.querySelector<HTMLAnchorElement>("a.cl-cite-link");
    if (link) {
      const url = new URL(link.href);
      const real = url.protocol === "mailto:" ? decodeURIComponent(url.pathname) : url.hostname.replace(/^www\./, "");
      // The host leads (a source with no title shows its path after it), so nothing before it can pass for another site.
      const text = strip(link.textContent);
      if (!text.startsWith(real) && !text.startsWith(url.hostname)) mismatches.push(`link of source ${li.value} reads ${JSON.stringify(link.textContent)} for ${link.href}`);
    }
  }
  lap("source texts");
  // Zoom with the buttons, then to events.
  for (const button of [".cl-zoom-in", ".cl-zoom-in", ".cl-zoom-out", ".cl-reset"]) {
    host.querySelector<HTMLButtonElement>(button)?.click();
    await frame();
    out.zooms++;
  }
  for (const event of [timeline.events[Math.floor(timeline.events.length / 2)], timeline.events.at(-1)]) {
    if (!event) continue;
    handle.zoomTo(event.id);
    await frame();
    out.zooms++;
  }
  host.querySelector<HTMLButtonElement>(".cl-reset")?.click();
  await frame();
  lap("zoom");
  // The list view: every event, its title as written.
  host.querySelector<HTMLButtonElement>(".cl-view")?.click();
  await frame();
  await frame();
  const entries: Element[] = [];
  eachPage("events", () => entries.push(...Array.from(host.querySelectorAll(".cl-list li.cl-entry"))));
  out.listEntries = entries.length;
  for (const li of entries) {
    const event = timeline.events.find((e) => e.id === li.getAttribute("data-id"));
    const shown = li.querySelector(".cl-entry-title")?.textContent;
    if (!event || strip(shown) !== strip(event.title)) mismatches.push(`entry ${li.getAttribute("data-id")}: ${JSON.stringify(shown)} for ${JSON.stringify(event?.title)}`);
  }
  firstPage("events");
  host.querySelector<HTMLButtonElement>(".cl-list li.cl-entry button.cl-entry-title")?.click();
  host.querySelector<HTMLButtonElement>(".cl-view")?.click();
  await frame();
  handle.select(timeline.events[1]?.id ?? null);
  await frame();
  lap("list view");
  const svg = handle.toSVG();
  lap("export");
  return { ...out, mismatches, svg, timings };
}
