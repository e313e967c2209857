// What createTimeline is given to draw in, from JavaScript where no type stops a mistake: a
// selector instead of the element, or null from a look-up that ran before the page held it. Each
// throws a TypeError that says what to pass, where it threw "Cannot read properties of null
// (reading 'ownerDocument')"; an element of any document is drawn in.
import { describe, expect, it } from "vitest";
import { createTimeline } from "../../src/view/timeline.js";

const DATA = { events: [{ title: "Visit", start: "2008-06-07" }] };

describe("createTimeline's element", () => {
  it.each([
    [null, "createTimeline draws into an element; got null: look it up once the page holds it (a script in <head> runs before the body is read; use defer)."],
    [undefined, "createTimeline draws into an element; got undefined: look it up once the page holds it (a script in <head> runs before the body is read; use defer)."],
    ["#timeline", 'createTimeline draws into an element, not a selector; got "#timeline". Pass the element querySelector("#timeline") finds.'],
    [42, "createTimeline draws into an element; got a number."],
    [{ id: "timeline" }, "createTimeline draws into an element; got an object that is not an element."],
    [document.createTextNode("timeline"), "createTimeline draws into an element; got an object that is not an element."],
  ])("refuses %s, saying what to pass", (element, message) => {
    expect(() => createTimeline(element as never, { data: DATA })).toThrow(new TypeError(message));
  });

  it("draws in an element, of this document or another", () => {
    for (const doc of [document, document.implementation.createHTMLDocument("other")]) {
      const element = doc.createElement("div");
      doc.body.append(element);
      const handle = createTimeline(element, { data: DATA });
      expect(handle.timeline.events.map((e) => e.title)).toEqual(["Visit"]);
      expect(element.querySelector(".citeline")).not.toBeNull();
      handle.destroy();
    }
  });
});
