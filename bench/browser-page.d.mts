import type { TimelineInput } from "../src/types.js";

/** Issue 11's budgets, in the units the bench table prints: ms, elements, MB. */
export const BUDGETS: Record<string, Record<string, number>>;
/**
 * The bench's data: `count` raw native events as a reader's page would hand them over (half with
 * epoch-ms dates, half with ISO days, 30 % ranges, 8 groups, titles of 10–40 characters, over 50
 * years), the same for the same count.
 */
export function rawEvents(count: number): TimelineInput & { events: NonNullable<TimelineInput["events"]> };
/** One measured page of the bench (see bench/browser.bench.mjs). */
export function measurePage(browser: unknown, base: string, mode: string, count: number, cycles?: number): Promise<unknown>;
/** What every measured page is given before it is measured: the in-page helpers, as a script. */
export const PAGE_HELPERS: string;
/** The JS heap in use after two forced GCs, in bytes, through a page's DevTools session. */
export function heapUsed(cdp: unknown): Promise<number>;
/** The zoom's 30 windows over the extent, UTC ms: 15 steps in toward one month about its point at 60 %, then 15 out. */
export function zoomWindows(extent: readonly [number, number]): [number, number][];
