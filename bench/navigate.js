/* global Citeline */
// bench/navigate.html's timeline, drawn as a page would draw it once the bundle has run, from the
// raw events the bench put in the page before navigation (window.benchData). The DOM's last change
// is kept, for the bench to wait until the page has settled.
const el = document.getElementById("timeline");
window.benchChanged = performance.now();
new MutationObserver(() => (window.benchChanged = performance.now())).observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
window.handle = Citeline.createTimeline(el, { data: window.benchData });
window.benchChanged = performance.now();
