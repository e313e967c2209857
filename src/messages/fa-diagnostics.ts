/**
 * Persian: the sentence of every diagnostic, as an embed shows it to the reader. A diagnostic's
 * own `message` stays English for developers; these read only its `value`, `field`, `readAs`, `readings`, `reason` and `detail`.
 *
 * @module
 */
import type { DateReason } from "./diagnostics.js";
import type { Messages } from "./index.js";
import type { Numbers } from "./numbers.js";
import { isolated as own, ltr, otherReadings } from "./isolate.js";

// The user's words isolated (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE), in their own
// direction: beside Arabic letters, "2008-06-07" as written was drawn 07-06-2008. A value's own
// isolates never end ours (`./isolate.ts`).
const q = (value: string | undefined) => `«${own(value)}»`;

// Why a date was refused (`Diagnostic.reason`), said after the sentence that it was.
const WHY: Readonly<Record<DateReason, string>> = {
  "two-digit-year": "سال دورقمی می‌تواند از هر قرنی باشد: سال را کامل بنویسید.",
  "day-without-year": "روز و ماهی بدون سال، یا سالی از قرنی نامعلوم: تاریخ را با سال کامل بنویسید.",
  "time-needs-day": "پیش از ساعت، تاریخ کامل با روز لازم است.",
  "zone-abbreviation": "اختصار منطقهٔ زمانی ممکن است بر بیش از یک اختلاف ساعت دلالت کند: خود اختلاف را بنویسید، مانند \u2066+00:00\u2069 یا \u2066-08:00\u2069.",
  "not-a-time": "ساعتِ نوشته‌شده ساعتی از روز نیست.",
  "no-month": "ماهِ نوشته‌شده ماهی نیست (۱ تا ۱۲).",
  "no-day": "ماهِ آن چنین روزی ندارد.",
  "weekday": "روز هفته‌ای که با آن نوشته شده، روزِ این تاریخ نیست.",
  "no-year-0": "در شمارش پیش از میلاد و میلادی سال ۰ وجود ندارد: پس از سال ۱ پیش از میلاد، سال ۱ میلادی می‌آید.",
  "short-years": "سال یک‌رقمی یا دورقمی می‌تواند از هر قرنی باشد: سال‌ها را کامل بنویسید.",
  "needs-known-end": "بازه دست‌کم به یک سرِ معلوم نیاز دارد.",
  "present-ends": "اکنون می‌تواند پایان یک بازه باشد، نه آغاز آن: زمان آغاز را در شروع و اکنون را در پایان بنویسید.",
  "backward-range": "بازه‌ای در آن پیش از آغاز به پایان می‌رسد.",
  "qualified-span": "citeline هنوز نمی‌تواند بازه، دهه، سده یا ساعتی را تقریبی یا نامطمئن نشان دهد.",
  "no-known-year": "سالِ آن یکسره نامعلوم است، پس جایی روی خط زمان ندارد.",
  "bce-unknown-digits": "سالی پیش از میلاد با رقم‌های نامعلوم هنوز نمی‌تواند ماه یا روز داشته باشد.",
  "open-set-member": "یکی از اعضای مجموعه‌اش از یک سر باز است (..).",
  "set-too-large": "یک مجموعه حداکثر ۱۰۰ تاریخ دارد.",
  "two-calendars": "یک زمان را در دو تقویم نام می‌برد، نه یک بازه: فقط یکی را بنویسید.",
  "not-in-era": "آن دوره این تاریخ را در بر نمی‌گیرد.",
  "empty-set-member": "مجموعه‌اش عضوی خالی دارد.",
  "set-member-form": "اعضای یک مجموعه تاریخ‌ها یا بازه‌هایی به شکل a..b هستند.",
  "part-needs-span": "آغاز، میانه و پایان دربارهٔ ماه، سال، دهه یا سده گفته می‌شود.",
  "object-needs-edtf": "شیء تاریخ به متن EDTF خود در `edtf` نیاز دارد.",
};

// The sheet's order of day and month, which `dateFormat` gives (`Diagnostic.option`).
const ORDER = `یا ترتیب جدول را با ${ltr("date-format")} (${ltr("dateFormat")}) بدهید: ${ltr("DMY")} (اول روز) یا ${ltr("MDY")} (اول ماه).`;
// The option that reads a two-digit year, said where the diagnostic names it (`Diagnostic.option`).
const CENTURY = (n: Numbers) => `اگر همه تاریخ‌ها در صد سال می‌گنجند، نخستین سال آن را با ${ltr("two-digit-years-from")} (${ltr("twoDigitYearsFrom")}) بدهید، مثلاً ${n.plain(1930)}.`;

/** Persian sentences, by diagnostic code. */
export const persianDiagnostics = (n: Numbers): Messages["diagnostics"] => ({
  "json-syntax": () => "JSON خوانده نشد.",
  "text-encoding": (d) => (d.value ? `پرونده متن UTF-8 نیست، پس با رمزگذاری ${d.value} خوانده شد، همان‌گونه که Excel در Windows یک ${q("CSV")} ساده را ذخیره می‌کند. اگر حرفی نادرست به نظر می‌رسد، صفحه‌گسترده را به‌جای آن با قالب ${q("CSV UTF-8")} ذخیره کنید.` : `نویسه‌هایی از این متن پیش از آنکه citeline آن را بخواند از دست رفت (به شکل ${q("�")}): با UTF-8 خوانده شد، اما ${d.detail === "utf-16" ? `UTF-16 است (${q("Unicode Text")} در Excel)` : "UTF-8 نیست"}. خود پرونده را بارگذاری کنید، یا آن را با قالب ${q("CSV UTF-8")} ذخیره کنید.`),
  "format-unknown": (d) => `قالب دادهٔ ${q(d.value)} ناشناخته است. از json، csv، timelinejs یا auto استفاده کنید.`,
  "input-not-object": () => "داده باید شیء خط زمانی با آرایهٔ events باشد.",
  "events-not-array": () => "`events` باید آرایه‌ای از رویدادها باشد.",
  "list-not-array": (d) => `\`${d.field}\` باید آرایه باشد؛ نادیده گرفته شد.`,
  "csv-empty": () => "صفحه‌گسترده داده‌ای ندارد: زیر سطر سرستون، در ستون‌هایی که citeline می‌خواند، چیزی نیست.",
  "csv-separator": () => "خانه‌های صفحه‌گسترده با ویرگول از هم جدا نشده‌اند؛ با جداکنندهٔ خودش خوانده شد.",
  "csv-missing-column": (d) => `یکی از ستون‌های لازم در صفحه‌گسترده نیست.${d.value === undefined ? "" : ` سطر سرستون این نام‌ها را دارد: ${own(d.value)}.`}`,
  "csv-title-from-text": (d) => `صفحه‌گسترده ستون عنوان ندارد، پس هر عنوان از نخستین واژه‌های ستون ${q(d.value)} ساخته شد.`,
  "csv-html-text": (d) => `ستون ${q(d.value)} دارای HTML است، چنان‌که صفحهٔ وب متن را می‌نویسد؛ پس خانه‌هایش چنان خوانده شد که صفحه نشان می‌دهد: واژه‌ها ماند، نشانه‌گذاری کنار رفت و هر پیوند منبعِ سطر خود شد.`,
  "csv-unknown-column": (d) => `ستون ${q(d.value)} از ستون‌هایی نیست که citeline می‌خواند؛ نادیده گرفته شد.`,
  "csv-unknown-columns": () => "برخی ستون‌ها از ستون‌هایی نیستند که citeline می‌خواند و نادیده گرفته شدند.",
  "csv-row-type": (d) => `نوع سطر ${q(d.value)} ناشناخته است؛ سطر به‌عنوان رویداد خوانده شد.`,
  "html-not-loaded": (d) => `${q(d.value)} دارای HTML است که با پرونده‌ای خوانده می‌شود که در صورت نیاز بارگذاری می‌شود و هنوز بارگذاری نشده است؛ رسانهٔ این سطر کنار گذاشته شد: نخست \`await Citeline.preload("html")\` را فراخوانی کنید.`,
  "html-text-not-loaded": (d) => `${q(d.value)} دارای HTML است که با پرونده‌ای خوانده می‌شود که در صورت نیاز بارگذاری می‌شود و هنوز بارگذاری نشده است؛ این خانه کنار گذاشته شد: نخست \`await Citeline.preload("html")\` را فراخوانی کنید.`,
  "timelinejs-missing-events": () => "این پروندهٔ TimelineJS آرایهٔ `events` ندارد.",
  "timelinejs-not-loaded": () => "این دادهٔ TimelineJS با پرونده‌ای خوانده می‌شود که در صورت نیاز بارگذاری می‌شود و هنوز بارگذاری نشده است: نخست `await Citeline.preload(\"timelinejs\")` را فراخوانی کنید.",
  "not-an-object": () => "این مورد شیء نیست، پس کنار گذاشته شد.",
  "forbidden-key": (d) => `کلید ${q(d.value)} در داده مجاز نیست و نادیده گرفته شد.`,
  "unknown-field": (d) => `فیلد ناشناختهٔ ${q(d.value)} نادیده گرفته شد.${d.detail ? ` منظورتان ${q(d.detail)} بود؟` : ""}`,
  "wrong-type": (d) => `نوع \`${d.field}\` نادرست است.`,
  "wrong-type-ignored": (d) => `نوع \`${d.field}\` نادرست است؛ نادیده گرفته شد.`,
  "string-too-long": (d) => `\`${d.field}\` بیش از حد بلند است؛ کوتاهش کنید.`,
  "missing-title": (d) => (d.value === undefined ? "عنوان نیست: هر رویداد و هر دوره عنوانی لازم دارد." : "عنوان هیچ نویسهٔ دیدنی ندارد، پس نبودِ عنوان به شمار می‌آید."),
  "title-from-text": (d) => `تیتر خالی است، پس عنوان ${q(d.value)} از متن اسلاید ساخته شد.`,
  "missing-start": () => "تاریخ آغاز نیست: هر رویداد تاریخ آغازی لازم دارد.",
  "importance-range": () => `\`importance\` باید عددی از ${n.plain(0)} تا ${n.plain(100)} باشد؛ به این بازه محدود شد.`,
  "date-invalid": (d) => `${q(d.value)} تاریخی نیست که citeline بتواند بخواند.${d.reason ? ` ${WHY[d.reason]}${d.option === "twoDigitYearsFrom" ? ` ${CENTURY(n)}` : ""}` : ""}${d.readings?.length ? ` شاید ${n.list(d.readings.map(ltr), "or")} (EDTF) باشد: اگر منظورتان همین تاریخ است، آن را همین‌طور بنویسید.` : ""} تاریخ‌ها را به قالب EDTF بنویسید، مانند 2008-06-08، 2008-06، 1980، 2008-22 (تابستان)، 2008-06~ (تقریبی).`,
  "date-ambiguous": (d) => `${q(d.value)} مبهم است${d.readings && d.readings.length > 1 ? `: می‌تواند ${n.list(d.readings.map(ltr), "or")} (EDTF) باشد. تاریخی را که منظورتان است به همین شکل بنویسید.` : ". آن را به شکل YYYY-MM-DD بنویسید."}${d.option === "dateFormat" ? ` ${ORDER}` : ""}`,
  "date-reinterpreted": (d) => (d.readAs && otherReadings(d).length ? `${q(d.value)} به صورت ${q(ltr(d.readAs))} (EDTF) خوانده شد؛ می‌تواند ${n.list(otherReadings(d).map(ltr), "or")} هم باشد. تاریخی را که منظورتان است به همین شکل بنویسید.` : d.readAs ? `${q(d.value)} به صورت ${q(ltr(d.readAs))} (EDTF) خوانده شد. اگر منظورتان این تاریخ نیست، آن را به قالب EDTF (مانند YYYY-MM-DD) بنویسید.` : `${q(d.value)} به شکل دیگری خوانده شد. برای اطمینان آن را به قالب EDTF (مانند YYYY-MM-DD) بنویسید.`),
  "date-out-of-range": (d) => `${q(d.value)} بیرون از بازه‌ای است که citeline می‌تواند رسم کند (حدود ${n.count(270000)} سال پیش و پس از ${n.plain(1970)}).`,
  "date-object-mismatch": (d) => (d.readAs ? `مرزهای این شیء تاریخ با متن EDTF آن، ${q(ltr(d.readAs))}، نمی‌خواند؛ متن خوانده شد و مرزها نادیده گرفته شدند.` : "مرزهای این شیء تاریخ با متن EDTF آن نمی‌خواند؛ متن خوانده شد و مرزها نادیده گرفته شدند."),
  "date-unsupported": (d) => `${q(d.value)} شکلی دارد که citeline هنوز رسم نمی‌کند.${d.reason ? ` ${WHY[d.reason]}` : ""}`,
  "edtf-not-loaded": (d) => `${q(d.value)} تاریخی به قالب EDTF است که با پرونده‌ای خوانده می‌شود که در صورت نیاز بارگذاری می‌شود و هنوز بارگذاری نشده است: نخست \`await Citeline.preload("edtf")\` را فراخوانی کنید.`,
  "words-not-loaded": (d) => `${q(d.value)} شاید تاریخی نوشته با واژه‌ها یا به شکلی جز EDTF باشد که با پرونده‌ای خوانده می‌شود که در صورت نیاز بارگذاری می‌شود و هنوز بارگذاری نشده است: نخست \`await Citeline.preload("words")\` را فراخوانی کنید.`,
  "end-before-start": (d) => `پایان (${own(d.value)}) پیش از آغاز${d.detail ? ` (${own(d.detail)})` : ""} است.`,
  "interval-and-end": () => "آغاز خودش بازه‌ای با پایان خودش است و پایانی هم جداگانه داده شده است: یکی را نگه دارید.",
  "duplicate-id": (d) => `شناسهٔ ${q(d.value)} پیش‌تر به کار رفته است؛ شناسه‌ها باید یکتا باشند.`,
  "unknown-group": (d) => `گروه ${q(d.value)} در میان گروه‌های خط زمانی نیست؛ به‌عنوان ردیفی تازه افزوده شد.`,
  "unknown-source": (d) => `منبع ${q(d.value)} در میان منابع خط زمانی نیست؛ ارجاع کنار گذاشته شد.`,
  "unknown-story-event": (d) => `شناسهٔ ${q(d.value)} در \`story\` به هیچ رویدادی از خط زمانی اشاره نمی‌کند؛ نادیده گرفته شد.`,
  "duplicate-story-event": (d) => `رویداد ${q(d.value)} پیش‌تر در روایت آمده است؛ این تکرار نادیده گرفته شد.`,
  "unknown-via": (d) => `\`via\` به ${q(d.value)} اشاره می‌کند که در میان منابع خط زمانی نیست؛ نادیده گرفته شد.`,
  "unknown-disputes": (d) => `\`disputes\` به ${q(d.value)} اشاره می‌کند که منبع دیگری از خط زمانی نیست؛ نادیده گرفته شد.`,
  "account-differs": (d) => `این ردیف روایت دیگری از رویداد ${q(d.value)} (با همان شناسه) می‌دهد؛ فیلدهای ${d.detail ?? d.field ?? ""} آن با ردیف نخست فرق دارد و نادیده گرفته شد. اگر رویداد دیگری است، به ردیف شناسهٔ خودش را بدهید.`,
  "start-and-accounts": () => "این رویداد هم تاریخ خودش و هم روایت‌هایی دارد؛ تاریخش به‌عنوان نخستین روایت، با منابع خود رویداد، خوانده شد.",
  "via-too-deep": () => "زنجیرهٔ `via` بیش از حد بلند است، پس بریده شد.",
  "citation-differs": (d) => `منبع ${q(d.value)} در اینجا با جزئیاتی${d.detail ? ` (${own(d.detail)})` : ""} جز آنچه در تعریفش آمده ارجاع داده شده است؛ همان تعریف نگه داشته شد. برای نگه داشتن هر دو، به این ارجاع شناسهٔ جداگانه بدهید.`,
  "via-cycle": (d) => `\`via\` حلقه‌ای می‌سازد${d.detail ? ` (${own(d.detail)})` : ""}؛ پیوند برگشتی حذف شد.`,
  "source-missing-publisher": () => "هر منبع ناشری لازم دارد (چه کسی این را می‌گوید)؛ این منبع ناشری ندارد و کنار گذاشته شد.",
  "citation-missing-publisher": () => "این ارجاع ناشری نام نمی‌برد (چه کسی این را می‌گوید)، پس کنار گذاشته شد.",
  "missing-id": () => "هر گروه شناسه‌ای لازم دارد که رویدادها بتوانند به آن اشاره کنند.",
  "unsourced": () => "این رویداد به هیچ منبعی استناد نمی‌کند. هر ادعا باید بگوید چه کسی آن را گزارش کرده است.",
  "url-unsafe": (d) => `پیوند ${q(d.value)} نشانی http(s) یا mailto نیست؛ کنار گذاشته شد.`,
  "url-invalid": (d) => `${q(d.value)} نشانی معتبری نیست؛ کنار گذاشته شد.`,
  "media-url-unsafe": (d) => `نشانی تصویر ${q(d.value)} پذیرفته نشد: فقط نشانی‌های http(s) و نشانی‌های همین وبگاه نمایش داده می‌شوند؛ تصویر کنار گذاشته شد و اعتبار آن به‌عنوان منبع ماند.`,
  "media-missing-url": () => "این رسانه `url` ندارد، پس تصویری برای نمایش نیست؛ اعتبار آن به‌عنوان منبع ماند.",
  "media-missing-alt": () => "این تصویر متن جایگزین `alt` ندارد، پس کسی که آن را نمی‌بیند از آن چیزی نمی‌فهمد: تزئینی نمایش داده شد.",
  "draft-unresolved-date": (d) => `تاریخی در جملهٔ ${q(d.value)} از روز نوشته شدن مقاله شمرده می‌شود که معلوم نیست، پس رویدادی از آن ساخته نشد. تاریخ انتشار را وارد کنید.`,
  "draft-unanchored-date": (d) => `${d.detail ? `تاریخ ${q(d.detail)}` : `تاریخی`} در جملهٔ ${q(d.value)} از روزی شمرده می‌شود که متن پیش از آن نامی از آن نبرده است، پس رویدادی از آن ساخته نشد. خودتان تاریخ آن را بنویسید.`,
  "draft-undated-span": (d) => `جملهٔ ${q(d.value)} می‌گوید چیزی چه مدت طول کشید، نه کی: تاریخ‌های واقعی آن را بنویسید.`,
  "draft-date-from-context": (d) => `${d.detail ? `تاریخ ${q(d.detail)}` : `تاریخی`} در جملهٔ ${q(d.value)} از متن پیش از آن برداشت شد: آن را بررسی کنید.`,
  "draft-language": (d) => `تاریخ‌ها به زبان ${q(d.value)} خوانده نمی‌شوند، پس متن به‌عنوان انگلیسی خوانده شد.`,
});
