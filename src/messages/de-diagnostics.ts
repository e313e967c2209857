/**
 * German: the sentence of every diagnostic, as an embed shows it to the reader. A diagnostic's own
 * `message` stays English for developers; these read only its `value`, `field`, `readAs`, `readings`, `reason` and `detail`.
 *
 * @module
 */
import type { DateReason } from "./diagnostics.js";
import { otherReadings, own } from "./isolate.js";
import type { Messages } from "./index.js";
import type { Numbers } from "./numbers.js";

const q = (value: string | undefined) => `„${own(value)}“`;

// Why a date was refused (`Diagnostic.reason`), said after the sentence that it was.
const WHY: Readonly<Record<DateReason, string>> = {
  "two-digit-year": "Eine zweistellige Jahreszahl kann zu jedem Jahrhundert gehören: Schreiben Sie das Jahr vollständig.",
  "day-without-year": "Ein Tag und Monat ohne Jahr, oder ein Jahr irgendeines Jahrhunderts: Schreiben Sie das Datum mit vollständigem Jahr.",
  "time-needs-day": "Eine Uhrzeit braucht davor das ganze Datum, mit Tag.",
  "zone-abbreviation": "Die Abkürzung einer Zeitzone kann für mehr als einen Versatz stehen: Schreiben Sie den Versatz selbst, etwa +00:00 oder -08:00.",
  "not-a-time": "Diese Uhrzeit gibt es nicht.",
  "no-month": "Diesen Monat gibt es nicht (1 bis 12).",
  "no-day": "Diesen Tag hat der Monat nicht.",
  "weekday": "Der dabei geschriebene Wochentag ist nicht der dieses Datums.",
  "no-year-0": "Die Zählung v. Chr./n. Chr. hat kein Jahr 0: Auf 1 v. Chr. folgt 1 n. Chr.",
  "short-years": "Eine ein- oder zweistellige Jahreszahl kann zu jedem Jahrhundert gehören: Schreiben Sie die Jahre vollständig.",
  "needs-known-end": "Ein Intervall braucht mindestens ein bekanntes Ende.",
  "present-ends": "Die Gegenwart kann eine Spanne beenden, nicht beginnen: Schreiben Sie den Beginn als Start und die Gegenwart als Ende.",
  "backward-range": "Ein Bereich darin endet, bevor er beginnt.",
  "qualified-span": "Einen Zeitraum, ein Jahrzehnt, ein Jahrhundert oder eine Uhrzeit kann citeline noch nicht als ungefähr oder unsicher markieren.",
  "no-known-year": "Sein Jahr ist ganz unbekannt: Es hat keinen Platz auf einer Zeitleiste.",
  "bce-unknown-digits": "Ein Jahr vor unserer Zeitrechnung mit unbekannten Ziffern kann noch keinen Monat und keinen Tag haben.",
  "open-set-member": "Ein Element seiner Menge ist an einem Ende offen (..).",
  "set-too-large": "Eine Menge fasst höchstens 100 Daten.",
  "two-calendars": "Es nennt denselben Zeitpunkt in zwei Kalendern, keinen Bereich: Schreiben Sie nur einen.",
  "not-in-era": "Diese Ära umfasst dieses Datum nicht.",
  "empty-set-member": "Seine Menge hat ein leeres Element.",
  "set-member-form": "Die Elemente einer Menge sind Daten oder Bereiche, geschrieben a..b.",
  "part-needs-span": "Anfang, Mitte und Ende gibt es nur von einem Monat, einem Jahr, einem Jahrzehnt oder einem Jahrhundert.",
  "object-needs-edtf": "Ein Datumsobjekt braucht seinen EDTF-Text in `edtf`.",
};

// The sheet's order of day and month, which `dateFormat` gives (`Diagnostic.option`).
const ORDER = `Oder nennen Sie die Reihenfolge der Tabelle mit date-format (dateFormat): DMY (der Tag zuerst) oder MDY (der Monat zuerst).`;
// The option that reads a two-digit year, said where the diagnostic names it (`Diagnostic.option`).
const CENTURY = (n: Numbers) => `Liegen alle Daten innerhalb von hundert Jahren, nennen Sie das erste dieser Jahre mit two-digit-years-from (twoDigitYearsFrom), etwa ${n.plain(1930)}.`;

/** German sentences, by diagnostic code. */
export const germanDiagnostics = (n: Numbers): Messages["diagnostics"] => ({
  "json-syntax": () => "Das JSON konnte nicht gelesen werden.",
  "text-encoding": (d) => (d.value ? `Die Datei ist kein UTF-8-Text und wurde daher als ${d.value} gelesen, so wie Excel unter Windows eine einfache ${q("CSV")} speichert. Sieht ein Buchstabe falsch aus, speichern Sie die Tabelle stattdessen als ${q("CSV UTF-8")}.` : `Zeichen dieses Textes gingen verloren, bevor citeline ihn las (als ${q("�")} gezeigt): Er wurde als UTF-8 gelesen, ist aber ${d.detail === "utf-16" ? `UTF-16 (Excels ${q("Unicode-Text")})` : "kein UTF-8"}. Laden Sie die Datei selbst, oder speichern Sie sie als ${q("CSV UTF-8")}.`),
  "format-unknown": (d) => `Unbekanntes Datenformat ${q(d.value)}. Verwenden Sie json, csv, timelinejs oder auto.`,
  "input-not-object": () => "Die Daten müssen ein Zeitleisten-Objekt mit einem Array events sein.",
  "events-not-array": () => "`events` muss ein Array von Ereignissen sein.",
  "list-not-array": (d) => `\`${d.field}\` muss ein Array sein; es wurde ignoriert.`,
  "csv-empty": () => "Die Tabelle enthält keine Daten: Unter der Kopfzeile steht nichts in den Spalten, die citeline liest.",
  "csv-separator": () => "Die Zellen der Tabelle sind nicht durch Kommas getrennt; sie wurde mit ihrem eigenen Trennzeichen gelesen.",
  "csv-missing-column": (d) => `Der Tabelle fehlt eine nötige Spalte.${d.value === undefined ? "" : ` Ihre Kopfzeile nennt: ${d.value}.`}`,
  "csv-title-from-text": (d) => `Der Tabelle fehlt eine Titelspalte; jeder Titel wurde aus den ersten Wörtern der Spalte ${q(d.value)} gebildet.`,
  "csv-html-text": (d) => `Die Spalte ${q(d.value)} enthält HTML, wie eine Webseite Text schreibt; ihre Zellen wurden gelesen, wie eine Seite sie zeigt: die Wörter behalten, das Markup ausgelassen, und jeder Link als Quelle seiner Zeile zitiert.`,
  "csv-unknown-column": (d) => `Die Spalte ${q(d.value)} liest citeline nicht; sie wurde ignoriert.`,
  "csv-unknown-columns": () => "Einige Spalten liest citeline nicht; sie wurden ignoriert.",
  "csv-row-type": (d) => `Der Zeilentyp ${q(d.value)} ist unbekannt; die Zeile wurde als Ereignis gelesen.`,
  "html-not-loaded": (d) => `${q(d.value)} enthält HTML, das mit einer bei Bedarf geladenen Datei gelesen wird, die noch nicht geladen ist; die Medien dieser Zeile wurden ausgelassen: Rufen Sie zuerst \`await Citeline.preload("html")\` auf.`,
  "html-text-not-loaded": (d) => `${q(d.value)} enthält HTML, das mit einer bei Bedarf geladenen Datei gelesen wird, die noch nicht geladen ist; diese Zelle wurde ausgelassen: Rufen Sie zuerst \`await Citeline.preload("html")\` auf.`,
  "timelinejs-missing-events": () => "Diese TimelineJS-Datei hat kein Array `events`.",
  "timelinejs-not-loaded": () => "Diese TimelineJS-Daten werden mit einer bei Bedarf geladenen Datei gelesen, die noch nicht geladen ist: Rufen Sie zuerst `await Citeline.preload(\"timelinejs\")` auf.",
  "not-an-object": () => "Dieser Eintrag ist kein Objekt und wurde verworfen.",
  "forbidden-key": (d) => `Der Schlüssel ${q(d.value)} ist in Daten nicht erlaubt und wurde ignoriert.`,
  "unknown-field": (d) => `Das unbekannte Feld ${q(d.value)} wurde ignoriert.${d.detail ? ` Meinten Sie ${q(d.detail)}?` : ""}`,
  "wrong-type": (d) => `\`${d.field}\` hat den falschen Typ.`,
  "wrong-type-ignored": (d) => `\`${d.field}\` hat den falschen Typ; es wurde ignoriert.`,
  "string-too-long": (d) => `\`${d.field}\` ist zu lang; bitte kürzen.`,
  "missing-title": (d) => (d.value === undefined ? "Der Titel fehlt: Jedes Ereignis und jede Epoche braucht einen." : "Der Titel enthält kein sichtbares Zeichen und gilt daher als fehlend."),
  "title-from-text": (d) => `Die Überschrift ist leer; der Titel ${q(d.value)} wurde aus dem Text der Folie gebildet.`,
  "missing-start": () => "Das Anfangsdatum fehlt: Jedes Ereignis braucht eines.",
  "importance-range": () => "`importance` muss eine Zahl von 0 bis 100 sein; der Wert wurde begrenzt.",
  "date-invalid": (d) => `${q(d.value)} ist kein Datum, das citeline lesen kann.${d.reason ? ` ${WHY[d.reason]}${d.option === "twoDigitYearsFrom" ? ` ${CENTURY(n)}` : ""}` : ""}${d.readings?.length ? ` Gemeint sein könnte ${n.list(d.readings, "or")} (EDTF): Schreiben Sie es so, wenn das das gemeinte Datum ist.` : ""} Schreiben Sie Daten als EDTF, z. B. 2008-06-08, 2008-06, 1980, 2008-22 (Sommer), 2008-06~ (ungefähr).`,
  "date-ambiguous": (d) => `${q(d.value)} ist mehrdeutig${d.readings && d.readings.length > 1 ? `: Gemeint sein kann ${n.list(d.readings, "or")} (EDTF). Schreiben Sie das gemeinte Datum in dieser Form.` : ". Schreiben Sie das Datum als JJJJ-MM-TT."}${d.option === "dateFormat" ? ` ${ORDER}` : ""}`,
  "date-reinterpreted": (d) => (d.readAs && otherReadings(d).length ? `${q(d.value)} wurde als ${q(d.readAs)} (EDTF) gelesen; gemeint sein kann auch ${n.list(otherReadings(d), "or")}. Schreiben Sie das gemeinte Datum in dieser Form.` : d.readAs ? `${q(d.value)} wurde als ${q(d.readAs)} (EDTF) gelesen. Ist das nicht das gemeinte Datum, schreiben Sie es als EDTF (z. B. JJJJ-MM-TT).` : `${q(d.value)} wurde anders gelesen, als es geschrieben ist. Schreiben Sie es als EDTF (z. B. JJJJ-MM-TT), um sicherzugehen.`),
  "date-out-of-range": (d) => `${q(d.value)} liegt außerhalb des Bereichs, den citeline zeichnen kann (etwa ${n.count(270000)} Jahre vor und nach 1970).`,
  "date-object-mismatch": (d) => (d.readAs ? `Die Grenzen dieses Datumsobjekts passen nicht zu seinem EDTF-Text ${q(d.readAs)}; der Text wurde gelesen, die Grenzen ignoriert.` : "Die Grenzen dieses Datumsobjekts passen nicht zu seinem EDTF-Text; der Text wurde gelesen, die Grenzen ignoriert."),
  "date-unsupported": (d) => `${q(d.value)} verwendet eine Form, die citeline noch nicht zeichnet.${d.reason ? ` ${WHY[d.reason]}` : ""}`,
  "edtf-not-loaded": (d) => `${q(d.value)} ist ein EDTF-Datum, das mit einer bei Bedarf geladenen Datei gelesen wird, die noch nicht geladen ist: Rufen Sie zuerst \`await Citeline.preload("edtf")\` auf.`,
  "words-not-loaded": (d) => `${q(d.value)} ist vielleicht ein Datum in Worten oder in einer anderen Schreibweise als EDTF, das mit einer bei Bedarf geladenen Datei gelesen wird, die noch nicht geladen ist: Rufen Sie zuerst \`await Citeline.preload("words")\` auf.`,
  "end-before-start": (d) => `Das Ende (${d.value ?? ""}) liegt vor dem Anfang${d.detail ? ` (${d.detail})` : ""}.`,
  "interval-and-end": () => "Der Anfang ist schon ein Zeitraum mit eigenem Ende, und ein Ende wurde zusätzlich angegeben: Behalten Sie eines.",
  "duplicate-id": (d) => `Die ID ${q(d.value)} wird schon verwendet; IDs müssen eindeutig sein.`,
  "unknown-group": (d) => `Die Gruppe ${q(d.value)} gehört nicht zu den Gruppen der Zeitleiste; sie wurde als neue Spur hinzugefügt.`,
  "unknown-source": (d) => `Die Quelle ${q(d.value)} gehört nicht zu den Quellen der Zeitleiste; der Beleg wurde verworfen.`,
  "unknown-story-event": (d) => `Der Eintrag ${q(d.value)} in \`story\` nennt kein Ereignis der Zeitleiste; er wurde übersprungen.`,
  "duplicate-story-event": (d) => `Das Ereignis ${q(d.value)} steht schon in der Geschichte; die Wiederholung wurde übersprungen.`,
  "unknown-via": (d) => `\`via\` nennt ${q(d.value)}, das nicht zu den Quellen der Zeitleiste gehört; es wurde ignoriert.`,
  "unknown-disputes": (d) => `\`disputes\` nennt ${q(d.value)}, das keine andere Quelle der Zeitleiste ist; es wurde ignoriert.`,
  "account-differs": (d) => `Diese Zeile gibt eine weitere Darstellung des Ereignisses ${q(d.value)} (gleiche ID); ihre Felder ${d.detail ?? d.field ?? ""} weichen von der ersten Zeile ab und wurden ignoriert. Geben Sie der Zeile eine eigene ID, wenn es ein anderes Ereignis ist.`,
  "start-and-accounts": () => "Dieses Ereignis nennt ein eigenes Datum und Darstellungen; sein Datum wurde als erste Darstellung gelesen, mit den Quellen des Ereignisses.",
  "via-too-deep": () => "Eine `via`-Kette ist zu lang und wurde abgeschnitten.",
  "citation-differs": (d) => `Die Quelle ${q(d.value)} wird hier mit anderen Angaben${d.detail ? ` (${d.detail})` : ""} zitiert als dort, wo sie definiert ist; jene wurden behalten. Geben Sie diesem Beleg eine eigene ID, um beide zu behalten.`,
  "via-cycle": (d) => `\`via\` bildet eine Schleife${d.detail ? ` (${d.detail})` : ""}; der Rückverweis wurde entfernt.`,
  "source-missing-publisher": () => "Eine Quelle braucht einen Herausgeber (wer es sagt); diese hat keinen und wurde verworfen.",
  "citation-missing-publisher": () => "Dieser Beleg nennt keinen Herausgeber (wer es sagt) und wurde verworfen.",
  "missing-id": () => "Eine Gruppe braucht eine ID, die Ereignisse nennen können.",
  "unsourced": () => "Dieses Ereignis nennt keine Quelle. Jede Aussage sollte sagen, wer sie berichtet.",
  "url-unsafe": (d) => `Der Link ${q(d.value)} ist keine http(s)- oder mailto-Adresse; er wurde verworfen.`,
  "url-invalid": (d) => `${q(d.value)} ist keine gültige Adresse; sie wurde verworfen.`,
  "media-url-unsafe": (d) => `Die Bildadresse ${q(d.value)} wurde abgelehnt: Nur http(s)-Adressen und Adressen der eigenen Website werden gezeigt; das Bild wurde verworfen, sein Nachweis bleibt als Quelle.`,
  "media-missing-url": () => "Dieses Medium hat keine `url`, also gibt es kein Bild zu zeigen; sein Nachweis bleibt als Quelle.",
  "media-missing-alt": () => "Dieses Bild hat keinen `alt`-Text: Wer es nicht sieht, erfährt nichts darüber. Es wird als dekorativ gezeigt.",
  "draft-unresolved-date": (d) => `Eine Angabe im Satz ${q(d.value)} zählt vom Tag, an dem der Artikel geschrieben wurde, und der ist nicht bekannt: Daraus wurde kein Ereignis. Geben Sie das Erscheinungsdatum an.`,
  "draft-unanchored-date": (d) => `${d.detail ? `Die Angabe ${q(d.detail)}` : `Eine Angabe`} im Satz ${q(d.value)} zählt von einem Tag, den der Text davor nicht nennt: Daraus wurde kein Ereignis. Datieren Sie es selbst.`,
  "draft-undated-span": (d) => `Der Satz ${q(d.value)} sagt, wie lange etwas dauerte, nicht wann: Tragen Sie die tatsächlichen Daten ein.`,
  "draft-date-from-context": (d) => `${d.detail ? `Das Datum ${q(d.detail)}` : `Ein Datum`} im Satz ${q(d.value)} wurde aus dem Text davor erschlossen: Prüfen Sie es.`,
  "draft-language": (d) => `Daten in der Sprache ${q(d.value)} können nicht gelesen werden; der Text wurde als Englisch gelesen.`,
});
