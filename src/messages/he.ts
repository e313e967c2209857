/**
 * Hebrew: the words a reader sees, for any `he` tag. Counted nouns take Hebrew's one, two and
 * other forms; qualifiers of a precision are adverbs ("בקירוב"), agreeing with any noun.
 *
 * @module
 */
import { hebrewDiagnostics } from "./he-diagnostics.js";
import type { Translation } from "./index.js";
import { LOADING } from "./loading.js";
import type { Numbers, PluralForms } from "./numbers.js";

const EVENTS: PluralForms = { one: "אירוע אחד", two: "שני אירועים", other: "# אירועים" };
const SOURCES: PluralForms = { one: "מקור אחד", two: "שני מקורות", other: "# מקורות" };
const PARTS = { year: "בשנה", month: "בחודש", day: "ביום" } as const;
const DOUBT = { exact: "דיוק", approximate: "הערכה", uncertain: "אי־ודאות", "approximate-uncertain": "הערכה ואי־ודאות" } as const;
const some = (n: Numbers, count: number, forms: PluralForms) => (count === 0 ? "" : n.plural(count, forms));

/** Hebrew, made for the numbers of a `he` tag. */
export const hebrew: Translation = (n) => ({
  chart: {
    defaultTitle: "ציר זמן",
    roleDescription: "ציר זמן",
    toolbarLabel: "זום בציר הזמן",
    zoomOut: "הקטנת התצוגה",
    zoomIn: "הגדלת התצוגה",
    showAll: "הצגת הכול",
    listView: "רשימה",
    itemsInView: (count) => `אירועים וקבוצות בתצוגה: ${n.count(count)}`,
    describe: (e, s, showing) => `${n.plural(e, EVENTS)}, ${n.plural(s, SOURCES)}. מוצג: ${showing}.`,
    keysHelp: "אפשר לעבור בין אירועים במקשי החיצים, לפתוח אירוע במקש Enter, ולהגדיל או להקטין את התצוגה בפלוס ובמינוס.",
    eventsHeading: "אירועים",
    sourcesHeading: "מקורות",
    sourceHeading: "מקור",
    noSource: "לא צוין מקור",
    showItsEvents: "הצגת האירועים שלו",
    clearSource: "ניקוי",
    close: "סגירה",
    eventsCount: (count) => n.plural(count, EVENTS),
    sameTime: (count) => `${n.plural(count, EVENTS)} באותו זמן`,
    zoomedInTo: (count) => `התצוגה הוגדלה אל ${n.plural(count, EVENTS)}.`,
    lastEvent: "זהו האירוע האחרון.",
    firstEvent: "זהו האירוע הראשון.",
    eventsPages: "עמודי אירועים",
    sourcesPages: "עמודי מקורות",
    previousPage: "הקודם",
    nextPage: "הבא",
    eventsPage: (first, last, total, all) => `אירועים ${n.count(first)}–${n.count(last)} מתוך ${n.count(total)}${all ? "" : " בתצוגה"}`,
    sourcesPage: (first, last, total) => `מקורות ${n.count(first)}–${n.count(last)} מתוך ${n.count(total)}`,
    sourceCitedBy: (count) => [n.plural(count, { one: "אירוע אחד מצטט את ", two: "שני אירועים מצטטים את ", other: "# אירועים מצטטים את " }), "."],
    via: ", דרך ",
    citeNumber: (k) => `[${n.plain(k)}] `,
    comma: ", ",
    quotes: ["„", "”"],
    eventRole: "אירוע",
    clusterRole: "אשכול",
    pickSeparator: " — ",
  },
  layout: {
    otherLane: "אחר",
    unsourced: (when) => `${when} · ללא מקור`,
    shownDate: (shown, when) => `${shown} (${when})`,
    sourceCount: (count) => (count === 0 ? "ללא מקורות" : n.plural(count, SOURCES)),
    eventName: (title, when, sources) => `${title}, ${when}, ${sources}`,
    eraName: (title, when, cited) => `${title}, ${when}${cited.length ? `, ${cited.length === 1 ? "מקור" : "מקורות"} ${cited.map(n.plain).join(", ")}` : ""}`,
    cites: (numbers) => numbers.map(n.plain).join(","),
    clusterCount: (count) => `+${typeof count === "number" ? n.plain(count) : n.digits(count)}`,
    clusterName: (count) =>
      n.plural(count, {
        one: "אירוע אחד קרוב מדי לאחרים ואינו מוצג ברמת זום זו; יש להפעיל כדי לראותו",
        two: "שני אירועים קרובים מדי זה לזה ואינם מוצגים ברמת זום זו; יש להפעיל כדי לראותם",
        other: "# אירועים קרובים מדי זה לזה ואינם מוצגים ברמת זום זו; יש להפעיל כדי לראותם",
      }),
    yearsFrom: (year) => `שנות ה־${n.plain(year)}`,
    yearRange: (first, last) => `${first} – ${last}`,
    axisFormat: { time: "HH:mm", monthShort: "MMM", month: "MMMM", dayMonth: "d בMMMM" },
  },
  dates: {
    year: (year) => year,
    bce: (year) => `${year} לפני הספירה`,
    withYear: (when, year) => `${when} ${year}`,
    decade: (first) => `שנות ה־${first}`,
    yearSpan: (first, last) => `${first}–${last}`,
    range: (from, to) => `${from} – ${to}`,
    from: (start) => `מ־${start} ואילך`,
    endUnknown: (start) => `${start} – סוף לא ידוע`,
    until: (end) => `עד ${end}`,
    startUnknown: (end) => `התחלה לא ידועה – ${end}`,
    oneOf: (dates) => `אחד מהתאריכים: ${n.list(dates, "or")}`,
    allOf: (dates) => `כל התאריכים: ${n.list(dates)}`,
    qualified: (when, sure) => `${when} (${sure})`,
    qualifier: { exact: "", approximate: "משוער", uncertain: "לא ודאי", "approximate-uncertain": "משוער, לא ודאי" },
    parts: (groups) => groups.map(([q, parts]) => `${DOUBT[q]} ${n.list(parts.map((p) => PARTS[p]))}`).join(", "),
    estimate: (year, digits, years) => `${year}, אומדן (ספרות משמעותיות: ${n.count(digits)}) (${years})`,
    season: (season, year) => `${season} ${year}`,
    seasons: {
      21: "אביב", 22: "קיץ", 23: "סתיו", 24: "חורף",
      25: "אביב (חצי הכדור הצפוני)", 26: "קיץ (חצי הכדור הצפוני)", 27: "סתיו (חצי הכדור הצפוני)", 28: "חורף (חצי הכדור הצפוני)",
      29: "אביב (חצי הכדור הדרומי)", 30: "קיץ (חצי הכדור הדרומי)", 31: "סתיו (חצי הכדור הדרומי)", 32: "חורף (חצי הכדור הדרומי)",
      33: "רבעון ראשון", 34: "רבעון שני", 35: "רבעון שלישי", 36: "רבעון רביעי",
      37: "שליש ראשון", 38: "שליש שני", 39: "שליש אחרון",
      40: "מחצית ראשונה", 41: "מחצית שנייה",
    },
    atTime: (day, time) => `${day}, בשעה ${time}`,
    utc: (offset) => `UTC${offset}`,
    someYearOf: (years, decade) => (decade ? `שנה כלשהי ב${years}` : `שנה כלשהי בין ${years}`),
    inSomeYear: (when, years) => `${when}, ${years}`,
    monthOf: (month, year) => `${month} ${year}`,
    dayOfSomeMonth: (day, years) => `היום ה־${day} בחודש לא ידוע, ${years}`,
    someMonthOf: (years) => `חודש כלשהו בשנת ${years}`,
    monthsOf: (first, last, years) => `${first}–${last} ${years}`,
    knownTo: {
      millennium: "ברמת דיוק של אלף שנים", century: "ברמת דיוק של מאה", decade: "ברמת דיוק של עשור", year: "ברמת דיוק של שנה",
      season: "ברמת דיוק של עונה", month: "ברמת דיוק של חודש", day: "ברמת דיוק של יום", hour: "ברמת דיוק של שעה", minute: "ברמת דיוק של דקה",
      second: "ברמת דיוק של שנייה", instant: "רגע מדויק",
    },
    sure: { exact: "", approximate: ", בקירוב", uncertain: ", בלי ודאות", "approximate-uncertain": ", בקירוב ובלי ודאות" },
    open: "ללא גבול: נמשך",
    notKnown: "תאריך לא ידוע",
    setKnown: (oneOf, count, first) => `${oneOf ? "אחד מתוך" : "כל"} ${n.plural(count, { one: "תאריך אחד", two: "שני תאריכים", other: "# תאריכים" })}, הראשון ${first}`,
    partsKnown: (known, parts) => `${known}; ${parts}`,
    estimateKnown: (known) => `אומדן, ${known}`,
    yearKnown: (known, precision) => `${{ "day-month": "היום והחודש ידועים, ", month: "החודש ידוע, ", none: "" }[known]}השנה ${precision}`,
    dateSentence: (known) => `תאריך: ${known}.`,
    datesSentence: (known) => `תאריכים: ${known}.`,
    startEndSentence: (start, end) => `התחלה: ${start}; סיום: ${end}.`,
  },
  embed: {
    loading: LOADING.he,
    failed: "לא ניתן להציג את ציר הזמן.",
    theData: "הנתונים",
    noData: "לא סופקו נתונים: ההטמעה צריכה כתובת של קובץ JSON או CSV.",
    invalidAddress: (where) => `${where} אינה כתובת אינטרנט תקינה.`,
    notWebAddress: (where) => `${where} אינה כתובת אינטרנט: רק כתובות http ו־https נטענות.`,
    requestFailed: (where) => `הבקשה אל ${where} נכשלה: ייתכן שהרשת מנותקת, או שהאתר שמאחסן את הנתונים אינו מרשה לדף זה לקרוא אותם.`,
    notFound: (where, status) => `${where} לא נמצאה (השרת השיב ${status}).`,
    serverAnswered: (status, where) => `השרת השיב ${status} עבור ${where}.`,
    cutShort: (where) => `לא ניתן היה לקרוא עד הסוף את הנתונים שב־${where}.`,
    webPage: (where) =>
      `${where} היא דף אינטרנט ולא נתונים (JSON או CSV). לגיליון של Google יש לבחור קובץ › שיתוף › פרסום באינטרנט, לבחור "ערכים מופרדים בפסיקים (.csv)" ולהשתמש בקישור הזה.`,
    notLoaded: (where, reason) => `לא ניתן היה לטעון את הנתונים שב־${where}: ${reason}.`,
    notDrawn: (where, why) => `לא ניתן היה לקרוא או לשרטט (${where}): ${why}`,
    optionsNotApplied: (why) => `לא ניתן היה להחיל את אפשרויות ציר הזמן: ${why}`,
    unexpected: "שגיאה לא צפויה",
    noEventRead: (where, errors) => `לא ניתן היה לקרוא אף אירוע (${where}): ${n.plural(errors, { one: "נמצאה בעיה אחת", two: "נמצאו שתי בעיות", other: "נמצאו # בעיות" })} בנתונים.`,
    noEvents: (where) => `אין אירועים (${where}).`,
    forTheEditor: (errors, warnings) =>
      `לעורכים: ${n.list([some(n, errors, { one: "שגיאה אחת", two: "שתי שגיאות", other: "# שגיאות" }), some(n, warnings, { one: "אזהרה אחת", two: "שתי אזהרות", other: "# אזהרות" })].filter(Boolean))} בנתונים`,
    andMore: (count) => `… ועוד ${n.count(count)}.`,
    diagnosticPlace: (section, index, line, field) =>
      `${index === undefined ? section : `${section}[${n.plain(index)}]`}${line === undefined ? "" : `, שורה ${n.plain(line)}`}${field === undefined ? "" : `, ${field}`}`,
    diagnosticLine: (place, severity, code, message) => `${place}: ${severity === "error" ? "שגיאה" : "אזהרה"} ${code}: ${message}`,
  },
  diagnostics: hebrewDiagnostics(n),
});
