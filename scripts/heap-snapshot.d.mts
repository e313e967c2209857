import type { CDPSession } from "playwright-core";

/** A V8 heap snapshot as the DevTools protocol streams it, parsed. */
export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Take a heap snapshot of the page behind `cdp` and parse it. */
export function heapSnapshot(cdp: CDPSession): Promise<HeapSnapshot>;
