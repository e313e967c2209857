/* global Citeline */
// The iframe page: `examples/embed/?src=events.csv&height=420&theme=dark` draws the timeline at
// full width and tells its parent how tall it is, so a CMS that only allows iframes can embed it.
//
// Query: src (the data URL, relative to this page or absolute; JSON, CSV or TimelineJS JSON),
// height, theme, locale, window, label, format, view, heading-level, calendar, dir, time-direction,
// media, date-format, two-digit-years-from, debug. Everything else in the page is fixed.
//
// The parent hears `{ type: "citeline:height", height }` through postMessage whenever the height
// changes (on load, on each render that changes it, when the page is resized). The message goes to
// targetOrigin "*": the embedding page's origin is not known here, and a number of pixels is no
// secret. The parent should check `event.source === iframe.contentWindow` (see parent.js).
const params = new URLSearchParams(location.search);
const main = document.getElementById("main");
const element = document.createElement("cite-line");
for (const name of ["height", "theme", "locale", "window", "label", "format", "view", "heading-level", "calendar", "dir", "time-direction", "media", "date-format", "two-digit-years-from"]) {
  const value = params.get(name);
  if (value !== null) element.setAttribute(name, value);
}
if (params.has("debug")) element.setAttribute("debug", "");
if (!element.hasAttribute("label")) element.setAttribute("label", "Timeline");
if (params.get("theme") === "dark") document.documentElement.classList.add("dark");

const src = params.get("src");
if (src) {
  element.setAttribute("src", src);
  main.append(element);
} else {
  // No data named: the embed says so in place (a readable message, not a blank frame).
  Citeline.createEmbed(main, { src: null, requireSource: true });
  const hint = document.createElement("p");
  hint.className = "hint";
  hint.textContent = "Add ?src= and the address of the data to this page's address, e.g. ?src=events.csv&height=420.";
  main.append(hint);
}

let reported = 0;
function reportHeight() {
  if (window.parent === window) return;
  let height = document.documentElement.getBoundingClientRect().height;
  // An open card may hang below the chart: make room for it too.
  for (const card of document.querySelectorAll(".cl-card:not([hidden])")) {
    height = Math.max(height, card.getBoundingClientRect().bottom + window.scrollY + 8);
  }
  height = Math.ceil(height);
  if (height === reported) return;
  reported = height;
  window.parent.postMessage({ type: "citeline:height", height }, "*");
}

for (const type of ["citeline-load", "citeline-error", "citeline-render", "citeline-select"]) {
  element.addEventListener(type, () => requestAnimationFrame(reportHeight));
}
new ResizeObserver(reportHeight).observe(document.body);
reportHeight();
