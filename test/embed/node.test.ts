// @vitest-environment node
// The browser entry imports without a DOM (SSR, a test runner, a build step) and does nothing on
// import: the element is only defined, and [data-citeline] only embedded, when asked.
import { describe, expect, it } from "vitest";

describe("the embed modules without a DOM", () => {
  it("import, and defineCiteLine is a no-op", async () => {
    const index = await import("../../src/index.js");
    expect(typeof index.CiteLineElement).toBe("function");
    expect(index.defineCiteLine()).toBeUndefined();
    expect(index.CiteLineElement.observedAttributes).toEqual(["src", "data", "height", "locale", "theme", "window", "breaks", "label", "format", "view", "heading-level", "calendar", "dir", "time-direction", "media", "date-format", "two-digit-years-from", "debug"]);
  });

  it("the UMD entry runs its setup only where there is a document", async () => {
    const umd = await import("../../src/umd.js");
    expect(typeof umd.autoEmbed).toBe("function");
    expect(typeof umd.createTimeline).toBe("function");
  });

  it("reads options from markup the same way for both spellings", async () => {
    const { readOptions } = await import("../../src/options.js");
    const attrs: Record<string, string> = { "data-height": "300px", "data-theme": "auto", "data-locale": "en_US", "data-window": "1980/1988", "data-format": "xml" };
    const { options, problems } = readOptions((n) => attrs[`data-${n}`] ?? null, (n) => `data-${n}`);
    expect(options.height).toBe(300);
    expect(options.theme).toBe("auto");
    expect((options.locale as { code: string } | undefined)?.code).toBe("en-US");
    expect(options.window).toEqual([Date.UTC(1980, 0, 1), Date.UTC(1988, 11, 31, 23, 59, 59, 999)]);
    expect(problems).toEqual(['data-format="xml" is not a format (auto, json, csv, timelinejs); it was ignored.']);
  });

  it("maps language tags to the bundled locales", async () => {
    const { localeFor } = await import("../../src/options.js");
    expect(["en-GB", "en", "en-AU", "en-us", "de-AT", "fr-CA", "es", "it", "nl-BE", "pt-BR", "tlh", ""].map((t) => localeFor(t)?.code ?? null)).toEqual([
      "en-GB", "en-GB", "en-AU", "en-US", "de-AT", "fr-CA", "es", "it", "nl-BE", "pt-BR", null, null,
    ]);
  });
});
