/**
 * Arabic: the words a reader sees, for any `ar` tag (digits as Intl writes that tag: `ar` 123,
 * `ar-EG` and `ar-IQ` ١٢٣). Counted nouns take all six of Arabic's plural forms (zero, one, two,
 * 3–10, 11–99, 100 and up), each in the case its sentence needs.
 *
 * @module
 */
import { arabicDiagnostics } from "./ar-diagnostics.js";
import type { Translation } from "./index.js";
import { LOADING } from "./loading.js";
import type { Numbers, PluralForms } from "./numbers.js";

const EVENTS: PluralForms = { zero: "لا أحداث", one: "حدث واحد", two: "حدثان", few: "# أحداث", many: "# حدثًا", other: "# حدث" };
// After a preposition or as an object: the dual and the one take their other case.
const EVENTS_OBJECT: PluralForms = { zero: "لا أحداث", one: "حدثًا واحدًا", two: "حدثين", few: "# أحداث", many: "# حدثًا", other: "# حدث" };
const SOURCES: PluralForms = { zero: "لا مصادر", one: "مصدر واحد", two: "مصدران", few: "# مصادر", many: "# مصدرًا", other: "# مصدر" };
const ERRORS: PluralForms = { one: "خطأ واحد", two: "خطآن", few: "# أخطاء", many: "# خطأً", other: "# خطأ" };
const WARNINGS: PluralForms = { one: "تحذير واحد", two: "تحذيران", few: "# تحذيرات", many: "# تحذيرًا", other: "# تحذير" };
const DATES: PluralForms = { one: "تاريخ واحد", two: "تاريخين", few: "# تواريخ", many: "# تاريخًا", other: "# تاريخ" };
const PARTS = { year: "السنة", month: "الشهر", day: "اليوم" } as const;
const DOUBT = { exact: "دقة", approximate: "تقريب", uncertain: "عدم يقين", "approximate-uncertain": "تقريب وعدم يقين" } as const;
const some = (n: Numbers, count: number, forms: PluralForms) => (count === 0 ? "" : n.plural(count, forms));

/** Arabic, made for the numbers of an `ar` tag. */
export const arabic: Translation = (n) => ({
  chart: {
    defaultTitle: "خط زمني",
    roleDescription: "خط زمني",
    toolbarLabel: "تكبير الخط الزمني",
    zoomOut: "تصغير",
    zoomIn: "تكبير",
    showAll: "عرض الكل",
    listView: "قائمة",
    storyView: "قصة",
    slideRole: "شريحة",
    storyNav: "الشرائح",
    previousSlide: "السابقة",
    nextSlide: "التالية",
    startStory: "ابدأ القصة",
    slidePosition: (k, total) => `${n.count(k)} من ${n.count(total)}`,
    slideSaid: (k, total) => `الشريحة ${n.count(k)} من ${n.count(total)}: `,
    introSaid: "المقدمة: ",
    slideKeys: "ينتقل مفتاحا السهم الأيمن والأيسر بين الشرائح.",
    firstSlide: "هذه الشريحة الأولى.",
    lastSlide: "هذه الشريحة الأخيرة.",
    itemsInView: (count) => `الأحداث والمجموعات المعروضة: ${n.count(count)}`,
    describe: (e, s, showing) => `${n.plural(e, EVENTS)}، ${n.plural(s, SOURCES)}. المعروض: ${showing}.`,
    keysHelp: "استخدم مفاتيح الأسهم للتنقل بين الأحداث، وEnter لفتح حدث، ومفتاحي الزائد والناقص للتكبير والتصغير.",
    axisParts: (parts) => `المحور مقسوم إلى ${n.plain(parts.length)} أجزاء، لكل منها مقياسه الخاص: ${parts.join("؛ ")}.`,
    eventsHeading: "الأحداث",
    sourcesHeading: "المصادر",
    sourceHeading: "المصدر",
    noSource: "لم يُذكر مصدر",
    showItsEvents: "عرض أحداثه",
    clearSource: "مسح",
    close: "إغلاق",
    eventsCount: (count) => n.plural(count, EVENTS),
    sameTime: (count) => `${n.plural(count, EVENTS)} في الوقت نفسه`,
    zoomedInTo: (count) => `كُبّر العرض ليشمل ${n.plural(count, EVENTS_OBJECT)}.`,
    lastEvent: "هذا آخر حدث.",
    firstEvent: "هذا أول حدث.",
    eventsPages: "صفحات الأحداث",
    sourcesPages: "صفحات المصادر",
    previousPage: "السابق",
    nextPage: "التالي",
    eventsPage: (first, last, total, all) => `الأحداث ${n.count(first)}–${n.count(last)} من أصل ${n.count(total)}${all ? "" : " في العرض"}`,
    sourcesPage: (first, last, total) => `المصادر ${n.count(first)}–${n.count(last)} من أصل ${n.count(total)}`,
    sourceCitedBy: (count) => [n.plural(count, { zero: "لا أحداث مصدرها ", one: "حدث واحد مصدره ", two: "حدثان مصدرهما ", few: "# أحداث مصدرها ", many: "# حدثًا مصدرها ", other: "# حدث مصدرها " }), "."],
    via: "، عبر ",
    citeNumber: (k) => `[${n.plain(k)}] `,
    comma: "، ",
    quotes: ["«", "»"],
    eventRole: "حدث",
    clusterRole: "مجموعة",
    pickSeparator: " — ",
    mediaAlt: ["صورة: ", ""],
    mediaCredit: ["حقوق الصورة: ", ""],
    mediaFailed: ["الصورة غير متاحة: ", ""],
    mediaFailedBare: "الصورة غير متاحة",
  },
  layout: {
    otherLane: "أخرى",
    unsourced: (when) => `${when} · بلا مصدر`,
    shownDate: (shown, when) => `${shown} (${when})`,
    sourceCount: (count) => (count === 0 ? "بلا مصادر" : n.plural(count, SOURCES)),
    eventName: (title, when, sources) => `${title}، ${when}، ${sources}`,
    eraName: (title, when, cited) => `${title}، ${when}${cited.length ? `، ${cited.length === 1 ? "المصدر" : "المصادر"} ${cited.map(n.plain).join("، ")}` : ""}`,
    cites: (numbers) => numbers.map(n.plain).join("،"),
    clusterCount: (count) => `+${typeof count === "number" ? n.plain(count) : n.digits(count)}`,
    clusterName: (count) =>
      n.plural(count, {
        one: "حدث واحد قريب جدًا من غيره فلا يظهر بهذا التكبير؛ فعّله لعرضه",
        two: "حدثان متقاربان جدًا فلا يظهران بهذا التكبير؛ فعّلهما لعرضهما",
        few: "# أحداث متقاربة جدًا فلا تظهر بهذا التكبير؛ فعّلها لعرضها",
        many: "# حدثًا متقاربة جدًا فلا تظهر بهذا التكبير؛ فعّلها لعرضها",
        other: "# حدث متقاربة جدًا فلا تظهر بهذا التكبير؛ فعّلها لعرضها",
      }),
    yearsFrom: (year) => `الأعوام من ${n.plain(year)}`,
    yearRange: (first, last) => `${first} – ${last}`,
    breakName: (length) => `${length} بلا أحداث، حُذفت من المحور`,
    axisFormat: { time: "HH:mm", monthShort: "MMMM", month: "MMMM", dayMonth: "d MMMM" },
  },
  dates: {
    year: (year) => year,
    bce: (year) => `${year} ق.م`,
    withYear: (when, year) => `${when} ${year}`,
    decade: (first) => `عقد ${first}`,
    yearSpan: (first, last) => `${first}–${last}`,
    range: (from, to) => `${from} – ${to}`,
    from: (start) => `من ${start} فصاعدًا`,
    endUnknown: (start) => `${start} – نهاية غير معروفة`,
    until: (end) => `حتى ${end}`,
    startUnknown: (end) => `بداية غير معروفة – ${end}`,
    oneOf: (dates) => `أحد هذه التواريخ: ${n.list(dates, "or")}`,
    allOf: (dates) => `كل هذه التواريخ: ${n.list(dates)}`,
    qualified: (when, sure) => `${when} (${sure})`,
    qualifier: { exact: "", approximate: "تقريبي", uncertain: "غير مؤكد", "approximate-uncertain": "تقريبي، غير مؤكد" },
    parts: (groups) => groups.map(([q, parts]) => `${DOUBT[q]} في ${n.list(parts.map((p) => PARTS[p]))}`).join("، "),
    estimate: (year, digits, years) => `${year}، تقدير (الأرقام المعنوية: ${n.count(digits)}) (${years})`,
    season: (season, year) => `${season} ${year}`,
    seasons: {
      21: "ربيع", 22: "صيف", 23: "خريف", 24: "شتاء",
      25: "ربيع (نصف الكرة الشمالي)", 26: "صيف (نصف الكرة الشمالي)", 27: "خريف (نصف الكرة الشمالي)", 28: "شتاء (نصف الكرة الشمالي)",
      29: "ربيع (نصف الكرة الجنوبي)", 30: "صيف (نصف الكرة الجنوبي)", 31: "خريف (نصف الكرة الجنوبي)", 32: "شتاء (نصف الكرة الجنوبي)",
      33: "الربع الأول من", 34: "الربع الثاني من", 35: "الربع الثالث من", 36: "الربع الرابع من",
      37: "الثلث الأول من", 38: "الثلث الثاني من", 39: "الثلث الأخير من",
      40: "النصف الأول من", 41: "النصف الثاني من",
    },
    atTime: (day, time) => `${day}، الساعة ${time}`,
    utc: (offset) => `UTC${offset}`,
    someYearOf: (years, decade) => (decade ? `سنة ما من ${years}` : `سنة ما بين ${years}`),
    inSomeYear: (when, years) => `${when}، ${years}`,
    monthOf: (month, year) => `${month} ${year}`,
    dayOfSomeMonth: (day, years) => `اليوم ${day} من شهر غير معروف، ${years}`,
    someMonthOf: (years) => `شهر ما من سنة ${years}`,
    monthsOf: (first, last, years) => `${first}–${last} ${years}`,
    knownTo: {
      millennium: "بدقة الألفية", century: "بدقة القرن", decade: "بدقة العقد", year: "بدقة السنة", season: "بدقة الفصل", month: "بدقة الشهر",
      day: "بدقة اليوم", hour: "بدقة الساعة", minute: "بدقة الدقيقة", second: "بدقة الثانية", instant: "لحظة محددة بدقة",
    },
    sure: { exact: "", approximate: "، تقريبًا", uncertain: "، مع عدم يقين", "approximate-uncertain": "، تقريبًا ومع عدم يقين" },
    open: "مفتوح: مستمر",
    notKnown: "غير معروف",
    setKnown: (oneOf, count, first) => `${oneOf ? "واحد من" : "كل"} ${n.plural(count, DATES)}، الأول ${first}`,
    partsKnown: (known, parts) => `${known}؛ ${parts}`,
    estimateKnown: (known) => `تقدير، ${known}`,
    yearKnown: (known, precision) => `${{ "day-month": "اليوم والشهر معروفان، ", month: "الشهر معروف، ", none: "" }[known]}السنة ${precision}`,
    dateSentence: (known) => `التاريخ: ${known}.`,
    datesSentence: (known) => `التاريخان: ${known}.`,
    startEndSentence: (start, end) => `البداية: ${start}؛ النهاية: ${end}.`,
  },
  embed: {
    loading: LOADING.ar,
    failed: "تعذّر عرض الخط الزمني.",
    theData: "البيانات",
    noData: "لم تُقدَّم بيانات: يحتاج التضمين إلى عنوان ملف JSON أو CSV.",
    invalidAddress: (where) => `${where} ليس عنوان ويب صالحًا.`,
    notWebAddress: (where) => `${where} ليس عنوان ويب: لا تُجلب إلا عناوين http وhttps.`,
    requestFailed: (where) => `فشل طلب ${where}: ربما انقطعت الشبكة، أو أن الموقع الذي يستضيف البيانات لا يسمح لهذه الصفحة بقراءتها.`,
    notFound: (where, status) => `لم يُعثر على ${where} (أجاب الخادم ${status}).`,
    serverAnswered: (status, where) => `أجاب الخادم ${status} على طلب ${where}.`,
    cutShort: (where) => `تعذّرت قراءة البيانات في ${where} حتى نهايتها.`,
    webPage: (where) =>
      `${where} صفحة ويب وليس بيانات (JSON أو CSV). لجدول بيانات Google، استخدم ملف › مشاركة › النشر على الويب، واختر «قيم مفصولة بفواصل (.csv)»، ثم استخدم ذلك الرابط.`,
    notLoaded: (where, reason) => `تعذّر تحميل البيانات في ${where}: ${reason}.`,
    notDrawn: (where, why) => `تعذّرت قراءة ${where} أو رسمها: ${why}`,
    optionsNotApplied: (why) => `تعذّر تطبيق خيارات الخط الزمني: ${why}`,
    unexpected: "خطأ غير متوقع",
    noEventRead: (where, errors) =>
      `تعذّرت قراءة أي حدث في ${where}: ${n.plural(errors, { one: "وُجدت مشكلة واحدة", two: "وُجدت مشكلتان", few: "وُجدت # مشكلات", many: "وُجدت # مشكلةً", other: "وُجدت # مشكلة" })} في البيانات.`,
    noEvents: (where) => `لا أحداث في ${where}.`,
    forTheEditor: (errors, warnings) => `للمحرر: ${n.list([some(n, errors, ERRORS), some(n, warnings, WARNINGS)].filter(Boolean))} في البيانات`,
    andMore: (count) => `… و${n.count(count)} أخرى.`,
    diagnosticPlace: (section, index, line, field) =>
      `${index === undefined ? section : `${section}[${n.plain(index)}]`}${line === undefined ? "" : `، السطر ${n.plain(line)}`}${field === undefined ? "" : `، ${field}`}`,
    diagnosticLine: (place, severity, code, message) => `${place}: ${severity === "error" ? "خطأ" : "تحذير"} ${code}: ${message}`,
  },
  diagnostics: arabicDiagnostics(n),
});
