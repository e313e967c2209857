// The script-tag bundle has already defined <cite-line>; this page only listens and sets attributes.
const element = document.getElementById("timeline");
const log = document.getElementById("log");

element.addEventListener("citeline-select", (event) => {
  const picked = event.detail.event;
  log.textContent = picked ? `citeline-select: “${picked.title}” (${picked.sources.length} source${picked.sources.length === 1 ? "" : "s"})` : "citeline-select: the card was closed.";
});
const loaded = (timeline, diagnostics) => {
  log.textContent = `citeline-load: ${timeline.events.length} events, ${diagnostics.length} diagnostics. Select an event.`;
};
element.addEventListener("citeline-load", (event) => loaded(event.detail.timeline, event.detail.diagnostics));
// A module script runs once the page is parsed: a fast response may have loaded the element first.
if (element.state === "ready") loaded(element.handle.timeline, element.diagnostics);
element.addEventListener("citeline-error", (event) => {
  log.textContent = `citeline-error: ${event.detail.message}`;
});

// Changing an attribute updates the timeline in place (no reload).
for (const button of document.querySelectorAll("[data-attr]")) {
  button.addEventListener("click", () => element.setAttribute(button.dataset.attr, button.dataset.value));
}
