// The host page's side of the iframe embed: size each citeline frame to the height it reports.
// Only messages from one of our frames are heeded (event.source); a site that knows where the
// frames are served from should also check event.origin.
// Made to be pasted alone into a CMS template, anywhere on the page: it declares no global (a
// block, so another script's `note` or `height` cannot clash with it), finds the frames when a
// message comes (they may come after the script), and the demo page's #note line is optional.
{
  window.addEventListener("message", (event) => {
    const data = event.data;
    if (!data || data.type !== "citeline:height" || !Number.isFinite(data.height)) return;
    for (const frame of document.querySelectorAll("iframe")) {
      if (frame.contentWindow !== event.source) continue;
      const height = Math.max(100, Math.min(5000, Math.round(data.height)));
      frame.height = String(height);
      const note = document.getElementById("note");
      if (note) note.textContent = `The frame reported ${height} px and was sized to it.`;
    }
  });
}
