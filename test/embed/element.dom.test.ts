// <cite-line> and autoEmbed() in jsdom, with fetch stubbed: attributes → handle.update, the
// `data` property, loading and failure states, events re-dispatched, and disconnect → destroy.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { de } from "date-fns/locale/de";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { autoEmbed } from "../../src/embed/auto.js";
import { CiteLineElement, defineCiteLine } from "../../src/embed/element.js";
import { embedOf } from "../../src/embed/embed.js";
import { createTimeline, type TimelineHandle } from "../../src/view/timeline.js";

// In vitest's jsdom environment `URL` is jsdom's, which node:fs refuses: read by path.
const SEED_CSV = readFileSync(resolve(import.meta.dirname, "../../examples/seed-tehran-2008/events.csv"), "utf8");
const BROKEN_CSV = readFileSync(resolve(import.meta.dirname, "../fixtures/csv/broken.csv"), "utf8");
const TWO = { events: [{ id: "a", title: "A", start: "2008-06-07" }, { id: "b", title: "B", start: "2008-06-09" }] };

/** A stubbed fetch answering from `files` (by the path's last part), 404 otherwise. */
function stubFetch(files: Record<string, string | (() => Promise<Response>)> = { "events.csv": SEED_CSV }) {
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const name = urlOf(input).split("/").pop()!;
    const file = files[name];
    if (typeof file === "function") return file();
    if (file === undefined) return new Response("Not found", { status: 404, statusText: "Not Found" });
    return new Response(file, { status: 200, headers: { "content-type": "text/csv" } });
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

const urlOf = (input: RequestInfo | URL) => (typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
const settle = () => new Promise((done) => setTimeout(done, 0));

function make(attributes: Record<string, string> = {}): CiteLineElement {
  const element = document.createElement("cite-line");
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

async function connected(attributes: Record<string, string> = { src: "events.csv" }): Promise<{ element: CiteLineElement; handle: TimelineHandle }> {
  const element = make(attributes);
  document.body.append(element);
  await settle();
  expect(element.state).toBe("ready");
  return { element, handle: element.handle! };
}

beforeAll(() => {
  defineCiteLine();
});
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("a src in another encoding than UTF-8", () => {
  it("draws a sheet saved as Windows-1252 with every letter, and says how it was read", async () => {
    const sheet = "Title,Date\nCafé Müller’s last night,2008-06-07\n";
    const ansi = new Uint8Array(Array.from(sheet, (c) => (c === "’" ? 0x92 : c.charCodeAt(0))));
    stubFetch({ "ansi.csv": () => Promise.resolve(new Response(ansi, { status: 200, headers: { "content-type": "text/csv" } })) });
    const { element, handle } = await connected({ src: "ansi.csv" });
    expect(handle.timeline.events.map((e) => e.title)).toEqual(["Café Müller’s last night"]);
    expect(element.diagnostics.map((d) => [d.code, d.value])).toEqual([["text-encoding", "Windows-1252"]]);
  });

  it("draws a sheet saved as UTF-16 (Excel's Unicode Text) without a word", async () => {
    const sheet = "Title\tDate\nCafé Müller’s last night\t2008-06-07\n";
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(sheet, (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat()]);
    stubFetch({ "unicode.txt": () => Promise.resolve(new Response(utf16, { status: 200 })) });
    const { element, handle } = await connected({ src: "unicode.txt" });
    expect(handle.timeline.events.map((e) => e.title)).toEqual(["Café Müller’s last night"]);
    expect(element.diagnostics.filter((d) => d.code === "text-encoding")).toEqual([]);
  });
});

describe("defineCiteLine", () => {
  it("registers <cite-line> once; calling again is harmless; another name gets a subclass", () => {
    expect(customElements.get("cite-line")).toBe(CiteLineElement);
    expect(defineCiteLine()).toBe(CiteLineElement);
    expect(defineCiteLine("cite-line")).toBe(CiteLineElement);
    const other = defineCiteLine("news-timeline")!;
    expect(other).not.toBe(CiteLineElement);
    expect(other.prototype).toBeInstanceOf(CiteLineElement);
    expect(defineCiteLine("news-timeline")).toBe(other);
    expect(document.createElement("news-timeline")).toBeInstanceOf(CiteLineElement);
  });
});

describe("<cite-line src>", () => {
  it("shows the loading state, fetches src once, then draws the timeline in its light DOM", async () => {
    const fetch = stubFetch();
    const element = make({ src: "events.csv", height: "300" });
    const loads: unknown[] = [];
    element.addEventListener("citeline-load", (e) => loads.push(e.detail.timeline.events.length));
    document.body.append(element);
    const loading = element.querySelector(".cl-loading")!;
    expect(loading.getAttribute("role")).toBe("status");
    expect(loading.textContent).toBe("Loading timeline…");
    expect(element.state).toBe("loading");
    expect(element.shadowRoot).toBeNull();
    await settle();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(urlOf(fetch.mock.calls[0]![0])).toMatch(/\/events\.csv$/);
    expect(element.querySelector(".cl-loading")).toBeNull();
    expect(element.querySelector(".citeline svg")).not.toBeNull();
    expect(element.handle!.timeline.events).toHaveLength(7);
    expect(loads).toEqual([7]);
  });

  it("attribute changes update the timeline in place, without fetching again", async () => {
    const fetch = stubFetch();
    const { element, handle } = await connected({ src: "events.csv" });
    const update = vi.spyOn(handle, "update");
    element.setAttribute("height", "300");
    expect(update).toHaveBeenLastCalledWith({ height: 300 });
    element.setAttribute("theme", "dark");
    expect(update).toHaveBeenLastCalledWith({ theme: "dark" });
    element.setAttribute("locale", "de");
    expect(update).toHaveBeenLastCalledWith({ locale: de });
    element.setAttribute("window", "2008-06-01/2008-09-01");
    expect(update).toHaveBeenLastCalledWith({ window: [Date.UTC(2008, 5, 1), Date.UTC(2008, 8, 1, 23, 59, 59, 999)] });
    element.setAttribute("label", "The visit");
    expect(update).toHaveBeenLastCalledWith({ label: "The visit" });
    element.setAttribute("view", "list");
    expect(update).toHaveBeenLastCalledWith({ view: "list" });
    element.removeAttribute("theme");
    expect(update).toHaveBeenLastCalledWith({ theme: undefined });
    // The same window again is no change.
    const calls = update.mock.calls.length;
    element.setAttribute("label", "The visit");
    element.setAttribute("window", "2008-06-01/2008-09-01");
    expect(update.mock.calls.length).toBe(calls);
    expect(element.handle).toBe(handle);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("a value it cannot read is a console warning and changes nothing", async () => {
    stubFetch();
    const { element, handle } = await connected();
    const update = vi.spyOn(handle, "update");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    element.setAttribute("height", "tall");
    element.setAttribute("theme", "sepia");
    element.setAttribute("locale", "tlh");
    expect(update).not.toHaveBeenCalled();
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      '<cite-line> height="tall" is not a height in pixels from 120 to 4000; it was ignored.',
      '<cite-line> theme="sepia" is not a theme (light, dark, auto); it was ignored.',
      '<cite-line> locale="tlh" is not a locale citeline bundles (en-GB, en-US, en, de, fr, es, it, nl, pt, ar, fa, he, tr, ckb); it was ignored.',
    ].map((m) => `citeline: ${m}`));
  });

  it("a new src loads again; a response for the old one is ignored", async () => {
    let release!: (r: Response) => void;
    const fetch = stubFetch({ "slow.csv": () => new Promise<Response>((done) => (release = done)), "events.csv": SEED_CSV });
    const element = make({ src: "slow.csv" });
    document.body.append(element);
    element.setAttribute("src", "events.csv");
    await settle();
    expect(element.handle!.timeline.events).toHaveLength(7);
    release(new Response("Title,Date\nStale,2001-01-01\n", { status: 200 }));
    await settle();
    expect(element.handle!.timeline.events).toHaveLength(7);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(element.querySelectorAll(".citeline")).toHaveLength(1);
  });

  it('format="csv" reads the data as CSV', async () => {
    stubFetch({ "data.txt": SEED_CSV });
    const { element } = await connected({ src: "data.txt", format: "csv" });
    expect(element.handle!.timeline.events).toHaveLength(7);
  });
});

describe("how a sheet's dates are read, in markup", () => {
  it('date-format and two-digit-years-from read the sheet\'s dates as the journalist says; a new value loads it again', async () => {
    const fetch = stubFetch({ "us.csv": "Title,Date\nVisit,7/6/2008\nPoll,5/31/17\n" });
    // Without them the poll is refused (its century unknown), and the visit read month first, as
    // "5/31/17" shows, with a warning.
    const refused = await connected({ src: "us.csv" });
    expect(refused.element.handle!.timeline.events.map((e) => e.start.edtf)).toEqual(["2008-07-06"]);
    expect(refused.element.handle!.diagnostics.map((d) => [d.index, d.code, d.reason])).toEqual([[0, "date-reinterpreted", undefined], [1, "date-invalid", "two-digit-year"]]);
    document.body.replaceChildren();
    const { element } = await connected({ src: "us.csv", "date-format": "MDY", "two-digit-years-from": "1930" });
    const starts = () => element.handle!.timeline.events.map((e) => `${e.title} ${e.start.edtf}`).sort();
    expect(starts()).toEqual(["Poll 2017-05-31", "Visit 2008-07-06"]);
    expect(element.handle!.diagnostics).toEqual([]);
    element.setAttribute("date-format", "DMY");
    await settle();
    // Day first, "5/31/17" is no day: refused, with its row; the visit is 7 June.
    expect(starts()).toEqual(["Visit 2008-06-07"]);
    expect(element.handle!.diagnostics.map((d) => [d.index, d.code])).toEqual([[1, "date-invalid"]]);
    expect(fetch.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it("createTimeline takes them too, and update() with either reads the data again", () => {
    const element = document.createElement("div");
    document.body.append(element);
    const handle = createTimeline(element, { data: "Title,Date\nPoll,5/31/17\n", dateFormat: "MDY", twoDigitYearsFrom: 1930 });
    expect(handle.timeline.events.map((e) => e.start.edtf)).toEqual(["2017-05-31"]);
    handle.update({ twoDigitYearsFrom: 1900 });
    expect(handle.timeline.events.map((e) => e.start.edtf)).toEqual(["1917-05-31"]);
    expect(() => handle.update({ twoDigitYearsFrom: 17 })).toThrow("twoDigitYearsFrom must be a whole year from 1000 to 9900; got 17.");
    handle.destroy();
  });
});

describe("failures are shown in place", () => {
  it.each([
    ["an HTTP status", () => stubFetch({}), '"missing.csv" was not found (the server answered 404 Not Found).'],
    ["a network failure", () => vi.stubGlobal("fetch", vi.fn(() => Promise.reject(new TypeError("Failed to fetch")))), 'The request for "missing.csv" failed'],
    ["a server error", () => vi.stubGlobal("fetch", vi.fn(() => Promise.resolve(new Response("", { status: 500, statusText: "Internal Server Error" })))), 'The server answered 500 Internal Server Error for "missing.csv".'],
    ["a web page instead of data", () => vi.stubGlobal("fetch", vi.fn(() => Promise.resolve(new Response("<!doctype html><title>Sign in</title>", { status: 200, headers: { "content-type": "text/html" } })))), '"missing.csv" is a web page, not data'],
  ] as [string, () => void, string][])("%s: a .cl-error with role=alert says what happened", async (_, stub, message) => {
    stub();
    const element = make({ src: "missing.csv" });
    const errors: string[] = [];
    element.addEventListener("citeline-error", (e) => errors.push(e.detail.message));
    document.body.append(element);
    await settle();
    const error = element.querySelector(".cl-error")!;
    expect(error.getAttribute("role")).toBe("alert");
    expect(error.querySelector(".cl-error-title")!.textContent).toBe("The timeline could not be shown.");
    expect(error.querySelector(".cl-error-message")!.textContent).toContain(message);
    expect(element.state).toBe("error");
    expect(element.handle).toBeNull();
    expect(errors).toHaveLength(1);
  });

  it("only http(s) addresses are fetched", async () => {
    const fetch = stubFetch();
    const element = make({ src: "javascript:alert(1)" });
    document.body.append(element);
    await settle();
    expect(fetch).not.toHaveBeenCalled();
    expect(element.querySelector(".cl-error-message")!.textContent).toBe('"javascript:alert(1)" is not a web address: only http and https addresses are fetched.');
  });

  it("data with no event that can be drawn: the message, and every diagnostic for the editor, as text", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const element = make();
    element.data = 'Title,Date\n<img src=x onerror=alert(1)>,03/04/2008\n,2008-06-08\n';
    document.body.append(element);
    const error = element.querySelector(".cl-error")!;
    expect(error.querySelector(".cl-error-message")!.textContent).toBe("No event in the data could be read: 2 problems were found in the data.");
    const details = error.querySelector<HTMLDetailsElement>("details.cl-diagnostics")!;
    expect(details.open).toBe(false);
    expect(details.querySelector("summary")!.textContent).toBe("For the editor: 2 errors in the data");
    expect([...details.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      'events[0] line 2, Date: error date-ambiguous: "03/04/2008" is ambiguous: it could be 3 April 2008 or 4 March 2008. Write it as YYYY-MM-DD, or load the sheet with dateFormat "DMY" or "MDY" (date-format in markup).',
      "events[1] line 3, Title: error missing-title: The title is missing: every event needs a short headline.",
    ]);
    expect(element.querySelector("img")).toBeNull();
    expect(element.diagnostics).toHaveLength(2);
  });

  it("an empty timeline says it has no events", () => {
    const element = make();
    element.data = { events: [] };
    document.body.append(element);
    expect(element.querySelector(".cl-error-message")!.textContent).toBe("The data has no events.");
    expect(element.querySelector(".cl-diagnostics")).toBeNull();
  });
});

describe("diagnostics of a timeline that loaded", () => {
  it("are a console warning; with `debug` they are listed, collapsed, under the timeline", async () => {
    stubFetch({ "broken.csv": BROKEN_CSV });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { element } = await connected({ src: "broken.csv" });
    expect(element.handle!.timeline.events).toHaveLength(4);
    expect(element.querySelector(".cl-diagnostics")).toBeNull();
    expect(String(warn.mock.calls[0]![0])).toBe('citeline: 8 problems in "broken.csv" (the debug attribute, or data-debug, lists them under the timeline):');
    expect(String(warn.mock.calls[0]![1])).toBe('\n  timeline line 1, Notes: warning csv-unknown-column: Column "Notes" is not one citeline reads; it was ignored.');
    element.setAttribute("debug", "");
    const list = element.querySelector<HTMLDetailsElement>(".cl-embed > details.cl-diagnostics")!;
    expect(list.open).toBe(false);
    expect(list.querySelectorAll("li")).toHaveLength(8);
    expect(list.querySelector("summary")!.textContent).toBe("For the editor: 6 errors and 2 warnings in the data");
    element.removeAttribute("debug");
    expect(element.querySelector(".cl-diagnostics")).toBeNull();
  });
});

describe("the data property", () => {
  it("draws objects or text without fetching, and is used instead of src while set", async () => {
    const fetch = stubFetch();
    const element = make({ src: "events.csv" });
    element.data = TWO;
    document.body.append(element);
    expect(fetch).not.toHaveBeenCalled();
    expect(element.handle!.timeline.events.map((e) => e.id)).toEqual(["a", "b"]);
    const handle = element.handle!;
    const update = vi.spyOn(handle, "update");
    element.data = { events: [{ title: "C", start: "1990" }] };
    expect(update).toHaveBeenCalledWith(expect.objectContaining({ data: { events: [{ title: "C", start: "1990" }] } }));
    expect(element.handle).toBe(handle);
    expect(element.handle!.timeline.events.map((e) => e.title)).toEqual(["C"]);
    element.data = undefined;
    await settle();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(element.handle!.timeline.events).toHaveLength(7);
  });

  it("the data attribute (the data written into the markup) is drawn without fetching; the property wins over it", async () => {
    const fetch = stubFetch();
    const element = make({ src: "events.csv", data: "Title,Start date,Source\nA <b>bold</b>,2008-06-07,IRNA\n" });
    document.body.append(element);
    await settle();
    expect(fetch).not.toHaveBeenCalled();
    expect(element.handle!.timeline.events.map((e) => e.title)).toEqual(["A <b>bold</b>"]);
    expect(element.querySelector("b")).toBeNull();
    element.setAttribute("data", "Title,Start date,Source\nB,2008-06-08,IRNA\nC,2008-06-09,IRNA\n");
    await settle();
    expect(element.handle!.timeline.events.map((e) => e.title)).toEqual(["B", "C"]);
    element.data = TWO;
    expect(element.handle!.timeline.events.map((e) => e.id)).toEqual(["a", "b"]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("a value set before the element was defined is kept", () => {
    const element = document.createElement("late-line");
    (element as unknown as { data: unknown }).data = TWO;
    document.body.append(element);
    defineCiteLine("late-line");
    const upgraded = element as unknown as CiteLineElement;
    expect(upgraded.data).toBe(TWO);
    expect(upgraded.handle!.timeline.events).toHaveLength(2);
  });
});

describe("events and lifecycle", () => {
  it("re-dispatches the timeline's events as bubbling citeline-* CustomEvents", () => {
    const element = make();
    element.data = TWO;
    document.body.append(element);
    const seen: { type: string; detail: unknown; bubbles: boolean }[] = [];
    for (const type of ["citeline-select", "citeline-focus"]) {
      document.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail, bubbles: e.bubbles }));
    }
    element.handle!.select("b");
    expect(seen).toEqual([{ type: "citeline-select", detail: { id: "b", event: element.handle!.timeline.events[1] }, bubbles: true }]);
  });

  it("disconnecting destroys the timeline; connecting again draws it again", async () => {
    const fetch = stubFetch();
    const { element, handle } = await connected();
    const destroy = vi.spyOn(handle, "destroy");
    element.remove();
    expect(destroy).toHaveBeenCalledTimes(1);
    expect(element.handle).toBeNull();
    expect(element.querySelector(".citeline, .cl-embed")).toBeNull();
    // Listeners stop with it: selecting on the old handle dispatches nothing.
    const seen = vi.fn();
    element.addEventListener("citeline-select", seen);
    handle.select(null);
    expect(seen).not.toHaveBeenCalled();
    document.body.append(element);
    await settle();
    expect(element.handle).not.toBeNull();
    expect(element.handle).not.toBe(handle);
    expect(element.querySelectorAll(".citeline")).toHaveLength(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("without src or data it waits, empty, for one", () => {
    const element = make();
    document.body.append(element);
    expect(element.state).toBe("idle");
    expect(element.querySelector(".cl-error, .cl-loading, .citeline")).toBeNull();
    element.data = TWO;
    expect(element.state).toBe("ready");
  });
});

describe("autoEmbed", () => {
  it("embeds every [data-citeline] with its data- options, once", async () => {
    const fetch = stubFetch();
    const host = document.createElement("div");
    host.setAttribute("data-citeline", "events.csv");
    host.setAttribute("data-height", "300");
    host.setAttribute("data-theme", "dark");
    host.setAttribute("data-locale", "de");
    host.setAttribute("data-window", "2008-06/2008-08");
    const empty = document.createElement("div");
    empty.setAttribute("data-citeline", "");
    document.body.append(host, empty);
    const embeds = autoEmbed();
    expect(embeds.map((e) => e.element)).toEqual([host, empty]);
    expect(host.querySelector(".cl-loading")).not.toBeNull();
    await settle();
    const handle = embedOf(host)!.handle!;
    expect(handle.timeline.events).toHaveLength(7);
    expect(host.querySelector<HTMLElement>(".cl-embed")!.style.getPropertyValue("--cl-embed-height")).toBe("300px");
    expect(host.querySelector(".citeline")!.getAttribute("data-theme")).toBe("dark");
    expect(handle.layout.domain).toEqual([Date.UTC(2008, 5, 1), Date.UTC(2008, 7, 31, 23, 59, 59, 999)]);
    expect(empty.querySelector(".cl-error[role=alert] .cl-error-message")!.textContent).toBe("No data was given: the embed needs the address of a JSON or CSV file.");
    expect(autoEmbed()).toEqual(embeds);
    expect(host.querySelectorAll(".cl-embed")).toHaveLength(1);
    expect(fetch).toHaveBeenCalledTimes(1);
    embeds[0]!.destroy();
    expect(host.children).toHaveLength(0);
    expect(embedOf(host)).toBeUndefined();
  });
});
