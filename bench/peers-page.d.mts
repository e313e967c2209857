/** How long a container must stay unchanged for its last change to count as the last (ms). */
export const QUIET_MS: number;
/** A library the side-by-side bench compares: its name, its package (none for citeline) and its script-tag files. */
export interface Peer {
  name: string;
  package?: string;
  files: string[];
}
/** What one page measured, or why it failed. */
export interface PeerResult {
  firstRender?: number;
  elements?: number;
  frameMedian?: number;
  frameP95?: number;
  elementsZoomed?: number;
  heap?: number;
  navigate?: number;
  failed?: string;
}
/** The libraries compared. */
export const PEERS: Peer[];
/** A peer's installed version (citeline's own for citeline). */
export function versionOf(peer: Peer): Promise<string>;
/** The absolute paths of a peer's script-tag files. */
export function filesOf(peer: Peer): string[];
/** One fresh page with one library, measured at `count` events (see bench/peers-page.mjs). */
export function measurePeer(browser: unknown, base: string, peer: Peer, count: number, options?: { heap?: boolean; navigate?: boolean; timeout?: number; quiet?: number }): Promise<PeerResult>;
