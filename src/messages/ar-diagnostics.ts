/**
 * Arabic: the sentence of every diagnostic, as an embed shows it to the reader. A diagnostic's own
 * `message` stays English for developers; these read only its `value`, `field`, `readAs`, `readings`, `reason` and `detail`.
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
  "two-digit-year": "قد تنتمي السنة المكتوبة برقمين إلى أي قرن: اكتب السنة كاملة.",
  "day-without-year": "يوم وشهر بلا سنة، أو سنة من قرن ما: اكتب التاريخ بسنته كاملة.",
  "time-needs-day": "يحتاج الوقت إلى أن يسبقه التاريخ كاملًا، مع اليوم.",
  "zone-abbreviation": "قد يدل اختصار المنطقة الزمنية على أكثر من فارق توقيت: اكتب الفارق نفسه، مثل \u2066+00:00\u2069 أو \u2066-08:00\u2069.",
  "not-a-time": "الوقت المكتوب ليس وقتًا من اليوم.",
  "no-month": "الشهر المكتوب ليس شهرًا (من 1 إلى 12).",
  "no-day": "ليس في الشهر هذا اليوم.",
  "weekday": "يوم الأسبوع المكتوب معه ليس يوم هذا التاريخ.",
  "no-year-0": "لا توجد سنة 0 في العد قبل الميلاد وبعده: تلي سنةَ 1 ق.م سنةُ 1 م.",
  "short-years": "قد تنتمي السنة المكتوبة برقم أو رقمين إلى أي قرن: اكتب السنوات كاملة.",
  "needs-known-end": "تحتاج الفترة إلى طرف معروف واحد على الأقل.",
  "present-ends": "الحاضر يُنهي الفترة ولا يبدؤها: اكتب متى بدأت في البداية، والحاضر في النهاية.",
  "backward-range": "فيه نطاق ينتهي قبل أن يبدأ.",
  "qualified-span": "لا يستطيع citeline بعدُ أن يَسِم فترةً أو عقدًا أو قرنًا أو ساعةً بأنها تقريبية أو غير مؤكدة.",
  "no-known-year": "سنته مجهولة كلها، فلا مكان له على خط زمني.",
  "bce-unknown-digits": "لا يمكن بعدُ لسنة قبل الميلاد مجهولة الأرقام أن يكون لها شهر أو يوم.",
  "open-set-member": "أحد عناصر مجموعته مفتوح من أحد طرفيه (..).",
  "set-too-large": "لا تضم المجموعة أكثر من 100 تاريخ.",
  "two-calendars": "يذكر الوقت نفسه بتقويمين، لا نطاقًا: اكتب واحدًا منهما فقط.",
  "not-in-era": "لا يشمل ذلك العهد هذا التاريخ.",
  "empty-set-member": "في مجموعته عنصر فارغ.",
  "set-member-form": "عناصر المجموعة تواريخ أو نطاقات تُكتب a..b.",
  "part-needs-span": "البداية والمنتصف والنهاية تُقال عن شهر أو سنة أو عقد أو قرن.",
  "object-needs-edtf": "يحتاج كائن التاريخ إلى نصه بصيغة EDTF في `edtf`.",
};

// The sheet's order of day and month, which `dateFormat` gives (`Diagnostic.option`).
const ORDER = `أو اذكر ترتيب الجدول بـ${ltr("date-format")} (${ltr("dateFormat")}): ${ltr("DMY")} (اليوم أولًا) أو ${ltr("MDY")} (الشهر أولًا).`;
// The option that reads a two-digit year, said where the diagnostic names it (`Diagnostic.option`).
const CENTURY = (n: Numbers) => `إن وقعت التواريخ كلها في مئة سنة، فاذكر أولاها بـ${ltr("two-digit-years-from")} (${ltr("twoDigitYearsFrom")})، مثل ${n.plain(1930)}.`;

/** Arabic sentences, by diagnostic code. */
export const arabicDiagnostics = (n: Numbers): Messages["diagnostics"] => ({
  "json-syntax": () => "تعذّرت قراءة JSON.",
  "text-encoding": (d) => (d.value ? `الملف ليس نصًا بترميز UTF-8، لذا قُرئ بترميز ${d.value}، كما يحفظ Excel على Windows ملف ${q("CSV")} العادي. إن بدا حرف خاطئًا، فاحفظ الجدول بصيغة ${q("CSV UTF-8")} بدلًا من ذلك.` : `ضاعت أحرف من هذا النص قبل أن يقرأه citeline (تظهر هكذا ${q("�")}): قُرئ بترميز UTF-8، لكنه ${d.detail === "utf-16" ? `بترميز UTF-16 (${q("نص Unicode")} في Excel)` : "ليس كذلك"}. حمّل الملف نفسه، أو احفظه بصيغة ${q("CSV UTF-8")}.`),
  "format-unknown": (d) => `تنسيق البيانات ${q(d.value)} غير معروف. استخدم json أو csv أو timelinejs أو auto.`,
  "input-not-object": () => "يجب أن تكون البيانات كائن خط زمني فيه مصفوفة events.",
  "events-not-array": () => "يجب أن تكون `events` مصفوفة من الأحداث.",
  "list-not-array": (d) => `يجب أن يكون \`${d.field}\` مصفوفة؛ وقد تم تجاهله.`,
  "csv-empty": () => "لا بيانات في الجدول: لا شيء تحت صف العناوين في الأعمدة التي يقرؤها citeline.",
  "csv-separator": () => "خلايا الجدول غير مفصولة بفواصل؛ وقد قُرئ بفاصله الخاص.",
  "csv-missing-column": (d) => `ينقص الجدولَ عمودٌ لازم.${d.value === undefined ? "" : ` صف العناوين فيه: ${own(d.value)}.`}`,
  "csv-title-from-text": (d) => `لا يحتوي الجدول على عمود للعنوان، فصيغ كل عنوان من الكلمات الأولى في العمود ${q(d.value)}.`,
  "csv-html-text": (d) => `العمود ${q(d.value)} فيه HTML كما تُكتب نصوص صفحات الويب، فقُرئت خلاياه كما تعرضها الصفحة: بقيت الكلمات وتُركت الوسوم، وصار كل رابط فيها مصدرًا لصفه.`,
  "csv-unknown-column": (d) => `العمود ${q(d.value)} ليس مما يقرؤه citeline؛ وقد تم تجاهله.`,
  "csv-unknown-columns": () => "بعض الأعمدة ليست مما يقرؤه citeline، وقد تم تجاهلها.",
  "csv-row-type": (d) => `نوع الصف ${q(d.value)} غير معروف؛ وقد قُرئ الصف حدثًا.`,
  "html-not-loaded": (d) => `${q(d.value)} فيه HTML يُقرأ بملف يُحمَّل عند الحاجة ولم يُحمَّل بعد، فتُركت وسائط هذا الصف: استدعِ أولًا \`await Citeline.preload("html")\`.`,
  "html-text-not-loaded": (d) => `${q(d.value)} فيه HTML يُقرأ بملف يُحمَّل عند الحاجة ولم يُحمَّل بعد، فتُركت هذه الخلية: استدعِ أولًا \`await Citeline.preload("html")\`.`,
  "timelinejs-missing-events": () => "لا توجد مصفوفة `events` في ملف TimelineJS هذا.",
  "timelinejs-not-loaded": () => "تُقرأ بيانات TimelineJS هذه بملف يُحمَّل عند الحاجة ولم يُحمَّل بعد: استدعِ أولًا `await Citeline.preload(\"timelinejs\")`.",
  "not-an-object": () => "هذا العنصر ليس كائنًا، لذا استُبعد.",
  "forbidden-key": (d) => `المفتاح ${q(d.value)} غير مسموح به في البيانات، وقد تم تجاهله.`,
  "unknown-field": (d) => `تم تجاهل الحقل المجهول ${q(d.value)}.${d.detail ? ` هل تقصد ${q(d.detail)}؟` : ""}`,
  "wrong-type": (d) => `نوع \`${d.field}\` غير صحيح.`,
  "wrong-type-ignored": (d) => `نوع \`${d.field}\` غير صحيح؛ وقد تم تجاهله.`,
  "string-too-long": (d) => `\`${d.field}\` طويل جدًا؛ اختصره.`,
  "missing-title": (d) => (d.value === undefined ? "العنوان مفقود: يحتاج كل حدث وكل حقبة إلى عنوان." : "لا يحوي العنوان أي حرف ظاهر، لذا يُعدّ مفقودًا."),
  "title-from-text": (d) => `العنوان الرئيسي فارغ، لذا أُخذ العنوان ${q(d.value)} من نص الشريحة.`,
  "missing-start": () => "تاريخ البداية مفقود: يحتاج كل حدث إلى تاريخ بداية.",
  "importance-range": () => `يجب أن تكون \`importance\` رقمًا من ${n.plain(0)} إلى ${n.plain(100)}؛ وقد قُصرت على هذا المدى.`,
  "date-invalid": (d) => `${q(d.value)} ليس تاريخًا يستطيع citeline قراءته.${d.reason ? ` ${WHY[d.reason]}${d.option === "twoDigitYearsFrom" ? ` ${CENTURY(n)}` : ""}` : ""}${d.readings?.length ? ` قد يكون ${n.list(d.readings.map(ltr), "or")} (EDTF): اكتبه هكذا إن كان هو التاريخ المقصود.` : ""} اكتب التواريخ بصيغة EDTF، مثل 2008-06-08 أو 2008-06 أو 1980 أو 2008-22 (صيف) أو 2008-06~ (تقريبي).`,
  "date-ambiguous": (d) => `${q(d.value)} ملتبس${d.readings && d.readings.length > 1 ? `: قد يُقرأ ${n.list(d.readings.map(ltr), "or")} (EDTF). اكتب التاريخ الذي تقصده بهذه الصيغة.` : ". اكتبه بصيغة YYYY-MM-DD."}${d.option === "dateFormat" ? ` ${ORDER}` : ""}`,
  "date-reinterpreted": (d) => (d.readAs && otherReadings(d).length ? `قُرئ ${q(d.value)} على أنه ${q(ltr(d.readAs))} (EDTF)؛ وقد يُقرأ أيضًا ${n.list(otherReadings(d).map(ltr), "or")}. اكتب التاريخ الذي تقصده بهذه الصيغة.` : d.readAs ? `قُرئ ${q(d.value)} على أنه ${q(ltr(d.readAs))} (EDTF). إن لم يكن هذا التاريخ المقصود، فاكتبه بصيغة EDTF (مثل YYYY-MM-DD).` : `قُرئ ${q(d.value)} بصيغة أخرى. اكتبه بصيغة EDTF (مثل YYYY-MM-DD) لتكون متأكدًا.`),
  "date-out-of-range": (d) => `${q(d.value)} خارج المدى الذي يستطيع citeline رسمه (نحو ${n.count(270000)} سنة قبل ${n.plain(1970)} وبعده).`,
  "date-object-mismatch": (d) => (d.readAs ? `حدود كائن التاريخ هذا لا تطابق نص EDTF الخاص به ${q(ltr(d.readAs))}؛ قُرئ النص وتم تجاهل الحدود.` : "حدود كائن التاريخ هذا لا تطابق نص EDTF الخاص به؛ قُرئ النص وتم تجاهل الحدود."),
  "date-unsupported": (d) => `${q(d.value)} يستخدم صيغة لا يرسمها citeline بعد.${d.reason ? ` ${WHY[d.reason]}` : ""}`,
  "edtf-not-loaded": (d) => `${q(d.value)} تاريخ بصيغة EDTF يُقرأ بملف يُحمَّل عند الحاجة ولم يُحمَّل بعد: استدعِ أولًا \`await Citeline.preload("edtf")\`.`,
  "words-not-loaded": (d) => `${q(d.value)} قد يكون تاريخًا مكتوبًا بالكلمات أو بصيغة غير EDTF، يُقرأ بملف يُحمَّل عند الحاجة ولم يُحمَّل بعد: استدعِ أولًا \`await Citeline.preload("words")\`.`,
  "end-before-start": (d) => `النهاية (${own(d.value)}) قبل البداية${d.detail ? ` (${own(d.detail)})` : ""}.`,
  "interval-and-end": () => "البداية فترة لها نهايتها، وأُعطيت نهاية أيضًا: أبقِ على واحدة.",
  "duplicate-id": (d) => `المعرّف ${q(d.value)} مستخدم من قبل؛ يجب أن تكون المعرّفات فريدة.`,
  "unknown-group": (d) => `المجموعة ${q(d.value)} ليست من مجموعات الخط الزمني؛ وقد أُضيفت مسارًا جديدًا.`,
  "unknown-source": (d) => `المصدر ${q(d.value)} ليس من مصادر الخط الزمني؛ وقد استُبعد الاستشهاد.`,
  "unknown-story-event": (d) => `المعرّف ${q(d.value)} في \`story\` لا يطابق أي حدث في الخط الزمني؛ وقد تُخطّي.`,
  "duplicate-story-event": (d) => `الحدث ${q(d.value)} موجود في القصة من قبل؛ وقد تُخطّي هذا التكرار.`,
  "unknown-via": (d) => `يشير \`via\` إلى ${q(d.value)}، وهو ليس من مصادر الخط الزمني؛ وقد تم تجاهله.`,
  "unknown-disputes": (d) => `يشير \`disputes\` إلى ${q(d.value)}، وهو ليس مصدرًا آخر من مصادر الخط الزمني؛ وقد تم تجاهله.`,
  "account-differs": (d) => `يقدّم هذا الصف رواية أخرى للحدث ${q(d.value)} (المعرّف نفسه)؛ تختلف حقوله ${d.detail ?? d.field ?? ""} عن الصف الأول وقد تم تجاهلها. أعطِ الصف معرّفًا خاصًا إن كان حدثًا آخر.`,
  "start-and-accounts": () => "يذكر هذا الحدث تاريخه الخاص وروايات؛ وقد قُرئ تاريخه بوصفه الرواية الأولى، مع مصادر الحدث نفسه.",
  "via-too-deep": () => "سلسلة `via` طويلة جدًا، لذا قُطعت.",
  "citation-differs": (d) => `يُستشهد بالمصدر ${q(d.value)} هنا بتفاصيل${d.detail ? ` (${own(d.detail)})` : ""} غير التي عُرّف بها؛ أُبقي على تلك. أعطِ هذا الاستشهاد معرّفًا خاصًا للإبقاء على الاثنين.`,
  "via-cycle": (d) => `تشكّل \`via\` حلقة${d.detail ? ` (${own(d.detail)})` : ""}؛ وقد حُذف الرابط الراجع.`,
  "source-missing-publisher": () => "يحتاج المصدر إلى ناشر (من يقول ذلك)؛ هذا المصدر بلا ناشر، لذا استُبعد.",
  "citation-missing-publisher": () => "لا يذكر هذا الاستشهاد ناشرًا (من يقول ذلك)، لذا استُبعد.",
  "missing-id": () => "تحتاج المجموعة إلى معرّف تستطيع الأحداث الإشارة إليه.",
  "unsourced": () => "لا يستشهد هذا الحدث بأي مصدر. ينبغي لكل ادعاء أن يذكر من ينقله.",
  "url-unsafe": (d) => `الرابط ${q(d.value)} ليس عنوان http(s) أو mailto؛ وقد استُبعد.`,
  "url-invalid": (d) => `${q(d.value)} ليس عنوانًا صالحًا؛ وقد استُبعد.`,
  "media-url-unsafe": (d) => `عنوان الصورة ${q(d.value)} مرفوض: لا تُعرض إلا عناوين http(s) أو عناوين الموقع نفسه؛ استُبعدت الصورة وبقي مصدرها.`,
  "media-missing-url": () => "لا عنوان `url` لهذه الوسائط، فلا صورة تُعرض؛ بقي مصدرها.",
  "media-missing-alt": () => "لا نص بديلًا `alt` لهذه الصورة، فلا يعرف من لا يراها ما تُظهره: عُرضت صورةً زخرفية.",
  "draft-unresolved-date": (d) => `تاريخ في الجملة ${q(d.value)} يُحسب من يوم كتابة المقال، وهو غير معروف، فلم يُنشأ منه أي حدث. أدخل تاريخ النشر.`,
  "draft-unanchored-date": (d) => `${d.detail ? `التاريخ ${q(d.detail)}` : `تاريخ`} في الجملة ${q(d.value)} يُحسب من يوم لا يذكره النص قبله، فلم يُنشأ منه أي حدث. حدّد تاريخه بنفسك.`,
  "draft-undated-span": (d) => `الجملة ${q(d.value)} تذكر كم دام أمر ما، لا متى: اكتب تواريخه الفعلية.`,
  "draft-date-from-context": (d) => `${d.detail ? `التاريخ ${q(d.detail)}` : `تاريخ`} في الجملة ${q(d.value)} استُنتج من النص الذي قبلها: تحقّق منه.`,
  "draft-language": (d) => `لا يمكن قراءة التواريخ باللغة ${q(d.value)}، فقُرئ النص على أنه إنجليزي.`,
});
