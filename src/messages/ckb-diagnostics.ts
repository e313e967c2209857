/**
 * Kurdish (Sorani): the sentence of every diagnostic, as an embed shows it to the reader. A
 * diagnostic's own `message` stays English for developers; these read only its `value`, `field`, `readAs`, `readings`, `reason` and `detail`.
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
  "two-digit-year": "ساڵێکی دوو ژمارەیی دەکرێت هی هەر سەدەیەک بێت: ساڵەکە بە تەواوی بنووسە.",
  "day-without-year": "ڕۆژ و مانگێک بێ ساڵ، یان ساڵێکی سەدەیەکی نەزانراو: بەروارەکە بە ساڵی تەواوەوە بنووسە.",
  "time-needs-day": "پێش کات، بەرواری تەواو لەگەڵ ڕۆژەکە پێویستە.",
  "zone-abbreviation": "کورتکراوەی ناوچەی کاتی دەکرێت ئاماژە بە زیاتر لە جیاوازییەک بکات: خودی جیاوازییەکە بنووسە، وەک \u2066+00:00\u2069 یان \u2066-08:00\u2069.",
  "not-a-time": "کاتەکەی کاتێکی ڕۆژ نییە.",
  "no-month": "مانگەکەی مانگ نییە (١ تا ١٢).",
  "no-day": "مانگەکەی ئەو ڕۆژەی نییە.",
  "weekday": "ئەو ڕۆژەی هەفتە کە لەگەڵیدا نووسراوە ڕۆژی ئەم بەروارە نییە.",
  "no-year-0": "لە ژماردنی پێش زایین و زایینیدا ساڵی ٠ نییە: دوای ساڵی ١ی پێش زایین ساڵی ١ی زایینی دێت.",
  "short-years": "ساڵێکی یەک یان دوو ژمارەیی دەکرێت هی هەر سەدەیەک بێت: ساڵەکان بە تەواوی بنووسە.",
  "needs-known-end": "ماوەیەک پێویستی بە لانیکەم یەک سەری زانراو هەیە.",
  "present-ends": "ئێستا کۆتایی بە ماوەیەک دەهێنێت، نەک دەستی پێ بکات: کاتی دەستپێکردن لە سەرەتادا بنووسە، و ئێستا لە کۆتاییدا.",
  "backward-range": "ماوەیەکی تێدایە کە پێش دەستپێکردنی کۆتایی دێت.",
  "qualified-span": "citeline هێشتا ناتوانێت ماوەیەک، دەیەیەک، سەدەیەک یان کاتژمێرێک وەک نزیکەیی یان نادڵنیا نیشان بدات.",
  "no-known-year": "ساڵەکەی بە تەواوی نەزانراوە، بۆیە جێگەی لەسەر هێڵی کات نییە.",
  "bce-unknown-digits": "ساڵێکی پێش زایین بە ژمارەی نەزانراو هێشتا ناتوانێت مانگ یان ڕۆژی هەبێت.",
  "open-set-member": "یەکێک لە ئەندامانی کۆمەڵەکەی لە سەرێکەوە کراوەیە (..).",
  "set-too-large": "کۆمەڵەیەک لانیزۆر ١٠٠ ڕێکەوت لەخۆ دەگرێت.",
  "two-calendars": "هەمان کات بە دوو ساڵنامە ناو دەبات، نەک ماوەیەک: تەنها یەکێکیان بنووسە.",
  "not-in-era": "ئەو سەردەمە ئەم ڕێکەوتە لەخۆ ناگرێت.",
  "empty-set-member": "کۆمەڵەکەی ئەندامێکی بەتاڵی هەیە.",
  "set-member-form": "ئەندامانی کۆمەڵەیەک ڕێکەوت یان ماوەن کە بە شێوەی a..b دەنووسرێن.",
  "part-needs-span": "سەرەتا، ناوەڕاست و کۆتایی بۆ مانگ، ساڵ، دەیە یان سەدە دەگوترێن.",
  "object-needs-edtf": "ئۆبجێکتی ڕێکەوت پێویستی بە دەقی EDTFەکەی هەیە لە `edtf`دا.",
};

// The sheet's order of day and month, which `dateFormat` gives (`Diagnostic.option`).
const ORDER = `یان ڕیزبەندیی خشتەکە بە ${ltr("date-format")} (${ltr("dateFormat")}) بدە: ${ltr("DMY")} (سەرەتا ڕۆژ) یان ${ltr("MDY")} (سەرەتا مانگ).`;
// The option that reads a two-digit year, said where the diagnostic names it (`Diagnostic.option`).
const CENTURY = (n: Numbers) => `ئەگەر هەموو بەروارەکان لە سەد ساڵدا بن، یەکەمین ساڵیان بە ${ltr("two-digit-years-from")} (${ltr("twoDigitYearsFrom")}) بدە، بۆ نموونە ${n.plain(1930)}.`;

/** Sorani sentences, by diagnostic code. */
export const soraniDiagnostics = (n: Numbers): Messages["diagnostics"] => ({
  "json-syntax": () => "نەتوانرا JSON بخوێندرێتەوە.",
  "text-encoding": (d) => (d.value ? `پەڕگەکە دەقی UTF-8 نییە، بۆیە وەک ${d.value} خوێندرایەوە، وەک ئەوەی Excel لە Windows دا ${q("CSV")}ی سادە پاشەکەوت دەکات. ئەگەر پیتێک هەڵە دیار بوو، خشتەکە لە جیاتی ئەوە وەک ${q("CSV UTF-8")} پاشەکەوت بکە.` : `هەندێک پیتی ئەم دەقە پێش ئەوەی citeline بیخوێنێتەوە ون بوون (وەک ${q("�")} دەردەکەون): وەک UTF-8 خوێندرایەوە، بەڵام ${d.detail === "utf-16" ? `UTF-16 ـە (${q("Unicode Text")}ی Excel)` : "UTF-8 نییە"}. خودی پەڕگەکە باربکە، یان وەک ${q("CSV UTF-8")} پاشەکەوتی بکە.`),
  "format-unknown": (d) => `شێوازی داتای ${q(d.value)} نەناسراوە. json، csv، timelinejs یان auto بەکاربهێنە.`,
  "input-not-object": () => "داتاکان دەبێت ئۆبجێکتێکی هێڵی کات بن کە ڕیزی events ی تێدا بێت.",
  "events-not-array": () => "`events` دەبێت ڕیزێک لە ڕووداوەکان بێت.",
  "list-not-array": (d) => `\`${d.field}\` دەبێت ڕیز بێت؛ پشتگوێ خرا.`,
  "csv-empty": () => "خشتەکە هیچ داتایەکی تێدا نییە: لە ژێر دێڕی سەردێڕەکەدا، لەو ستوونانەی citeline دەیانخوێنێتەوە، هیچ نییە.",
  "csv-separator": () => "خانەکانی خشتەکە بە کۆما جیا نەکراونەتەوە؛ بە جیاکەرەوەی خۆی خوێندرایەوە.",
  "csv-missing-column": (d) => `ستوونێکی پێویست لە خشتەکەدا نییە.${d.value === undefined ? "" : ` دێڕی سەردێڕەکەی ئەم ناوانەی تێدایە: ${own(d.value)}.`}`,
  "csv-title-from-text": (d) => `خشتەکە ستوونی ناونیشانی نییە، بۆیە هەر ناونیشانێک لە یەکەم وشەکانی ستوونی ${q(d.value)} دروست کرا.`,
  "csv-html-text": (d) => `ستوونی ${q(d.value)} HTML ی تێدایە، وەک پەڕەی وێب دەق دەنووسێت، بۆیە خانەکانی وەک پەڕەکە نیشانیان دەدات خوێندرانەوە: وشەکان مانەوە، نیشانەکانی HTML لابران، و هەر بەستەرێک بوو بە سەرچاوەی دێڕەکەی.`,
  "csv-unknown-column": (d) => `citeline ستوونی ${q(d.value)} ناخوێنێتەوە؛ پشتگوێ خرا.`,
  "csv-unknown-columns": () => "citeline هەندێک ستوون ناخوێنێتەوە؛ پشتگوێ خران.",
  "csv-row-type": (d) => `جۆری دێڕی ${q(d.value)} نەناسراوە؛ دێڕەکە وەک ڕووداو خوێندرایەوە.`,
  "html-not-loaded": (d) => `${q(d.value)} HTML ی تێدایە کە بە فایلێک دەخوێندرێتەوە کە لە کاتی پێویستدا بار دەکرێت و هێشتا بار نەکراوە، بۆیە میدیای ئەم دێڕە وازی لێ هێنرا: سەرەتا \`await Citeline.preload("html")\` بانگ بکە.`,
  "html-text-not-loaded": (d) => `${q(d.value)} HTML ی تێدایە کە بە فایلێک دەخوێندرێتەوە کە لە کاتی پێویستدا بار دەکرێت و هێشتا بار نەکراوە، بۆیە ئەم خانەیە وازی لێ هێنرا: سەرەتا \`await Citeline.preload("html")\` بانگ بکە.`,
  "timelinejs-missing-events": () => "ئەم فایلەی TimelineJS ڕیزی `events` ی تێدا نییە.",
  "timelinejs-not-loaded": () => "ئەم داتایەی TimelineJS بە فایلێک دەخوێندرێتەوە کە لە کاتی پێویستدا بار دەکرێت و هێشتا بار نەکراوە: سەرەتا `await Citeline.preload(\"timelinejs\")` بانگ بکە.",
  "not-an-object": () => "ئەم بڕگەیە ئۆبجێکت نییە، بۆیە لابرا.",
  "forbidden-key": (d) => `کلیلی ${q(d.value)} لە داتادا ڕێگەپێدراو نییە و پشتگوێ خرا.`,
  "unknown-field": (d) => `خانەی نەناسراوی ${q(d.value)} پشتگوێ خرا.${d.detail ? ` مەبەستت ${q(d.detail)} بوو؟` : ""}`,
  "wrong-type": (d) => `جۆری \`${d.field}\` هەڵەیە.`,
  "wrong-type-ignored": (d) => `جۆری \`${d.field}\` هەڵەیە؛ پشتگوێ خرا.`,
  "string-too-long": (d) => `\`${d.field}\` زۆر درێژە؛ کورتی بکەرەوە.`,
  "missing-title": (d) => (d.value === undefined ? "ناونیشان نییە: هەموو ڕووداو و سەردەمێک ناونیشانێکی پێویستە." : "ناونیشانەکە هیچ پیتێکی بینراوی تێدا نییە، بۆیە وەک نەبوو دادەنرێت."),
  "title-from-text": (d) => `سەردێڕەکە بەتاڵە، بۆیە ناونیشانی ${q(d.value)} لە دەقی سلایدەکە دروست کرا.`,
  "missing-start": () => "بەرواری سەرەتا نییە: هەموو ڕووداوێک بەرواری سەرەتای پێویستە.",
  "importance-range": () => `\`importance\` دەبێت ژمارەیەک بێت لە ${n.plain(0)} تا ${n.plain(100)}؛ خرایە ناو ئەو مەودایە.`,
  "date-invalid": (d) => `${q(d.value)} بەروارێک نییە کە citeline بتوانێت بیخوێنێتەوە.${d.reason ? ` ${WHY[d.reason]}${d.option === "twoDigitYearsFrom" ? ` ${CENTURY(n)}` : ""}` : ""}${d.readings?.length ? ` لەوانەیە ${n.list(d.readings.map(ltr), "or")} (EDTF) بێت: ئەگەر ئەمە ئەو بەروارەیە کە مەبەستتە، بەم شێوەیە بینووسە.` : ""} بەروارەکان بە شێوازی EDTF بنووسە، وەک 2008-06-08، 2008-06، 1980، 2008-22 (هاوین)، 2008-06~ (نزیکەیی).`,
  "date-ambiguous": (d) => `${q(d.value)} ڕوون نییە${d.readings && d.readings.length > 1 ? `: دەکرێت ${n.list(d.readings.map(ltr), "or")} (EDTF) بێت. ئەو بەروارەی مەبەستتە بەم شێوەیە بینووسە.` : ". بە شێوازی YYYY-MM-DD بینووسە."}${d.option === "dateFormat" ? ` ${ORDER}` : ""}`,
  "date-reinterpreted": (d) => (d.readAs && otherReadings(d).length ? `${q(d.value)} وەک ${q(ltr(d.readAs))} (EDTF) خوێندرایەوە؛ دەکرێت ${n.list(otherReadings(d).map(ltr), "or")} یش بێت. ئەو بەروارەی مەبەستتە بەم شێوەیە بینووسە.` : d.readAs ? `${q(d.value)} وەک ${q(ltr(d.readAs))} (EDTF) خوێندرایەوە. ئەگەر ئەمە ئەو بەروارە نییە کە مەبەستتە، بە شێوازی EDTF (وەک YYYY-MM-DD) بینووسە.` : `${q(d.value)} بە شێوەیەکی تر خوێندرایەوە. بۆ دڵنیابوون بە شێوازی EDTF (وەک YYYY-MM-DD) بینووسە.`),
  "date-out-of-range": (d) => `${q(d.value)} لە دەرەوەی ئەو مەودایەیە کە citeline دەتوانێت بیکێشێت (نزیکەی ${n.count(270000)} ساڵ پێش و دوای ${n.plain(1970)}).`,
  "date-object-mismatch": (d) => (d.readAs ? `سنوورەکانی ئەم ئۆبجێکتی بەروارە لەگەڵ دەقی EDTF ەکەیدا، ${q(ltr(d.readAs))}، ناگونجێن؛ دەقەکە خوێندرایەوە و سنوورەکان پشتگوێ خران.` : "سنوورەکانی ئەم ئۆبجێکتی بەروارە لەگەڵ دەقی EDTF ەکەیدا ناگونجێن؛ دەقەکە خوێندرایەوە و سنوورەکان پشتگوێ خران."),
  "date-unsupported": (d) => `${q(d.value)} شێوەیەک بەکاردەهێنێت کە citeline هێشتا نایکێشێت.${d.reason ? ` ${WHY[d.reason]}` : ""}`,
  "edtf-not-loaded": (d) => `${q(d.value)} بەروارێکی EDTF ە کە بە فایلێک دەخوێندرێتەوە کە لە کاتی پێویستدا بار دەکرێت و هێشتا بار نەکراوە: سەرەتا \`await Citeline.preload("edtf")\` بانگ بکە.`,
  "words-not-loaded": (d) => `${q(d.value)} لەوانەیە بەروارێک بێت کە بە وشە یان بە شێوەیەکی جگە لە EDTF نووسراوە، بە فایلێک دەخوێندرێتەوە کە لە کاتی پێویستدا بار دەکرێت و هێشتا بار نەکراوە: سەرەتا \`await Citeline.preload("words")\` بانگ بکە.`,
  "end-before-start": (d) => `کۆتایی (${own(d.value)}) پێش سەرەتایە${d.detail ? ` (${own(d.detail)})` : ""}.`,
  "interval-and-end": () => "سەرەتا خۆی ماوەیەکە بە کۆتایی خۆیەوە، و کۆتاییەکی تریش دراوە: تەنها یەکێکیان بهێڵەرەوە.",
  "duplicate-id": (d) => `ناسنامەی ${q(d.value)} پێشتر بەکارهاتووە؛ ناسنامەکان دەبێت جیاواز بن.`,
  "unknown-group": (d) => `گرووپی ${q(d.value)} لە گرووپەکانی هێڵی کاتدا نییە؛ وەک ڕێڕەوێکی نوێ زیاد کرا.`,
  "unknown-source": (d) => `سەرچاوەی ${q(d.value)} لە سەرچاوەکانی هێڵی کاتدا نییە؛ ئاماژەکە لابرا.`,
  "unknown-story-event": (d) => `ناسنامەی ${q(d.value)} لە \`story\` هیچ ڕووداوێکی هێڵی کات نییە؛ تێپەڕێنرا.`,
  "duplicate-story-event": (d) => `ڕووداوی ${q(d.value)} پێشتر لە چیرۆکەکەدایە؛ ئەم دووبارەبوونەوەیە تێپەڕێنرا.`,
  "unknown-via": (d) => `\`via\` ئاماژە بە ${q(d.value)} دەکات، کە لە سەرچاوەکانی هێڵی کاتدا نییە؛ پشتگوێ خرا.`,
  "unknown-disputes": (d) => `\`disputes\` ئاماژە بە ${q(d.value)} دەکات، کە سەرچاوەیەکی تری هێڵی کات نییە؛ پشتگوێ خرا.`,
  "account-differs": (d) => `ئەم ڕیزە گێڕانەوەیەکی تری ڕووداوی ${q(d.value)} (هەمان ناسنامە) دەدات؛ خانەکانی ${d.detail ?? d.field ?? ""} جیاوازن لە ڕیزی یەکەم و پشتگوێ خران. ئەگەر ڕووداوێکی ترە، ناسنامەی خۆی بدەرێ.`,
  "start-and-accounts": () => "ئەم ڕووداوە هەم بەرواری خۆی و هەم گێڕانەوەی هەیە؛ بەروارەکەی وەک یەکەم گێڕانەوە خوێندرایەوە، لەگەڵ سەرچاوەکانی خودی ڕووداوەکە.",
  "via-too-deep": () => "زنجیرەیەکی `via` زۆر درێژە، بۆیە بڕدرا.",
  "citation-differs": (d) => `سەرچاوەی ${q(d.value)} لێرەدا بە وردەکاریی جیاواز${d.detail ? ` (${own(d.detail)})` : ""} لەوەی لە پێناسەکەیدا هاتووە ئاماژەی پێ کراوە؛ پێناسەکە هێڵدرایەوە. بۆ هێشتنەوەی هەردووکیان، ناسنامەیەکی تایبەت بەم ئاماژەیە بدە.`,
  "via-cycle": (d) => `\`via\` بازنەیەک دروست دەکات${d.detail ? ` (${own(d.detail)})` : ""}؛ بەستەری گەڕانەوە لابرا.`,
  "source-missing-publisher": () => "سەرچاوە بڵاوکەرەوەیەکی پێویستە (کێ ئەمە دەڵێت)؛ ئەم سەرچاوەیە بڵاوکەرەوەی نییە و لابرا.",
  "citation-missing-publisher": () => "ئەم ئاماژەیە ناوی هیچ بڵاوکەرەوەیەک (کێ ئەمە دەڵێت) ناهێنێت، بۆیە لابرا.",
  "missing-id": () => "گرووپ ناسنامەیەکی پێویستە کە ڕووداوەکان بتوانن ئاماژەی پێ بکەن.",
  "unsourced": () => "ئەم ڕووداوە ئاماژە بە هیچ سەرچاوەیەک ناکات. هەموو بانگەشەیەک دەبێت بڵێت کێ ڕایگەیاندووە.",
  "url-unsafe": (d) => `بەستەری ${q(d.value)} ناونیشانی http(s) یان mailto نییە؛ لابرا.`,
  "url-invalid": (d) => `${q(d.value)} ناونیشانێکی دروست نییە؛ لابرا.`,
  "media-url-unsafe": (d) => `ناونیشانی وێنەی ${q(d.value)} ڕەتکرایەوە: تەنها ناونیشانی http(s) یان ناونیشانی هەمان ماڵپەڕ پیشان دەدرێن؛ وێنەکە لابرا و سەرچاوەکەی مایەوە.`,
  "media-missing-url": () => "ئەم میدیایە `url`ـی نییە، بۆیە هیچ وێنەیەک پیشان نادرێت؛ سەرچاوەکەی مایەوە.",
  "media-missing-alt": () => "ئەم وێنەیە دەقی `alt`ـی نییە، بۆیە ئەوەی نایبینێت نازانێت چی پیشان دەدات: وەک وێنەی ڕازاندنەوە پیشان درا.",
  "draft-unresolved-date": (d) => `بەروارێک لە ڕستەی ${q(d.value)} لە ڕۆژی نووسینی وتارەکەوە دەژمێردرێت، کە نەزانراوە، بۆیە هیچ ڕووداوێکی لێ دروست نەکرا. بەرواری بڵاوکردنەوە بنووسە.`,
  "draft-unanchored-date": (d) => `${d.detail ? `بەرواری ${q(d.detail)}` : `بەروارێک`} لە ڕستەی ${q(d.value)} لە ڕۆژێکەوە دەژمێردرێت کە دەقەکە پێشتر ناوی نەهێناوە، بۆیە هیچ ڕووداوێکی لێ دروست نەکرا. خۆت بەروارەکەی بنووسە.`,
  "draft-undated-span": (d) => `ڕستەی ${q(d.value)} دەڵێت شتێک چەند ماوەی خایاند، نەک کەی: بەروارە ڕاستەقینەکانی بنووسە.`,
  "draft-date-from-context": (d) => `${d.detail ? `بەرواری ${q(d.detail)}` : `بەروارێک`} لە ڕستەی ${q(d.value)} لە دەقی پێشترەوە وەرگیرا: پشکنینی بۆ بکە.`,
  "draft-language": (d) => `بەروارەکان بە زمانی ${q(d.value)} ناخوێنرێنەوە، بۆیە دەقەکە وەک ئینگلیزی خوێندرایەوە.`,
});
