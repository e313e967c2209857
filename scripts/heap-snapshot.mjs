// A heap snapshot of a page over the DevTools protocol, parsed: what the bench's create/destroy
// line and the Chromium test of what a destroyed timeline leaves both read.

/**
 * Take a heap snapshot through `cdp` (a Playwright CDP session of the page) and parse it.
 *
 * @example
 * const { snapshot, nodes, strings } = await heapSnapshot(cdp);
 */
export async function heapSnapshot(cdp) {
  const chunks = [];
  const take = ({ chunk }) => void chunks.push(chunk);
  cdp.on("HeapProfiler.addHeapSnapshotChunk", take);
  await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  cdp.off("HeapProfiler.addHeapSnapshotChunk", take);
  return JSON.parse(chunks.join(""));
}
