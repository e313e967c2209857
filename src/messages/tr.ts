/**
 * Turkish: the words a reader sees, for any `tr` tag. A noun after a number stays singular ("3
 * olay"), and sentences are built so that no suffix has to attach to the user's text.
 *
 * @module
 */
import type { Translation } from "./index.js";
import { LOADING } from "./loading.js";
import type { Numbers } from "./numbers.js";
import { turkishDiagnostics } from "./tr-diagnostics.js";

const PARTS = { year: "yıl", month: "ay", day: "gün" } as const;
const SURE = { exact: "kesin", approximate: "yaklaşık", uncertain: "belirsiz", "approximate-uncertain": "yaklaşık, belirsiz" } as const;
// The plural suffix follows the last vowel of the number as spoken: by its last non-zero digit
// ("bir", "iki" … in the units; "on", "yirmi" … in the tens), "yüz" and "bin" take -ler.
const UNITS = ["", "ler", "ler", "ler", "ler", "ler", "lar", "ler", "ler", "lar"];
const TENS = ["", "lar", "ler", "lar", "lar", "ler", "lar", "ler", "ler", "lar"];
const plural = (year: number) => (year % 10 !== 0 ? UNITS[year % 10] : Math.floor(year / 10) % 10 !== 0 ? TENS[Math.floor(year / 10) % 10] : "ler") ?? "ler";
const some = (n: Numbers, count: number, word: string) => (count === 0 ? "" : `${n.count(count)} ${word}`);

/** Turkish, made for the numbers of a `tr` tag. */
export const turkish: Translation = (n) => ({
  chart: {
    defaultTitle: "Zaman çizelgesi",
    roleDescription: "zaman çizelgesi",
    toolbarLabel: "Zaman çizelgesini yakınlaştırma",
    zoomOut: "Uzaklaştır",
    zoomIn: "Yakınlaştır",
    showAll: "Tümünü göster",
    listView: "Liste",
    itemsInView: (count) => `Görünümde ${n.count(count)} olay ve küme`,
    describe: (e, s, showing) => `${n.count(e)} olay, ${n.count(s)} kaynak. Gösterilen: ${showing}.`,
    keysHelp: "Olaylar arasında gezinmek için ok tuşlarını, birini açmak için Enter tuşunu, yakınlaştırıp uzaklaştırmak için artı ve eksiyi kullanın.",
    eventsHeading: "Olaylar",
    sourcesHeading: "Kaynaklar",
    sourceHeading: "Kaynak",
    noSource: "Kaynak belirtilmemiş",
    showItsEvents: "Olaylarını göster",
    clearSource: "Temizle",
    close: "Kapat",
    eventsCount: (count) => `${n.count(count)} olay`,
    sameTime: (count) => `Aynı anda ${n.count(count)} olay`,
    zoomedInTo: (count) => `${n.count(count)} olaya yakınlaştırıldı.`,
    lastEvent: "Bu son olay.",
    firstEvent: "Bu ilk olay.",
    eventsPages: "Olay sayfaları",
    sourcesPages: "Kaynak sayfaları",
    previousPage: "Önceki",
    nextPage: "Sonraki",
    eventsPage: (first, last, total, all) => `${all ? "" : "Görünümdeki "}${n.count(total)} olaydan ${n.count(first)}–${n.count(last)}`,
    sourcesPage: (first, last, total) => `${n.count(total)} kaynaktan ${n.count(first)}–${n.count(last)}`,
    sourceCitedBy: (count) => [`${n.count(count)} olayın kaynağı: `, "."],
    via: ", aktaran: ",
    citeNumber: (k) => `[${n.plain(k)}] `,
    comma: ", ",
    quotes: ["“", "”"],
    eventRole: "olay",
    clusterRole: "küme",
    pickSeparator: " — ",
  },
  layout: {
    otherLane: "Diğer",
    unsourced: (when) => `${when} · kaynak yok`,
    shownDate: (shown, when) => `${shown} (${when})`,
    sourceCount: (count) => (count === 0 ? "kaynak yok" : `${n.count(count)} kaynak`),
    eventName: (title, when, sources) => `${title}, ${when}, ${sources}`,
    eraName: (title, when, cited) => `${title}, ${when}${cited.length ? `, kaynak ${cited.map(n.plain).join(", ")}` : ""}`,
    cites: (numbers) => numbers.map(n.plain).join(","),
    clusterCount: (count) => `+${typeof count === "number" ? n.plain(count) : n.digits(count)}`,
    clusterName: (count) => `${n.count(count)} olay bu yakınlaştırmada gösterilemeyecek kadar birbirine yakın; görmek için etkinleştirin`,
    yearsFrom: (year) => `${n.plain(year)}'${plural(year)}`,
    yearRange: (first, last) => `${first} – ${last}`,
    axisFormat: { time: "HH:mm", monthShort: "MMM", month: "MMMM", dayMonth: "d MMMM" },
  },
  dates: {
    year: (year) => year,
    bce: (year) => `MÖ ${year}`,
    withYear: (when, year) => `${when} ${year}`,
    decade: (first) => `${first}'${plural(Number(first))}`,
    yearSpan: (first, last) => `${first}–${last}`,
    range: (from, to) => `${from} – ${to}`,
    from: (start) => `${start} – devam ediyor`,
    endUnknown: (start) => `${start} – bitiş bilinmiyor`,
    until: (end) => `… – ${end}`,
    startUnknown: (end) => `başlangıç bilinmiyor – ${end}`,
    oneOf: (dates) => `şu tarihlerden biri: ${n.list(dates, "or")}`,
    allOf: (dates) => `şu tarihlerin tümü: ${n.list(dates)}`,
    qualified: (when, sure) => `${when} (${sure})`,
    qualifier: { exact: "", approximate: "yaklaşık", uncertain: "belirsiz", "approximate-uncertain": "yaklaşık, belirsiz" },
    parts: (groups) => groups.map(([q, parts]) => `${n.list(parts.map((p) => PARTS[p]))} ${SURE[q]}`).join(", "),
    estimate: (year, digits, years) => `${year}, ${n.count(digits)} anlamlı basamakla tahmin (${years})`,
    season: (season, year) => `${season} ${year}`,
    seasons: {
      21: "ilkbahar", 22: "yaz", 23: "sonbahar", 24: "kış",
      25: "ilkbahar (kuzey yarımküre)", 26: "yaz (kuzey yarımküre)", 27: "sonbahar (kuzey yarımküre)", 28: "kış (kuzey yarımküre)",
      29: "ilkbahar (güney yarımküre)", 30: "yaz (güney yarımküre)", 31: "sonbahar (güney yarımküre)", 32: "kış (güney yarımküre)",
      33: "1. çeyrek", 34: "2. çeyrek", 35: "3. çeyrek", 36: "4. çeyrek",
      37: "ilk dört ay", 38: "ikinci dört ay", 39: "son dört ay",
      40: "ilk yarı", 41: "ikinci yarı",
    },
    atTime: (day, time) => `${day}, ${time}`,
    utc: (offset) => `UTC${offset}`,
    someYearOf: (years, decade) => (decade ? `${years} içinde bir yıl` : `${years} arasında bir yıl`),
    inSomeYear: (when, years) => `${when}, ${years}`,
    monthOf: (month, year) => `${month} ${year}`,
    dayOfSomeMonth: (day, years) => `bilinmeyen bir ayın ${day}. günü, ${years}`,
    someMonthOf: (years) => `${years} yılının bir ayı`,
    monthsOf: (first, last, years) => `${first}–${last} ${years}`,
    knownTo: {
      millennium: "bin yıl hassasiyetinde", century: "yüzyıl hassasiyetinde", decade: "on yıl hassasiyetinde", year: "yıl hassasiyetinde",
      season: "mevsim hassasiyetinde", month: "ay hassasiyetinde", day: "gün hassasiyetinde", hour: "saat hassasiyetinde", minute: "dakika hassasiyetinde",
      second: "saniye hassasiyetinde", instant: "kesin bir an",
    },
    sure: { exact: "", approximate: ", yaklaşık", uncertain: ", belirsiz", "approximate-uncertain": ", yaklaşık ve belirsiz" },
    open: "açık: sürüyor",
    notKnown: "bilinmiyor",
    setKnown: (oneOf, count, first) => `${n.count(count)} tarihten ${oneOf ? "biri" : "tümü"}, ilki ${first}`,
    partsKnown: (known, parts) => `${known}; ${parts}`,
    estimateKnown: (known) => `tahmin, ${known}`,
    yearKnown: (known, precision) => `${{ "day-month": "gün ve ay biliniyor, ", month: "ay biliniyor, ", none: "" }[known]}yıl ${precision}`,
    dateSentence: (known) => `Tarih: ${known}.`,
    datesSentence: (known) => `Tarihler: ${known}.`,
    startEndSentence: (start, end) => `Başlangıç: ${start}; bitiş: ${end}.`,
  },
  embed: {
    loading: LOADING.tr,
    failed: "Zaman çizelgesi gösterilemedi.",
    theData: "veri",
    noData: "Veri verilmedi: yerleştirme için bir JSON ya da CSV dosyasının adresi gerekir.",
    invalidAddress: (where) => `${where} geçerli bir web adresi değil.`,
    notWebAddress: (where) => `${where} bir web adresi değil: yalnızca http ve https adresleri alınır.`,
    requestFailed: (where) => `İstek başarısız oldu (${where}): ağ bağlantısı kesilmiş olabilir ya da veriyi barındıran site bu sayfanın onu okumasına izin vermiyor olabilir.`,
    notFound: (where, status) => `${where} bulunamadı (sunucunun yanıtı: ${status}).`,
    serverAnswered: (status, where) => `Sunucunun yanıtı: ${status} (${where}).`,
    cutShort: (where) => `Veri sonuna kadar okunamadı (${where}).`,
    webPage: (where) =>
      `${where} bir web sayfası, veri (JSON ya da CSV) değil. Google E-Tablolar için Dosya › Paylaş › Web'de yayınla yolunu izleyin, "Virgülle ayrılmış değerler (.csv)" biçimini seçin ve o bağlantıyı kullanın.`,
    notLoaded: (where, reason) => `Veri yüklenemedi (${where}): ${reason}.`,
    notDrawn: (where, why) => `Okunamadı ya da çizilemedi (${where}): ${why}`,
    optionsNotApplied: (why) => `Zaman çizelgesinin seçenekleri uygulanamadı: ${why}`,
    unexpected: "beklenmeyen bir hata",
    noEventRead: (where, errors) => `Hiçbir olay okunamadı (${where}): veride ${n.count(errors)} sorun bulundu.`,
    noEvents: (where) => `Hiç olay yok (${where}).`,
    forTheEditor: (errors, warnings) => `Editör için: veride ${n.list([some(n, errors, "hata"), some(n, warnings, "uyarı")].filter(Boolean))}`,
    andMore: (count) => `… ve ${n.count(count)} tane daha.`,
    diagnosticPlace: (section, index, line, field) =>
      `${index === undefined ? section : `${section}[${n.plain(index)}]`}${line === undefined ? "" : `, satır ${n.plain(line)}`}${field === undefined ? "" : `, ${field}`}`,
    diagnosticLine: (place, severity, code, message) => `${place}: ${severity === "error" ? "hata" : "uyarı"} ${code}: ${message}`,
  },
  diagnostics: turkishDiagnostics(n),
});
