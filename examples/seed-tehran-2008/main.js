// The seed story: load the native JSON, draw it, and wire the "jump to" buttons.
/* global Citeline */
const element = document.getElementById("timeline");
const day = (text) => Date.parse(`${text}T00:00:00Z`);

fetch("events.json")
  .then((response) => response.text())
  .then((text) => {
    // hash: the window and the open event live in the address, so a shared link opens on the same view.
    const timeline = Citeline.createTimeline(element, { data: text, height: 430, hash: true });
    window.citelineDemo = timeline;
    for (const button of document.querySelectorAll("[data-window]")) {
      const [from, to] = button.dataset.window.split("/");
      button.addEventListener("click", () => timeline.zoomTo([day(from), day(to)]));
    }
    // An editor sees every problem with the data under the chart, never a silently shorter timeline.
    const list = document.getElementById("diagnostics");
    for (const d of timeline.diagnostics) {
      const item = document.createElement("li");
      item.textContent = Citeline.formatDiagnostic(d);
      list.append(item);
    }
    list.hidden = timeline.diagnostics.length === 0;
  })
  .catch((error) => {
    element.textContent = `The timeline could not be loaded: ${error.message}`;
  });
