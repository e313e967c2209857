// Whatever the loader or the renderer throws — a RangeError from a pathological file, a bad
// option, something that is not even an Error — <cite-line>, the data-citeline snippet (and the
// iframe page, which is a <cite-line>) end in the visible error state and the citeline-error
// event, never on "Loading timeline…" forever.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { autoEmbed } from "../../src/embed/auto.js";
import { defineCiteLine, type CiteLineElement } from "../../src/embed/element.js";
import { createEmbed } from "../../src/embed/embed.js";

// The loader, with a switch: while `thrown.value` is set, loadTimeline throws it.
const thrown = vi.hoisted((): { value: unknown } => ({ value: undefined }));
vi.mock("../../src/load.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/load.js")>();
  return {
    ...real,
    loadTimeline: (...args: Parameters<typeof real.loadTimeline>) => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- throwing what is not an Error is the point
      if (thrown.value !== undefined) throw thrown.value;
      return real.loadTimeline(...args);
    },
  };
});

const CSV = "Title,Date\nMaliki in Tehran,2008-06-07\n";
const settle = () => new Promise((done) => setTimeout(done, 0));

beforeAll(() => {
  defineCiteLine();
});
afterEach(() => {
  thrown.value = undefined;
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function stubFetch(text = CSV): void {
  vi.stubGlobal("fetch", vi.fn(() => Promise.resolve(new Response(text, { status: 200, headers: { "content-type": "text/csv" } }))));
}

/** Collect the citeline-error events dispatched on `host`. */
function errorsOf(host: HTMLElement): { message: string; error?: unknown }[] {
  const seen: { message: string; error?: unknown }[] = [];
  host.addEventListener("citeline-error", (e) => seen.push((e as CustomEvent<{ message: string; error?: unknown }>).detail));
  return seen;
}

/** The visible error state: an alert with our title and the message, and no loading state left. */
function expectErrorState(host: HTMLElement, message: RegExp): void {
  expect(host.querySelector(".cl-loading")).toBeNull();
  const alert = host.querySelector(".cl-error[role=alert]")!;
  expect(alert).not.toBeNull();
  expect(alert.querySelector(".cl-error-title")!.textContent).toBe("The timeline could not be shown.");
  expect(alert.querySelector(".cl-error-message")!.textContent).toMatch(message);
  expect(host.querySelector(".citeline")).toBeNull();
}

const STACK = new RangeError("Maximum call stack size exceeded");

describe("<cite-line>", () => {
  it("src: the loader throws a RangeError after the fetch", async () => {
    stubFetch();
    thrown.value = STACK;
    const element = document.createElement("cite-line");
    const errors = errorsOf(element);
    element.setAttribute("src", "events.csv");
    document.body.append(element);
    expect(element.querySelector(".cl-loading")).not.toBeNull();
    await settle();
    expect(element.state).toBe("error");
    expect(element.handle).toBeNull();
    expectErrorState(element, /^"events\.csv" could not be read or drawn: Maximum call stack size exceeded\.$/);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.error).toBe(STACK);
    expect(errors[0]!.message).toBe(element.querySelector(".cl-error-message")!.textContent);
  });

  it("data: the loader throws something that is not an Error, with a toString that throws too", () => {
    thrown.value = Object.create(null);
    const element = document.createElement("cite-line");
    const errors = errorsOf(element);
    element.data = CSV;
    document.body.append(element);
    expect(element.state).toBe("error");
    expectErrorState(element, /^The data could not be read or drawn: an unexpected error\.$/);
    expect(errors).toHaveLength(1);
  });

  it("new data for a drawn timeline throws: the old timeline goes, the error state comes", () => {
    const element: CiteLineElement = document.createElement("cite-line");
    element.data = CSV;
    document.body.append(element);
    expect(element.state).toBe("ready");
    const errors = errorsOf(element);
    thrown.value = STACK;
    element.data = `${CSV}Again,2008-06-08\n`;
    expect(element.state).toBe("error");
    expect(element.handle).toBeNull();
    expectErrorState(element, /Maximum call stack size exceeded/);
    expect(errors).toHaveLength(1);
    // And data that loads draws again.
    thrown.value = undefined;
    element.data = CSV;
    expect(element.state).toBe("ready");
    expect(element.querySelector(".cl-error")).toBeNull();
  });
});

describe("the data-citeline snippet", () => {
  it("the loader throws: the error state and the event, on the host", async () => {
    stubFetch();
    thrown.value = STACK;
    const host = document.createElement("div");
    host.setAttribute("data-citeline", "events.csv");
    const errors = errorsOf(host);
    document.body.append(host);
    const [embed] = autoEmbed();
    await settle();
    expect(embed!.state).toBe("error");
    expect(embed!.error).toMatch(/Maximum call stack size exceeded/);
    expectErrorState(host, /Maximum call stack size exceeded/);
    expect(errors).toHaveLength(1);
  });
});

describe("createEmbed", () => {
  it("createTimeline throws (an option out of range): the error state and the event", () => {
    const host = document.createElement("div");
    document.body.append(host);
    const errors = errorsOf(host);
    const embed = createEmbed(host, { data: CSV, options: { headingLevel: 9 } });
    expect(embed.state).toBe("error");
    expectErrorState(host, /headingLevel must be a whole number from 1 to 6; got 9\./);
    expect(errors[0]!.error).toBeInstanceOf(RangeError);
  });

  it("an option out of range given to a drawn timeline: the error state and the event", () => {
    const host = document.createElement("div");
    document.body.append(host);
    const embed = createEmbed(host, { data: CSV });
    expect(embed.state).toBe("ready");
    const errors = errorsOf(host);
    embed.set({ options: { headingLevel: 0 } });
    expect(embed.state).toBe("error");
    expectErrorState(host, /^The timeline's options could not be applied: headingLevel must be a whole number from 1 to 6; got 0\.$/);
    expect(errors).toHaveLength(1);
  });
});
