import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import seedJson from "../examples/seed-tehran-2008/events.json?raw";
import { DEFAULT_ARGS, TIMELINE_ARG_TYPES, el, handleOf, mount, type TimelineArgs } from "./support.js";

/**
 * The seed story as its readers in Tehran, Baghdad and Tel Aviv would publish it: every word,
 * date and digit in their language, dates in their calendar, a right-to-left page. Each story pins
 * its own locale, calendar and direction, so the toolbar's choices do not change it.
 */
const meta = {
  title: "Languages",
  tags: ["autodocs"],
  args: DEFAULT_ARGS,
  argTypes: TIMELINE_ARG_TYPES,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

interface Seed {
  title: string;
  groups: { id: string; label: string }[];
  events: { id: string; title: string }[];
}

/** The seed with its title, lane names and event titles in another language (sources stay as published). */
function seedIn(title: string, groups: Record<string, string>, events: Record<string, string>): Seed {
  const data = JSON.parse(seedJson) as Seed;
  data.title = title;
  for (const g of data.groups) g.label = groups[g.id] ?? g.label;
  for (const e of data.events) e.title = events[e.id] ?? e.title;
  return data;
}

/**
 * A page of the given language and direction around the timeline, as a newsroom's article would
 * be. The timeline is drawn once the page is in the document, as on a real page: Storybook attaches
 * what a render function returns only after it returns (synchronously, so a microtask is enough),
 * and citeline reads the page's direction when it is created; on a detached element it reads none.
 */
function page(lang: string, dir: "ltr" | "rtl", args: TimelineArgs, options: Parameters<typeof mount>[1]): HTMLElement {
  const box = el("div");
  box.lang = lang;
  box.dir = dir;
  queueMicrotask(() => mount(args, options, box));
  return box;
}

const WESTERN = { "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9", "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9" } as Record<string, string>;
const western = (text: string) => text.replace(/[۰-۹٠-٩]/g, (d) => WESTERN[d] ?? d);

/** The axis labels of the chart, in document order. */
function axisLabels(root: Element): string[] {
  return [...root.querySelectorAll(".cl-axis text")].map((t) => t.textContent ?? "");
}

/** Every four-digit year the axis labels name, in Western digits. */
function axisYears(root: Element): number[] {
  return axisLabels(root).flatMap((t) => [...western(t).matchAll(/\b\d{4}\b/g)].map((m) => Number(m[0])));
}

const direction = (canvas: HTMLElement) => getComputedStyle(canvas.querySelector(".citeline")!).direction;

/**
 * Persian with the Solar Hijri calendar (`locale: "fa-IR", calendar: "persian"`) on a right-to-left
 * page: the toolbar, lists and card in Persian, Persian digits, and axis ticks on Solar Hijri years
 * and months (Khordad 1387 for June 2008; the Iran–Iraq war from 1359 to 1367).
 */
export const Persian: Story = {
  name: "Persian, Solar Hijri (fa-IR)",
  args: { locale: "fa-IR" },
  render: (args) =>
    page("fa", "rtl", args, {
      calendar: "persian",
      data: seedIn(
        "سفر مالکی به تهران، خرداد ۱۳۸۷",
        { visit: "مالکی در تهران", pact: "پیمان امنیتی آمریکا و عراق", history: "پیشینه" },
        {
          visit: "سفر سه‌روزه مالکی به تهران",
          "meets-ahmadinejad": "دیدار مالکی با رئیس‌جمهور احمدی‌نژاد",
          "talks-mottaki-davoudi": "گفت‌وگو با متکی و معاون رئیس‌جمهور داوودی",
          "iran-opposes-pact": "مقام‌های ایران با پیمان مخالفت می‌کنند",
          "militia-leader-detained": "آمریکا از بازداشت یک فرمانده شبه‌نظامی خبر می‌دهد",
          "pact-vote": "مالکی در پی تصویب پیمان امنیتی",
          "iran-iraq-war": "جنگ ایران و عراق",
        },
      ),
    }),
  play: async ({ canvasElement }) => {
    await expect(direction(canvasElement)).toBe("rtl");
    const labels = axisLabels(canvasElement);
    await expect(labels.length).toBeGreaterThan(0);
    // Persian digits only, and years of the Solar Hijri calendar (Gregorian would be 1980–2008).
    await expect(labels.filter((t) => /[0-9]/.test(t))).toEqual([]);
    await expect(labels.join(" ")).toMatch(/[۰-۹]/);
    const years = axisYears(canvasElement);
    await expect(years.length).toBeGreaterThan(0);
    await expect(years.filter((y) => y < 1355 || y > 1390)).toEqual([]);
    await expect(canvasElement.querySelector(".cl-view")?.textContent).not.toMatch(/[A-Za-z]/);
  },
};

/**
 * Arabic with the Hijri calendar (`locale: "ar", calendar: "islamic-umalqura"`) on a right-to-left
 * page: Maliki's visit falls in Jumada al-Thani 1429, the war from 1400 to 1409.
 */
export const Arabic: Story = {
  name: "Arabic, Hijri (ar)",
  args: { locale: "ar" },
  render: (args) =>
    page("ar", "rtl", args, {
      calendar: "islamic-umalqura",
      data: seedIn(
        "زيارة المالكي إلى طهران، حزيران/يونيو 2008",
        { visit: "المالكي في طهران", pact: "الاتفاقية الأمنية العراقية الأمريكية", history: "خلفية" },
        {
          visit: "زيارة المالكي لطهران لثلاثة أيام",
          "meets-ahmadinejad": "المالكي يلتقي الرئيس أحمدي نجاد",
          "talks-mottaki-davoudi": "محادثات مع متكي ونائب الرئيس داودي",
          "iran-opposes-pact": "السلطات الإيرانية تعارض الاتفاقية",
          "militia-leader-detained": "الولايات المتحدة تعلن اعتقال قائد ميليشيا",
          "pact-vote": "المالكي يسعى إلى إقرار الاتفاقية الأمنية",
          "iran-iraq-war": "الحرب العراقية الإيرانية",
        },
      ),
    }),
  play: async ({ canvasElement }) => {
    await expect(direction(canvasElement)).toBe("rtl");
    // Years of the Hijri calendar (AH 1400–1429), whichever digits the locale writes them in.
    const years = axisYears(canvasElement);
    await expect(years.length).toBeGreaterThan(0);
    await expect(years.filter((y) => y < 1395 || y > 1435)).toEqual([]);
    await expect(canvasElement.querySelector(".cl-view")?.textContent).not.toMatch(/[A-Za-z]/);
  },
};

/**
 * Hebrew with time running right to left (`locale: "he", timeDirection: "rtl"`): the axis,
 * the overview and the gestures are mirrored, earlier events on the right, and → goes back in time.
 * (By default time runs left to right even on a right-to-left page; newsrooms differ.)
 */
export const HebrewRtlTime: Story = {
  name: "Hebrew, time right to left (he)",
  args: { locale: "he" },
  render: (args) =>
    page("he", "rtl", args, {
      calendar: "gregory",
      timeDirection: "rtl",
      data: seedIn(
        "אל-מאלכי בטהרן, יוני 2008",
        { visit: "אל-מאלכי בטהרן", pact: "הסכם הביטחון בין ארה״ב לעיראק", history: "רקע" },
        {
          visit: "ביקורו בן שלושת הימים של אל-מאלכי בטהרן",
          "meets-ahmadinejad": "אל-מאלכי נפגש עם הנשיא אחמדינג׳אד",
          "talks-mottaki-davoudi": "שיחות עם מוטאקי וסגן הנשיא דאוודי",
          "iran-opposes-pact": "השלטונות באיראן יוצאים נגד ההסכם",
          "militia-leader-detained": "ארה״ב מודיעה על מעצרו של מפקד מיליציה",
          "pact-vote": "אל-מאלכי שואף להעביר את הסכם הביטחון",
          "iran-iraq-war": "מלחמת איראן–עיראק",
        },
      ),
    }),
  play: async ({ canvasElement, step }) => {
    const focused = () => document.activeElement?.closest<SVGGElement>("g.cl-item") ?? null;
    const centre = (node: Element) => {
      const box = node.getBoundingClientRect();
      return box.left + box.width / 2;
    };
    await step("the axis runs right to left: years fall from left to right", async () => {
      await expect(direction(canvasElement)).toBe("rtl");
      await expect(handleOf(canvasElement).layout.timeDirection).toBe("rtl");
      const ticks = [...canvasElement.querySelectorAll(".cl-axis .cl-tick")]
        .map((t) => ({ x: centre(t), year: Number(/\b\d{4}\b/.exec(t.textContent ?? "")?.[0] ?? NaN) }))
        .filter((t) => Number.isFinite(t.year))
        .sort((a, b) => a.x - b.x);
      await expect(ticks.length).toBeGreaterThan(1);
      await expect(ticks[0]!.year).toBeGreaterThan(ticks[ticks.length - 1]!.year);
    });
    await step("Tab reaches the first event in time, drawn rightmost", async () => {
      for (let i = 0; i < 10 && !focused(); i++) await userEvent.tab();
      await expect(focused()).toBeTruthy();
    });
    const first = focused()!;
    await step("← goes forward in time (to the left), → back to the earlier event (to the right)", async () => {
      await userEvent.keyboard("{ArrowLeft}");
      const later = await waitFor(() => {
        const now = focused();
        if (!now || now === first) throw new Error("focus did not move");
        return now;
      });
      await expect(centre(later)).toBeLessThan(centre(first));
      await userEvent.keyboard("{ArrowRight}");
      await waitFor(() => expect(focused()).toBe(first));
      await expect(centre(first)).toBeGreaterThan(centre(later));
    });
  },
};

// The seed story as a German newsroom's sheet would hold it: its own words, and its dates as
// German writers write them ("7.–9. Juni 2008", "Mitte Juni" known only to the month, the pact's
// "this summer" as "Sommer 2008").
const GERMAN_SHEET = `Title,Start date,End date,Group,Source
Malikis dreitägiger Besuch in Teheran,7.–9. Juni 2008,,Besuch,IRNA
Maliki trifft Präsident Ahmadinedschad,"Sonntag, 8. Juni 2008",,Besuch,IRNA
Gespräche mit Mottaki und Vizepräsident Dawudi,8. Juni 2008,,Besuch,IRNA
USA melden Festnahme eines Milizenführers,Juni 2008,,Abkommen,The New York Times
Maliki will das Sicherheitsabkommen verabschieden,Sommer 2008,,Abkommen,The New York Times
Iran-Irak-Krieg,1980,1988,Hintergrund,The New York Times
Waffenstillstand zwischen Iran und Irak,20. Aug. 1988,,Hintergrund,The New York Times
`;

/**
 * A German sheet in a German page (`locale: "de"`): dates written with German month names load
 * as the days, months and seasons they name ("7.–9. Juni 2008", "Sonntag, 8. Juni 2008", "20. Aug. 1988", "Sommer 2008"),
 * with no problem reported, and are said back in German.
 */
export const GermanSheet: Story = {
  name: "German sheet, German dates (de)",
  args: { locale: "de" },
  render: (args) => page("de", "ltr", args, { data: GERMAN_SHEET, format: "csv" }),
  play: async ({ canvasElement }) => {
    const handle = await waitFor(() => handleOf(canvasElement));
    await expect(handle.diagnostics.filter((d) => d.section === "events")).toEqual([]);
    await expect(handle.timeline.events.map((e) => e.start.edtf).sort()).toEqual(["1980", "1988-08-20", "2008-06", "2008-06-07", "2008-06-08", "2008-06-08", "2008-22"]);
    await expect(handle.timeline.events.find((e) => e.start.edtf === "2008-06-07")?.end?.edtf).toBe("2008-06-09");
  },
};

// The seed as an Iranian desk's sheet: Solar Hijri days and months in Persian digits ("۱۸ خرداد
// ۱۳۸۷" is 7 June 2008; the war ran from 31 Shahrivar 1359 to 29 Mordad 1367, 22 September 1980
// to 20 August 1988), an Arabic source's day as Iraq writes it ("٨ حزيران ٢٠٠٨").
const PERSIAN_SHEET = `Title,Start date,End date,Group,Source
سفر سه‌روزه مالکی به تهران,۱۸ خرداد ۱۳۸۷,۲۰ خرداد ۱۳۸۷,سفر,IRNA
دیدار مالکی با رئیس‌جمهور احمدی‌نژاد,یکشنبه ۱۹ خرداد ۱۳۸۷,,سفر,IRNA
بازداشت یک فرمانده شبه‌نظامی,خرداد ۱۳۸۷,,پیمان,The New York Times
بیانیه دولت عراق,٨ حزيران ٢٠٠٨,,پیمان,Al Sabah
جنگ ایران و عراق,۳۱ شهریور ۱۳۵۹,۲۹ مرداد ۱۳۶۷,پیشینه,The New York Times
`;

/**
 * A Persian sheet in a Persian page (`locale: "fa-IR", calendar: "persian"`): Solar Hijri days and
 * a month (`خرداد ۱۳۸۷`, some day of 21 May – 20 June 2008) in Persian digits, and an Arabic day
 * as Iraq writes it, load as the days they are, with no problem reported.
 */
export const PersianSheet: Story = {
  name: "Persian sheet, Solar Hijri dates (fa-IR)",
  args: { locale: "fa-IR" },
  render: (args) => page("fa", "rtl", args, { data: PERSIAN_SHEET, format: "csv", calendar: "persian" }),
  play: async ({ canvasElement }) => {
    const handle = await waitFor(() => handleOf(canvasElement));
    await expect(handle.diagnostics.filter((d) => d.section === "events")).toEqual([]);
    await expect(handle.timeline.events.map((e) => [e.start.edtf, e.end?.edtf ?? ""]).sort()).toEqual([
      ["1980-09-22", "1988-08-20"],
      ["2008-06-07", "2008-06-09"],
      ["2008-06-08", ""],
      ["2008-06-08", ""],
      ["[2008-05-21..2008-06-20]", ""],
    ]);
  },
};

const ARABIC_TITLE = "المالكي يلتقي الرئيس أحمدي نجاد (2008)";
// U+202E RIGHT-TO-LEFT OVERRIDE with no closing U+202C: unisolated, it would reverse everything after it.
const OVERRIDE_TITLE = "Talks with Mottaki \u202Eand Vice President Davoudi";

/**
 * An English page with an Arabic title among English ones, and a title holding a U+202E override
 * (right-to-left override, never closed). Each user's title is isolated (`<bdi>` in the lists and
 * card, `unicode-bidi: plaintext` in the chart), so the override reverses only its own title: the
 * citation numbers after it stay after it, and the Arabic title reads right to left inside an
 * English line without moving its neighbours. Opens on June 2008, where every title is drawn.
 */
export const BidiIsolation: Story = {
  name: "Bidi isolation: Arabic title and U+202E in an English page",
  render: (args) => {
    const data = seedIn("Maliki in Tehran — المالكي في طهران, June 2008", {}, { "meets-ahmadinejad": ARABIC_TITLE, "talks-mottaki-davoudi": OVERRIDE_TITLE });
    return page("en", "ltr", args, { data, locale: "en-GB", calendar: "gregory", timeDirection: "ltr", window: [Date.UTC(2008, 4, 28), Date.UTC(2008, 5, 14)] });
  },
  play: async ({ canvasElement, step }) => {
    await expect(direction(canvasElement)).toBe("ltr");
    await step("in the lists, each title is its own <bdi>", async () => {
      for (const title of [ARABIC_TITLE, OVERRIDE_TITLE]) {
        const entry = [...canvasElement.querySelectorAll(".cl-entry-title bdi")].find((b) => b.textContent === title);
        await expect(entry).toBeTruthy();
      }
    });
    await step("in the chart, the override stays inside its title: the citation numbers follow it", async () => {
      const item = canvasElement.querySelector('g.cl-item[data-id="talks-mottaki-davoudi"]');
      const title = [...(item?.querySelectorAll(".cl-title-text") ?? [])].find((t) => t.textContent?.includes("\u202E"));
      await expect(title).toBeTruthy();
      await expect(["isolate", "plaintext", "isolate-override"]).toContain(getComputedStyle(title!).unicodeBidi);
      const cites = title!.parentElement?.querySelector(".cl-cites");
      // Unisolated, the override would carry the numbers to the far left of the line.
      if (cites) await expect(cites.getBoundingClientRect().left).toBeGreaterThanOrEqual(title!.getBoundingClientRect().right - 1);
    });
  },
};
