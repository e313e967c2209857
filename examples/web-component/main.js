// The script-tag bundle has already defined <cite-line>; this page only listens and sets attributes.
const element = document.getElementById("timeline");
const log = document.getElementById("log");

element.addEventListener("citeline-select", (event) => {
  const picked = event.detail.event;
  log.textContent = picked ? `citeline-select: “${picked.title}” (${picked.sources.length} source${picked.sources.length === 1 ? "" : "s"})` : "citeline-select: the card was closed.";
});
element.addEventListener("citeline-load", (event) => {
  log.textContent = `citeline-load: ${event.detail.timeline.events.length} events, ${event.detail.diagnostics.length} diagnostics. Select an event.`;
});
element.addEventListener("citeline-error", (event) => {
  log.textContent = `citeline-error: ${event.detail.message}`;
});

// Changing an attribute updates the timeline in place (no reload).
for (const button of document.querySelectorAll("[data-attr]")) {
  button.addEventListener("click", () => element.setAttribute(button.dataset.attr, button.dataset.value));
}
