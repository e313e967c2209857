/**
 * Hebrew: the sentence of every diagnostic, as an embed shows it to the reader. A diagnostic's own
 * `message` stays English for developers; these read only its `value`, `field`, `readAs`, `readings`, `reason` and `detail`.
 *
 * @module
 */
import type { DateReason } from "./diagnostics.js";
import type { Messages } from "./index.js";
import type { Numbers } from "./numbers.js";
import { isolated as own, ltr, otherReadings } from "./isolate.js";

// The user's words isolated in their own direction (FIRST STRONG ISOLATE … POP DIRECTIONAL
// ISOLATE), as in the Arabic-script languages. A value's own isolates never end ours
// (`./isolate.ts`).
const q = (value: string | undefined) => `"${own(value)}"`;

// Why a date was refused (`Diagnostic.reason`), said after the sentence that it was.
const WHY: Readonly<Record<DateReason, string>> = {
  "two-digit-year": "שנה בת שתי ספרות יכולה להיות מכל מאה: יש לכתוב את השנה במלואה.",
  "day-without-year": "יום וחודש בלי שנה, או שנה של מאה כלשהי: יש לכתוב את התאריך עם השנה במלואה.",
  "time-needs-day": "לפני שעה צריך לבוא התאריך המלא, כולל היום.",
  "zone-abbreviation": "קיצור של אזור זמן עשוי לציין יותר מהפרש אחד: יש לכתוב את ההפרש עצמו, למשל \u2066+00:00\u2069 או \u2066-08:00\u2069.",
  "not-a-time": "השעה שבו אינה שעה ביום.",
  "no-month": "החודש שבו אינו חודש (1 עד 12).",
  "no-day": "אין בחודש שלו יום כזה.",
  "weekday": "היום בשבוע שנכתב איתו אינו היום של התאריך הזה.",
  "no-year-0": "בספירה לפנה״ס ולספירה אין שנה 0: אחרי שנת 1 לפנה״ס באה שנת 1 לספירה.",
  "short-years": "שנה בת ספרה אחת או שתיים יכולה להיות מכל מאה: יש לכתוב את השנים במלואן.",
  "needs-known-end": "טווח צריך לפחות קצה ידוע אחד.",
  "present-ends": "ההווה יכול לסיים טווח, לא לפתוח אותו: כתבו מתי הוא התחיל בהתחלה, ואת ההווה בסוף.",
  "backward-range": "יש בו טווח שמסתיים לפני שהוא מתחיל.",
  "qualified-span": "citeline עדיין אינו יודע לסמן תקופה, עשור, מאה או שעה כמשוערים או כלא ודאיים.",
  "no-known-year": "השנה שלו אינה ידועה כלל, ולכן אין לו מקום בציר זמן.",
  "bce-unknown-digits": "לשנה לפנה״ס עם ספרות לא ידועות עדיין לא יכולים להיות חודש או יום.",
  "open-set-member": "אחד מאיברי הקבוצה שלו פתוח בקצה אחד (..).",
  "set-too-large": "קבוצה מכילה לכל היותר 100 תאריכים.",
  "two-calendars": "הוא נוקב באותו זמן בשני לוחות שנה, לא בטווח: כתבו רק אחד.",
  "not-in-era": "התקופה הזאת אינה כוללת את התאריך הזה.",
  "empty-set-member": "בקבוצה שלו יש איבר ריק.",
  "set-member-form": "איברי קבוצה הם תאריכים או טווחים שנכתבים a..b.",
  "part-needs-span": "תחילת, אמצע וסוף נאמרים על חודש, שנה, עשור או מאה.",
  "object-needs-edtf": "אובייקט תאריך צריך את טקסט ה־EDTF שלו ב־`edtf`.",
};

// The sheet's order of day and month, which `dateFormat` gives (`Diagnostic.option`).
const ORDER = `או לציין את סדר הגיליון ב־${ltr("date-format")} (${ltr("dateFormat")}): ${ltr("DMY")} (היום תחילה) או ${ltr("MDY")} (החודש תחילה).`;
// The option that reads a two-digit year, said where the diagnostic names it (`Diagnostic.option`).
const CENTURY = (n: Numbers) => `אם כל התאריכים נופלים בטווח של מאה שנים, יש לציין את הראשונה שבהן ב־${ltr("two-digit-years-from")} (${ltr("twoDigitYearsFrom")}), למשל ${n.plain(1930)}.`;

/** Hebrew sentences, by diagnostic code. */
export const hebrewDiagnostics = (n: Numbers): Messages["diagnostics"] => ({
  "json-syntax": () => "לא ניתן היה לקרוא את ה־JSON.",
  "text-encoding": (d) => (d.value ? `הקובץ אינו טקסט UTF-8, ולכן נקרא בקידוד ${d.value}, כפי ש־Excel ב־Windows שומר ${q("CSV")} רגיל. אם אות נראית שגויה, שמרו את הגיליון בתבנית ${q("CSV UTF-8")} במקום זאת.` : `תווים מהטקסט הזה אבדו לפני ש־citeline קרא אותו (מוצגים כ־${q("�")}): הוא נקרא כ־UTF-8, אבל ${d.detail === "utf-16" ? `הוא UTF-16 (${q("Unicode Text")} של Excel)` : "אינו כזה"}. טענו את הקובץ עצמו, או שמרו אותו בתבנית ${q("CSV UTF-8")}.`),
  "format-unknown": (d) => `תבנית הנתונים ${q(d.value)} אינה מוכרת. יש להשתמש ב־json, csv, timelinejs או auto.`,
  "input-not-object": () => "הנתונים צריכים להיות אובייקט של ציר זמן עם מערך events.",
  "events-not-array": () => "`events` צריך להיות מערך של אירועים.",
  "list-not-array": (d) => `\`${d.field}\` צריך להיות מערך; המערך לא נקרא.`,
  "csv-empty": () => "אין נתונים בגיליון: אין דבר מתחת לשורת הכותרת בעמודות ש־citeline קורא.",
  "csv-separator": () => "תאי הגיליון אינם מופרדים בפסיקים; הגיליון נקרא עם המפריד שלו.",
  "csv-missing-column": (d) => `חסרה בגיליון עמודה נחוצה.${d.value === undefined ? "" : ` שורת הכותרת שלו כוללת: ${own(d.value)}.`}`,
  "csv-title-from-text": (d) => `בגיליון אין עמודת כותרת, ולכן כל כותרת נוצרה מהמילים הראשונות בעמודה ${q(d.value)}.`,
  "csv-html-text": (d) => `העמודה ${q(d.value)} מכילה HTML, כפי שדף אינטרנט כותב טקסט, ולכן תאיה נקראו כפי שדף מציג אותם: המילים נשמרו, הסימון הושמט, וכל קישור צוטט כמקור של שורתו.`,
  "csv-unknown-column": (d) => `citeline אינו קורא את העמודה ${q(d.value)}; היא לא נקראה.`,
  "csv-unknown-columns": () => "citeline אינו קורא חלק מהעמודות; הן לא נקראו.",
  "csv-row-type": (d) => `סוג השורה ${q(d.value)} אינו מוכר; השורה נקראה כאירוע.`,
  "html-not-loaded": (d) => `${q(d.value)} מכיל HTML, שנקרא בעזרת קובץ שנטען לפי הצורך ועדיין לא נטען, ולכן המדיה של שורה זו הושמטה: יש לקרוא קודם ל־\`await Citeline.preload("html")\`.`,
  "html-text-not-loaded": (d) => `${q(d.value)} מכיל HTML, שנקרא בעזרת קובץ שנטען לפי הצורך ועדיין לא נטען, ולכן תא זה הושמט: יש לקרוא קודם ל־\`await Citeline.preload("html")\`.`,
  "timelinejs-missing-events": () => "אין מערך `events` בקובץ ה־TimelineJS הזה.",
  "timelinejs-not-loaded": () => "נתוני TimelineJS אלה נקראים בעזרת קובץ שנטען לפי הצורך ועדיין לא נטען: יש לקרוא קודם ל־`await Citeline.preload(\"timelinejs\")`.",
  "not-an-object": () => "הפריט הזה אינו אובייקט, ולכן הושמט.",
  "forbidden-key": (d) => `המפתח ${q(d.value)} אינו מותר בנתונים ולא נקרא.`,
  "unknown-field": (d) => `השדה הלא מוכר ${q(d.value)} לא נקרא.${d.detail ? ` האם התכוונתם ל־${q(d.detail)}?` : ""}`,
  "wrong-type": (d) => `הסוג של \`${d.field}\` שגוי.`,
  "wrong-type-ignored": (d) => `הסוג של \`${d.field}\` שגוי; השדה לא נקרא.`,
  "string-too-long": (d) => `\`${d.field}\` ארוך מדי; יש לקצר אותו.`,
  "missing-title": (d) => (d.value === undefined ? "הכותרת חסרה: כל אירוע וכל תקופה צריכים כותרת." : "אין בכותרת אף תו גלוי, ולכן היא נחשבת חסרה."),
  "title-from-text": (d) => `הכותרת הראשית ריקה, ולכן הכותרת ${q(d.value)} נלקחה מטקסט השקופית.`,
  "missing-start": () => "תאריך ההתחלה חסר: כל אירוע צריך תאריך התחלה.",
  "importance-range": () => `\`importance\` צריך להיות מספר בין ${n.plain(0)} ל־${n.plain(100)}; הערך הוגבל לטווח הזה.`,
  "date-invalid": (d) => `${q(d.value)} אינו תאריך ש־citeline יודע לקרוא.${d.reason ? ` ${WHY[d.reason]}${d.option === "twoDigitYearsFrom" ? ` ${CENTURY(n)}` : ""}` : ""}${d.readings?.length ? ` ייתכן שהכוונה ל־${n.list(d.readings.map(ltr), "or")} (EDTF): אם זה התאריך שהתכוונתם אליו, יש לכתוב אותו כך.` : ""} יש לכתוב תאריכים בתבנית EDTF, למשל 2008-06-08, ‏2008-06, ‏1980, ‏2008-22 (קיץ), ‏2008-06~ (משוער).`,
  "date-ambiguous": (d) => `${q(d.value)} דו־משמעי${d.readings && d.readings.length > 1 ? `: הוא יכול להיות ${n.list(d.readings.map(ltr), "or")} (EDTF). יש לכתוב את התאריך שהתכוונתם אליו בצורה הזו.` : ". יש לכתוב אותו בתבנית YYYY-MM-DD."}${d.option === "dateFormat" ? ` ${ORDER}` : ""}`,
  "date-reinterpreted": (d) => (d.readAs && otherReadings(d).length ? `${q(d.value)} נקרא כ־${q(ltr(d.readAs))} (EDTF); הוא יכול להיות גם ${n.list(otherReadings(d).map(ltr), "or")}. יש לכתוב את התאריך שהתכוונתם אליו בצורה הזו.` : d.readAs ? `${q(d.value)} נקרא כ־${q(ltr(d.readAs))} (EDTF). אם זה לא התאריך שהתכוונתם אליו, יש לכתוב אותו בתבנית EDTF (למשל YYYY-MM-DD).` : `${q(d.value)} נקרא בצורה אחרת. כדי להיות בטוחים, יש לכתוב אותו בתבנית EDTF (למשל YYYY-MM-DD).`),
  "date-out-of-range": (d) => `${q(d.value)} מחוץ לטווח ש־citeline יכול לשרטט (כ־${n.count(270000)} שנה לפני ${n.plain(1970)} ואחריה).`,
  "date-object-mismatch": (d) => (d.readAs ? `גבולות אובייקט התאריך הזה אינם תואמים לטקסט ה־EDTF שלו, ${q(ltr(d.readAs))}; הטקסט נקרא והגבולות לא.` : "גבולות אובייקט התאריך הזה אינם תואמים לטקסט ה־EDTF שלו; הטקסט נקרא והגבולות לא."),
  "date-unsupported": (d) => `${q(d.value)} משתמש בצורה ש־citeline עדיין אינו משרטט.${d.reason ? ` ${WHY[d.reason]}` : ""}`,
  "edtf-not-loaded": (d) => `${q(d.value)} הוא תאריך EDTF שנקרא בעזרת קובץ שנטען לפי הצורך ועדיין לא נטען: יש לקרוא קודם ל־\`await Citeline.preload("edtf")\`.`,
  "words-not-loaded": (d) => `${q(d.value)} עשוי להיות תאריך הכתוב במילים או בצורה שאינה EDTF, שנקרא בעזרת קובץ שנטען לפי הצורך ועדיין לא נטען: יש לקרוא קודם ל־\`await Citeline.preload("words")\`.`,
  "end-before-start": (d) => `הסוף (${own(d.value)}) לפני ההתחלה${d.detail ? ` (${own(d.detail)})` : ""}.`,
  "interval-and-end": () => "ההתחלה היא כבר טווח עם סוף משלו, ובנוסף ניתן סוף: יש להשאיר רק אחד.",
  "duplicate-id": (d) => `המזהה ${q(d.value)} כבר בשימוש; מזהים צריכים להיות ייחודיים.`,
  "unknown-group": (d) => `הקבוצה ${q(d.value)} אינה בין הקבוצות של ציר הזמן; היא נוספה כנתיב חדש.`,
  "unknown-source": (d) => `המקור ${q(d.value)} אינו בין המקורות של ציר הזמן; הציטוט הושמט.`,
  "unknown-story-event": (d) => `הרשומה ${q(d.value)} ב־\`story\` אינה מציינת אף אירוע בציר הזמן; היא דולגה.`,
  "duplicate-story-event": (d) => `האירוע ${q(d.value)} כבר מופיע בסיפור; החזרה דולגה.`,
  "unknown-via": (d) => `\`via\` מפנה אל ${q(d.value)}, שאינו בין המקורות של ציר הזמן; ההפניה לא נקראה.`,
  "unknown-disputes": (d) => `\`disputes\` מפנה אל ${q(d.value)}, שאינו מקור אחר של ציר הזמן; ההפניה לא נקראה.`,
  "account-differs": (d) => `שורה זו מוסרת גרסה נוספת של האירוע ${q(d.value)} (אותו מזהה); השדות ${d.detail ?? d.field ?? ""} שונים מאלה של השורה הראשונה ולא נקראו. תנו לשורה מזהה משלה אם זה אירוע אחר.`,
  "start-and-accounts": () => "לאירוע זה יש תאריך משלו וגם גרסאות; התאריך נקרא כגרסה הראשונה, עם המקורות של האירוע עצמו.",
  "via-too-deep": () => "שרשרת `via` ארוכה מדי, ולכן נקטעה.",
  "citation-differs": (d) => `המקור ${q(d.value)} מצוטט כאן עם פרטים שונים${d.detail ? ` (${own(d.detail)})` : ""} מאלה שבהגדרתו; נשמרו הפרטים שבהגדרה. כדי לשמור את שניהם, יש לתת לציטוט הזה מזהה משלו.`,
  "via-cycle": (d) => `\`via\` יוצר לולאה${d.detail ? ` (${own(d.detail)})` : ""}; הקישור החוזר הוסר.`,
  "source-missing-publisher": () => "מקור צריך מפרסם (מי אומר זאת); למקור הזה אין מפרסם, ולכן הושמט.",
  "citation-missing-publisher": () => "הציטוט הזה אינו מציין מפרסם (מי אומר זאת), ולכן הושמט.",
  "missing-id": () => "קבוצה צריכה מזהה שאירועים יכולים להפנות אליו.",
  "unsourced": () => "האירוע הזה אינו מצטט אף מקור. כל טענה צריכה לומר מי מדווח עליה.",
  "url-unsafe": (d) => `הקישור ${q(d.value)} אינו כתובת http(s) או mailto; הוא הושמט.`,
  "url-invalid": (d) => `${q(d.value)} אינה כתובת תקינה; היא הושמטה.`,
  "media-url-unsafe": (d) => `כתובת התמונה ${q(d.value)} נדחתה: מוצגות רק כתובות http(s) וכתובות של האתר עצמו; התמונה הושמטה והקרדיט שלה נשמר כמקור.`,
  "media-missing-url": () => "למדיה זו אין `url`, ולכן אין תמונה להציג; הקרדיט שלה נשמר כמקור.",
  "media-missing-alt": () => "לתמונה זו אין טקסט `alt`, ולכן מי שאינו רואה אותה לא יודע מה היא מראה: היא מוצגת כדקורטיבית.",
  "draft-unresolved-date": (d) => `תאריך במשפט ${q(d.value)} נספר מהיום שבו נכתבה הכתבה, שאינו ידוע, ולכן לא נוצר ממנו אירוע. הזינו את תאריך הפרסום.`,
  "draft-unanchored-date": (d) => `${d.detail ? `התאריך ${q(d.detail)}` : `תאריך`} במשפט ${q(d.value)} נספר מיום שהטקסט אינו מזכיר לפניו, ולכן לא נוצר ממנו אירוע. תארכו אותו בעצמכם.`,
  "draft-undated-span": (d) => `המשפט ${q(d.value)} אומר כמה זמן משהו נמשך, לא מתי: כתבו את התאריכים האמיתיים.`,
  "draft-date-from-context": (d) => `${d.detail ? `התאריך ${q(d.detail)}` : `תאריך`} במשפט ${q(d.value)} הוסק מהטקסט שלפניו: בדקו אותו.`,
  "draft-language": (d) => `לא ניתן לקרוא תאריכים בשפה ${q(d.value)}, ולכן הטקסט נקרא כאנגלית.`,
});
