// Timelines mounted in jsdom for a test, and removed after it: shared by the render tests.
import { afterEach } from "vitest";
import { createTimeline, type TimelineHandle, type TimelineOptions } from "../../src/view/timeline.js";

const mounted: { handle: TimelineHandle; element: HTMLElement }[] = [];

afterEach(() => {
  for (const { handle, element } of mounted.splice(0)) {
    handle.destroy();
    element.remove();
  }
});

/** A timeline drawn into a fresh element in the document (or one given, to take over its markup), destroyed after the test. */
export function mount(options: TimelineOptions, element = document.body.appendChild(document.createElement("div"))): { handle: TimelineHandle; element: HTMLElement } {
  const handle = createTimeline(element, options);
  mounted.push({ handle, element });
  return { handle, element };
}
