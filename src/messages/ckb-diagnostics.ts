/**
 * Kurdish (Sorani): the sentence of every diagnostic, as an embed shows it to the reader. A
 * diagnostic's own `message` stays English for developers; these read only its `value` and `field`.
 *
 * @module
 */
import type { Messages } from "./index.js";
import type { Numbers } from "./numbers.js";

const q = (value: string | undefined) => `«${value ?? ""}»`;

/** Sorani sentences, by diagnostic code. */
export const soraniDiagnostics = (n: Numbers): Messages["diagnostics"] => ({
  "json-syntax": () => "نەتوانرا JSON بخوێندرێتەوە.",
  "format-unknown": (d) => `شێوازی داتای ${q(d.value)} نەناسراوە. json، csv، timelinejs یان auto بەکاربهێنە.`,
  "input-not-object": () => "داتاکان دەبێت ئۆبجێکتێکی هێڵی کات بن کە ڕیزی events ی تێدا بێت.",
  "events-not-array": () => "`events` دەبێت ڕیزێک لە ڕووداوەکان بێت.",
  "list-not-array": (d) => `\`${d.field}\` دەبێت ڕیز بێت؛ پشتگوێ خرا.`,
  "csv-empty": () => "خشتەکە هیچ داتایەکی تێدا نییە: لە ژێر دێڕی سەردێڕەکەدا، لەو ستوونانەی citeline دەیانخوێنێتەوە، هیچ نییە.",
  "csv-separator": () => "خانەکانی خشتەکە بە کۆما جیا نەکراونەتەوە؛ بە جیاکەرەوەی خۆی خوێندرایەوە.",
  "csv-missing-column": (d) => `ستوونێکی پێویست لە خشتەکەدا نییە.${d.value === undefined ? "" : ` دێڕی سەردێڕەکەی ئەم ناوانەی تێدایە: ${d.value}.`}`,
  "csv-unknown-column": (d) => `citeline ستوونی ${q(d.value)} ناخوێنێتەوە؛ پشتگوێ خرا.`,
  "csv-unknown-columns": () => "citeline هەندێک ستوون ناخوێنێتەوە؛ پشتگوێ خران.",
  "csv-row-type": (d) => `جۆری دێڕی ${q(d.value)} نەناسراوە؛ دێڕەکە وەک ڕووداو خوێندرایەوە.`,
  "timelinejs-missing-events": () => "ئەم فایلەی TimelineJS ڕیزی `events` ی تێدا نییە.",
  "timelinejs-not-loaded": () => "ئەم داتایەی TimelineJS بە فایلێک دەخوێندرێتەوە کە لە کاتی پێویستدا بار دەکرێت و هێشتا بار نەکراوە: سەرەتا `await Citeline.preload(\"timelinejs\")` بانگ بکە.",
  "not-an-object": () => "ئەم بڕگەیە ئۆبجێکت نییە، بۆیە لابرا.",
  "forbidden-key": (d) => `کلیلی ${q(d.value)} لە داتادا ڕێگەپێدراو نییە و پشتگوێ خرا.`,
  "unknown-field": (d) => `خانەی نەناسراوی ${q(d.value)} پشتگوێ خرا.`,
  "wrong-type": (d) => `جۆری \`${d.field}\` هەڵەیە.`,
  "wrong-type-ignored": (d) => `جۆری \`${d.field}\` هەڵەیە؛ پشتگوێ خرا.`,
  "string-too-long": (d) => `\`${d.field}\` زۆر درێژە؛ کورتی بکەرەوە.`,
  "missing-title": (d) => (d.value === undefined ? "ناونیشان نییە: هەموو ڕووداو و سەردەمێک ناونیشانێکی پێویستە." : "ناونیشانەکە هیچ پیتێکی بینراوی تێدا نییە، بۆیە وەک نەبوو دادەنرێت."),
  "title-from-text": (d) => `سەردێڕەکە بەتاڵە، بۆیە ناونیشانی ${q(d.value)} لە دەقی سلایدەکە دروست کرا.`,
  "missing-start": () => "بەرواری سەرەتا نییە: هەموو ڕووداوێک بەرواری سەرەتای پێویستە.",
  "importance-range": () => `\`importance\` دەبێت ژمارەیەک بێت لە ${n.plain(0)} تا ${n.plain(100)}؛ خرایە ناو ئەو مەودایە.`,
  "date-invalid": (d) => `${q(d.value)} بەروارێک نییە کە citeline بتوانێت بیخوێنێتەوە. بەروارەکان بە شێوازی EDTF بنووسە، وەک 2008-06-08، 2008-06، 1980، 2008-22 (هاوین)، 2008-06~ (نزیکەیی).`,
  "date-ambiguous": (d) => `${q(d.value)} ڕوون نییە. بە شێوازی YYYY-MM-DD بینووسە.`,
  "date-reinterpreted": (d) => `${q(d.value)} بە شێوەیەکی تر خوێندرایەوە. بۆ دڵنیابوون بە شێوازی EDTF (وەک YYYY-MM-DD) بینووسە.`,
  "date-out-of-range": (d) => `${q(d.value)} لە دەرەوەی ئەو مەودایەیە کە citeline دەتوانێت بیکێشێت (نزیکەی ${n.count(270000)} ساڵ پێش و دوای ${n.plain(1970)}).`,
  "date-object-mismatch": () => "سنوورەکانی ئەم ئۆبجێکتی بەروارە لەگەڵ دەقی EDTF ەکەیدا ناگونجێن؛ دەقەکە خوێندرایەوە و سنوورەکان پشتگوێ خران.",
  "date-unsupported": (d) => `${q(d.value)} شێوەیەک بەکاردەهێنێت کە citeline هێشتا نایکێشێت.`,
  "edtf-not-loaded": (d) => `${q(d.value)} بەروارێکی EDTF ە کە بە فایلێک دەخوێندرێتەوە کە لە کاتی پێویستدا بار دەکرێت و هێشتا بار نەکراوە: سەرەتا \`await Citeline.preload("edtf")\` بانگ بکە.`,
  "end-before-start": (d) => `کۆتایی (${d.value ?? ""}) پێش سەرەتایە.`,
  "interval-and-end": () => "سەرەتا خۆی ماوەیەکە بە کۆتایی خۆیەوە، و کۆتاییەکی تریش دراوە: تەنها یەکێکیان بهێڵەرەوە.",
  "duplicate-id": (d) => `ناسنامەی ${q(d.value)} پێشتر بەکارهاتووە؛ ناسنامەکان دەبێت جیاواز بن.`,
  "unknown-group": (d) => `گرووپی ${q(d.value)} لە گرووپەکانی هێڵی کاتدا نییە؛ وەک ڕێڕەوێکی نوێ زیاد کرا.`,
  "unknown-source": (d) => `سەرچاوەی ${q(d.value)} لە سەرچاوەکانی هێڵی کاتدا نییە؛ ئاماژەکە لابرا.`,
  "unknown-via": (d) => `\`via\` ئاماژە بە ${q(d.value)} دەکات، کە لە سەرچاوەکانی هێڵی کاتدا نییە؛ پشتگوێ خرا.`,
  "via-too-deep": () => "زنجیرەیەکی `via` زۆر درێژە، بۆیە بڕدرا.",
  "citation-differs": (d) => `سەرچاوەی ${q(d.value)} لێرەدا بە وردەکاریی جیاواز لەوەی لە پێناسەکەیدا هاتووە ئاماژەی پێ کراوە؛ پێناسەکە هێڵدرایەوە. بۆ هێشتنەوەی هەردووکیان، ناسنامەیەکی تایبەت بەم ئاماژەیە بدە.`,
  "via-cycle": () => "`via` بازنەیەک دروست دەکات؛ بەستەری گەڕانەوە لابرا.",
  "source-missing-publisher": () => "سەرچاوە بڵاوکەرەوەیەکی پێویستە (کێ ئەمە دەڵێت)؛ ئەم سەرچاوەیە بڵاوکەرەوەی نییە و لابرا.",
  "citation-missing-publisher": () => "ئەم ئاماژەیە ناوی هیچ بڵاوکەرەوەیەک (کێ ئەمە دەڵێت) ناهێنێت، بۆیە لابرا.",
  "missing-id": () => "گرووپ ناسنامەیەکی پێویستە کە ڕووداوەکان بتوانن ئاماژەی پێ بکەن.",
  "unsourced": () => "ئەم ڕووداوە ئاماژە بە هیچ سەرچاوەیەک ناکات. هەموو بانگەشەیەک دەبێت بڵێت کێ ڕایگەیاندووە.",
  "url-unsafe": (d) => `بەستەری ${q(d.value)} ناونیشانی http(s) یان mailto نییە؛ لابرا.`,
  "url-invalid": (d) => `${q(d.value)} ناونیشانێکی دروست نییە؛ لابرا.`,
});
