import type { Meta, StoryObj } from "@storybook/html-vite";
import brokenCsv from "../test/fixtures/csv/broken.csv?raw";
import seedJson from "../examples/seed-tehran-2008/events.json?raw";
import archiveJson from "../test/fixtures/dates/archive.json?raw";
import ahcaCsv from "../test/fixtures/published/ahca-polls.csv?raw";
import { expect, waitFor } from "storybook/test";
import { formatDiagnostic } from "../src/index.js";
import { DEFAULT_ARGS, TIMELINE_ARG_TYPES, el, mount, scroller, type TimelineArgs } from "./support.js";

/** What the data can be: every precision, many events, deep time, none, broken, long. */
const meta = {
  title: "Data",
  args: DEFAULT_ARGS,
  argTypes: TIMELINE_ARG_TYPES,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

const src = { id: "s", publisher: "Story data", kind: "primary-document" };

/** One lane per precision: a day, a month, a season, a year, approximate and uncertain dates. */
export const PrecisionGallery: Story = {
  name: "Precision gallery",
  args: { height: 560 },
  render: (args) =>
    mount(args, {
      data: {
        title: "How well each date is known",
        sources: [src],
        groups: ["day", "month", "season", "year", "approximate", "uncertain"].map((id, order) => ({ id, label: id, order })),
        events: [
          { title: "A known day", start: "2008-06-08", group: "day", sources: ["s"] },
          { title: "A span of known days", start: "2008-03-10", end: "2008-04-02", group: "day", sources: ["s"] },
          { title: "Known to the month", start: "2008-06", group: "month", sources: ["s"] },
          { title: "Summer (a season)", start: "2008-22", group: "season", sources: ["s"] },
          { title: "Known to the year", start: "2008", group: "year", sources: ["s"] },
          { title: "Roughly June", start: "2008-06~", group: "approximate", sources: ["s"] },
          { title: "A span ending about October", start: "2008-02-01", end: "2008-10~", group: "approximate", sources: ["s"] },
          { title: "Summer, doubtful", start: "2008-22?", group: "uncertain", sources: ["s"] },
          { title: "2008, doubtful", start: "2008?", group: "uncertain" },
        ],
      },
    }).container,
};

/**
 * Dates as archives write them: an open end (`1660-11-28/..`, fading to the edge), an open start
 * (`../1666-09-02`), an unknown end (`1665-01/`, a short stub with a dashed end), sets of candidate
 * dates (`[1665,1666]` one of, `{…}` all of, marks joined on one row), dates known only from one
 * side (`[..1666-09-01]` on or before, `[1667-02..]` on or after: a ring at the date, its band
 * running on to the edge and fading), unknown digits (`166X-12-25`, `1664-1X`) and a qualifier on
 * one part (`1667?-06-11`). Every form is said in words under its title and in the list.
 */
export const HonestDates: Story = {
  name: "Open, unknown and set dates (1280 px)",
  args: { width: 1280, height: 600 },
  render: (args) => scroller(mount(args, { data: archiveJson }).container),
};

/** The same dates on the narrowest phone. */
export const HonestDatesPhone: Story = {
  name: "Open, unknown and set dates (320 px)",
  args: { width: 320, height: 600 },
  render: (args) => mount(args, { data: archiveJson }).container,
};

/** 400 events in one year: too dense to label, they merge into "+N" clusters that split as you zoom. */
export const Dense: Story = {
  name: "Dense data with clusters",
  render: (args) => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const events = Array.from({ length: 400 }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 366) * 864e5).toISOString().slice(0, 10);
      return { id: `e${i}`, title: `Event ${i + 1}`, start: day, group: ["news", "courts", "parliament"][i % 3], importance: Math.floor(random() * 100) };
    });
    return mount(args, { data: { title: "A year of news, 400 events", events } }).container;
  },
};

/**
 * 30 groups (a country each) and some events without one: the first nine get lanes of their own,
 * the rest share the tenth, headed with how many it gathers; each event's card and accessible
 * name still say its group.
 */
export const ManyGroups: Story = {
  name: "Many groups (lanes gathered past ten)",
  render: (args) => {
    const countries = ["Iraq", "Iran", "Syria", "Turkey", "Jordan", "Saudi Arabia", "Kuwait", "Egypt", "Lebanon", "Israel", "Qatar", "Bahrain", "Oman", "Yemen", "UAE", "Libya", "Tunisia", "Algeria", "Morocco", "Sudan", "Pakistan", "Afghanistan", "Armenia", "Azerbaijan", "Georgia", "Cyprus", "Greece", "Russia", "China", "India"];
    const groups = countries.map((label, g) => ({ id: `c${g}`, label }));
    const events = countries.flatMap((label, g) => [
      { id: `c${g}-talks`, title: `Talks with ${label}`, start: `2008-0${1 + (g % 9)}-${String(1 + ((g * 7) % 27)).padStart(2, "0")}`, group: `c${g}`, sources: ["s"] },
      { id: `c${g}-visit`, title: `Envoy in ${label}`, start: `2008-${String(3 + (g % 9)).padStart(2, "0")}-10`, end: `2008-${String(3 + (g % 9)).padStart(2, "0")}-14`, group: `c${g}`, sources: ["s"] },
    ]);
    events.push({ id: "summit", title: "Regional summit", start: "2008-06-20", sources: ["s"] } as (typeof events)[number]);
    return mount(args, { data: { title: "A year of regional diplomacy, 30 countries", sources: [src], groups, events } }).container;
  },
};

/** Deep time: BCE years (EDTF `-0753` is 754 BCE), centuries and millennia on one axis. */
export const DeepTime: Story = {
  name: "Deep time (BCE)",
  render: (args) =>
    mount(args, {
      data: {
        title: "From Giza to Rome",
        events: [
          { title: "Great Pyramid of Giza completed", start: "-2559~", group: "egypt" },
          { title: "Reign of Ramesses II", start: "-1278", end: "-1212", group: "egypt" },
          { title: "Founding of Rome (traditional)", start: "-0753", group: "rome" },
          { title: "Roman Republic", start: "-0508?", end: "-0026", group: "rome" },
          { title: "Assassination of Julius Caesar", start: "-0043-03-15", group: "rome" },
          { title: "Death of Augustus", start: "0014-08-19", group: "rome" },
          { title: "Cleopatra VII dies", start: "-0029-08", group: "egypt" },
        ],
      },
    }).container,
};

// A timeline and, under it, the diagnostics its data gave (the plays read them from the list).
function withDiagnostics(args: TimelineArgs, data: unknown, heading = false): HTMLElement {
  const { container, handle } = mount(args, { data });
  const list = el("ul", undefined, "story-diagnostics");
  for (const d of handle.diagnostics) list.append(el("li", formatDiagnostic(d)));
  const wrap = el("div");
  wrap.append(container, ...(heading ? [el("h2", `${handle.diagnostics.length} diagnostics`)] : []), list);
  return wrap;
}

/** No events at all: the timeline still draws, and says so. */
export const Empty: Story = {
  render: (args) => mount(args, { data: { title: "Nothing yet", events: [] } }).container,
};

/** test/fixtures/csv/broken.csv: what loads is drawn; every problem is a diagnostic, listed under it. */
export const BadData: Story = {
  name: "Bad data and its diagnostics",
  render: (args) => withDiagnostics(args, brokenCsv, true),
};

/**
 * Dates a reporter knows only to a part ("early June 2008", "mid-2020", "the late 1990s"): each
 * drawn as the third it names, with the warning that says so listed under the timeline.
 */
export const PartsOfDates: Story = {
  name: "Early, mid and late",
  render: (args) => {
    const events = ["early June 2008", "mid-June 2008", "late June 2008", "mid-2007", "the late 1990s", "late 2008 to early 2009"].map((start) => ({ title: start, start }));
    return withDiagnostics(args, { title: "Known to a part", events });
  },
  play: async ({ canvasElement }) => {
    const items = await waitFor(() => {
      const found = canvasElement.querySelectorAll(".story-diagnostics li");
      if (found.length === 0) throw new Error("no warnings listed yet");
      return [...found].map((li) => li.textContent ?? "");
    });
    await expect(items).toHaveLength(6);
    await expect(items.every((text) => text.includes("date-reinterpreted"))).toBe(true);
  },
};

/**
 * Ranges as sheets write them: two numeric dates in one cell, read in the one order both ends can
 * be read in ("7/31/2008" says the month comes first), and EDTF's slash between ends in words. A
 * cell whose ends read either way is refused, both readings said; the warnings and the error are
 * listed under the timeline.
 */
export const RangesAsWritten: Story = {
  name: "Ranges as sheets write them",
  render: (args) => {
    const starts = ["6/1/2008 - 7/31/2008", "1/6/2008–31/7/2008", "1 June 2008/31 July 2008", "June/July 2008", "7–9 June 2008", "6/1/2008-7/3/2008"];
    return withDiagnostics(args, { title: "Ranges as written", events: starts.map((start) => ({ title: start, start })) });
  },
  play: async ({ canvasElement }) => {
    const items = await waitFor(() => {
      const found = canvasElement.querySelectorAll(".story-diagnostics li");
      if (found.length === 0) throw new Error("no diagnostics listed yet");
      return [...found].map((li) => li.textContent ?? "");
    });
    await expect(items.filter((text) => text.includes("date-reinterpreted"))).toHaveLength(2);
    await expect(items.filter((text) => text.includes("date-ambiguous"))).toHaveLength(1);
    await expect(canvasElement.querySelectorAll("g.cl-item").length).toBeGreaterThan(0);
  },
};

/**
 * Spans with an end in words, as news copy, Wikipedia and profile exports write them: still going
 * on ("2003–present", "since 20 May 2006", an end field of "Present": EDTF's open end, drawn
 * fading on past the chart's edge), a start not said ("until 2008"), an end not known (an end
 * field of "unknown": EDTF's unknown end), and an end left empty ("2007–"), refused with both of
 * its readings listed under the timeline.
 */
export const SpansStillGoingOn: Story = {
  name: "Spans still going on",
  render: (args) =>
    withDiagnostics(args, {
      title: "Still going on",
      events: [
        { title: "Maliki prime minister", start: "since 20 May 2006" },
        { title: "US forces in Iraq", start: "March 2003 – present" },
        { title: "Security pact talks", start: "2008-03", end: "Present" },
        { title: "Sanctions", start: "until 2008" },
        { title: "Militia leader held", start: "in March 2008", end: "unknown" },
        { title: "Iran–Iraq war", start: "1980–1988" },
        { title: "An end left empty", start: "2007–" },
      ],
    }),
  play: async ({ canvasElement }) => {
    const items = await waitFor(() => {
      const found = canvasElement.querySelectorAll(".story-diagnostics li");
      if (found.length === 0) throw new Error("no diagnostics listed yet");
      return [...found].map((li) => li.textContent ?? "");
    });
    await expect(items).toHaveLength(1);
    await expect(items[0]).toContain("2007/..");
    const names = [...canvasElement.querySelectorAll("g.cl-item")].map((g) => g.getAttribute("aria-label") ?? "");
    await expect(names).toHaveLength(6);
    await expect(names.filter((name) => / on, /.test(name))).toHaveLength(3);
    await expect(names.some((name) => name.includes("start unknown – 2008"))).toBe(true);
    await expect(names.some((name) => name.includes("March 2008 – end unknown"))).toBe(true);
  },
};

/**
 * A published US sheet formatted m/d/yy (FiveThirtyEight's polls on the American Health Care Act,
 * test/fixtures/published/ORIGIN.md), loaded with `twoDigitYearsFrom: 1930`: every "5/31/17" is
 * read as 2017, month first as the sheet's own dates show. Without the option no poll is drawn.
 * The only problem listed is a character the sheet's export lost.
 */
export const TwoDigitYears: Story = {
  name: "Two-digit years (a sheet's 5/31/17)",
  render: (args) => {
    const { container, handle } = mount(args, {
      data: ahcaCsv.replace(/^Start,End,Pollster,Favor,Oppose,Url,Text/, "Start date,End date,Title,Favor,Oppose,Source URL,Description"),
      twoDigitYearsFrom: 1930,
    });
    const list = el("ul", undefined, "story-diagnostics");
    for (const d of handle.diagnostics.filter((x) => x.severity === "error" || x.code === "text-encoding")) list.append(el("li", formatDiagnostic(d)));
    const wrap = el("div");
    wrap.append(container, list);
    return wrap;
  },
  play: async ({ canvasElement }) => {
    const names = await waitFor(() => {
      const found = [...canvasElement.querySelectorAll("g.cl-item")].map((g) => g.getAttribute("aria-label") ?? "");
      if (found.length === 0) throw new Error("nothing drawn yet");
      return found;
    });
    await expect(names.join(" ")).toContain("2017");
    await expect(names.join(" ")).not.toMatch(/\b19(1|2)7\b/);
    const items = [...canvasElement.querySelectorAll(".story-diagnostics li")].map((li) => li.textContent ?? "");
    await expect(items).toHaveLength(1);
    await expect(items[0]).toContain("text-encoding");
  },
};

/** Long titles, a long description and a long accessible name: labels are cut, cards wrap. */
export const LongTitles: Story = {
  name: "Long titles",
  render: (args) => {
    const long = "Maliki, speaking through an interpreter at a joint press conference in Tehran after three hours of talks, said that Iraq would not allow its territory to be used";
    return mount(args, {
      data: {
        title: "A timeline whose title goes on for rather longer than any headline editor would ever allow it to",
        events: [
          { title: long, start: "2008-06-08", description: `${long} ${long}` },
          { title: `${long} (second version)`, start: "2008-06-09" },
          { title: "Supercalifragilisticexpialidociousnessandantidisestablishmentarianism", start: "2008-06-07", end: "2008-06-10" },
          { title: "Short", start: "2008-06-12" },
        ],
      },
    }).container;
  },
};

// Six events citing the same 300 papers, and one date forty of them disagree on.
function manyCitations(): { title: string; sources: Record<string, string>[]; events: Record<string, unknown>[] } {
  const sources = Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, publisher: `Newspaper ${i + 1}`, kind: "news" }));
  const cites = sources.map((s) => s.id);
  const events: Record<string, unknown>[] = Array.from({ length: 6 }, (_, k) => ({ id: `e${k}`, title: `Widely reported event ${k + 1}`, start: `2008-0${k + 1}-15`, sources: cites }));
  const accounts = Array.from({ length: 40 }, (_, i) => ({ start: `2008-07-${String(1 + (i % 28)).padStart(2, "0")}`, sources: [`s${i}`] }));
  events.push({ id: "disputed", title: "A date forty papers disagree on", accounts });
  return { title: "Claims cited by hundreds", sources, events };
}

/**
 * Events that cite hundreds of sources, and one with 40 accounts: each entry of the list shows its
 * first ten citations and accounts and how many more, the card 25 at a time with a pager (open one).
 */
export const ManyCitations: Story = {
  name: "Many citations and accounts",
  render: (args) => mount(args, { data: manyCitations() }).container,
};

/** The disputed event's card, its accounts turned to the second page: every account is reachable. */
export const ManyAccountsCard: Story = {
  name: "Many accounts: the card's second page",
  render: (args) => {
    const { container, handle } = mount(args, { data: manyCitations() });
    handle.select("disputed");
    return container;
  },
  play: async ({ canvasElement }) => {
    const pager = await waitFor(() => {
      const nav = canvasElement.querySelector<HTMLElement>('.cl-card .cl-pager[data-list="card-accounts"]');
      if (!nav) throw new Error("no card");
      return nav;
    });
    pager.querySelector<HTMLButtonElement>(".cl-pager-next")!.click();
    await waitFor(() => expect(canvasElement.querySelector('.cl-card .cl-pager[data-list="card-accounts"] .cl-pager-status')?.textContent).toBe("Accounts 26–40 of 40"));
    await expect(canvasElement.querySelectorAll(".cl-card .cl-account-entry").length).toBe(15);
  },
};

/** A right-to-left container (`dir="rtl"`, Persian titles). */
export const RightToLeft: Story = {
  name: "Right-to-left container",
  render: (args) => {
    const box = el("div");
    box.dir = "rtl";
    box.lang = "fa";
    const data = JSON.parse(seedJson) as { title: string; events: { title: string }[] };
    data.title = "سفر مالکی به تهران، خرداد ۱۳۸۷";
    data.events[0]!.title = "سفر سه‌روزه مالکی به تهران";
    data.events[1]!.title = "دیدار مالکی با احمدی‌نژاد";
    return mount(args, { data }, box).container;
  },
};
