/**
 * Turkish: the sentence of every diagnostic, as an embed shows it to the reader. A diagnostic's
 * own `message` stays English for developers; these read only its `value`, `field`, `readAs`, `readings`, `reason` and `detail`.
 *
 * @module
 */
import type { DateReason } from "./diagnostics.js";
import { otherReadings, own } from "./isolate.js";
import type { Messages } from "./index.js";
import type { Numbers } from "./numbers.js";

const q = (value: string | undefined) => `"${own(value)}"`;

// Why a date was refused (`Diagnostic.reason`), said after the sentence that it was.
const WHY: Readonly<Record<DateReason, string>> = {
  "two-digit-year": "İki basamaklı bir yıl herhangi bir yüzyıla ait olabilir: yılı tam yazın.",
  "day-without-year": "Yılı olmayan bir gün ve ay ya da herhangi bir yüzyılın bir yılı: tarihi yılıyla birlikte tam yazın.",
  "time-needs-day": "Bir saatin önünde, günü de içeren tam tarih olmalıdır.",
  "zone-abbreviation": "Bir saat dilimi kısaltması birden fazla farkı gösterebilir: farkın kendisini yazın, örneğin +00:00 veya -08:00.",
  "not-a-time": "Saati geçerli bir saat değil.",
  "no-month": "Ayı geçerli bir ay değil (1–12).",
  "no-day": "Ayında böyle bir gün yok.",
  "weekday": "Yanında yazılan haftanın günü bu tarihin günü değil.",
  "no-year-0": "MÖ/MS sayımında 0 yılı yoktur: MÖ 1'i MS 1 izler.",
  "short-years": "Bir ya da iki basamaklı bir yıl herhangi bir yüzyıla ait olabilir: yılları tam yazın.",
  "needs-known-end": "Bir aralığın en az bir ucu bilinmelidir.",
  "present-ends": "Günümüz bir aralığı bitirebilir, başlatamaz: başladığı zamanı başlangıç olarak, günümüzü bitiş olarak yazın.",
  "backward-range": "İçindeki bir aralık başlamadan bitiyor.",
  "qualified-span": "citeline bir dönemi, on yılı, yüzyılı ya da saati henüz yaklaşık veya belirsiz olarak işaretleyemiyor.",
  "no-known-year": "Yılı tümüyle bilinmiyor: zaman çizelgesinde yeri yok.",
  "bce-unknown-digits": "Rakamları bilinmeyen bir MÖ yılının henüz ayı ya da günü olamaz.",
  "open-set-member": "Kümesinin bir öğesi bir ucundan açık (..).",
  "set-too-large": "Bir küme en çok 100 tarih içerir.",
  "two-calendars": "Aynı zamanı iki takvimde adlandırıyor, bir aralık değil: yalnızca birini yazın.",
  "not-in-era": "Bu dönem bu tarihi kapsamıyor.",
  "empty-set-member": "Kümesinde boş bir öğe var.",
  "set-member-form": "Bir kümenin öğeleri tarihler ya da a..b biçiminde yazılmış aralıklardır.",
  "part-needs-span": "Başı, ortası ve sonu yalnızca bir ay, yıl, on yıl ya da yüzyıl için söylenir.",
  "object-needs-edtf": "Bir tarih nesnesinin EDTF metni `edtf` içinde olmalıdır.",
};

// The sheet's order of day and month, which `dateFormat` gives (`Diagnostic.option`).
const ORDER = `Ya da tablonun sırasını date-format (dateFormat) ile verin: DMY (önce gün) ya da MDY (önce ay).`;
// The option that reads a two-digit year, said where the diagnostic names it (`Diagnostic.option`).
const CENTURY = (n: Numbers) => `Tüm tarihler yüz yıl içindeyse, bu yılların ilkini two-digit-years-from (twoDigitYearsFrom) ile verin, örneğin ${n.plain(1930)}.`;

/** Turkish sentences, by diagnostic code. */
export const turkishDiagnostics = (n: Numbers): Messages["diagnostics"] => ({
  "json-syntax": () => "JSON okunamadı.",
  "text-encoding": (d) => (d.value ? `Dosya UTF-8 metni değil; bu yüzden Excel'in Windows'ta düz bir ${q("CSV")} kaydettiği gibi ${d.value} olarak okundu. Bir harf yanlış görünüyorsa tabloyu bunun yerine ${q("CSV UTF-8")} olarak kaydedin.` : `Bu metnin bazı karakterleri citeline okumadan önce kayboldu (${q("�")} olarak görünür): UTF-8 olarak okundu, ama ${d.detail === "utf-16" ? `UTF-16 (Excel'in ${q("Unicode Metin")} biçimi)` : "UTF-8 değil"}. Dosyanın kendisini yükleyin ya da ${q("CSV UTF-8")} olarak kaydedin.`),
  "format-unknown": (d) => `Bilinmeyen veri biçimi: ${q(d.value)}. json, csv, timelinejs ya da auto kullanın.`,
  "input-not-object": () => "Veri, events dizisi içeren bir zaman çizelgesi nesnesi olmalı.",
  "events-not-array": () => "`events` bir olay dizisi olmalı.",
  "list-not-array": (d) => `\`${d.field}\` bir dizi olmalı; yok sayıldı.`,
  "csv-empty": () => "Tabloda veri yok: citeline'ın okuduğu sütunlarda başlık satırının altında hiçbir şey yok.",
  "csv-separator": () => "Tablonun hücreleri virgülle ayrılmamış; tablo kendi ayırıcısıyla okundu.",
  "csv-missing-column": (d) => `Tabloda gerekli bir sütun eksik.${d.value === undefined ? "" : ` Başlık satırındaki adlar: ${d.value}.`}`,
  "csv-title-from-text": (d) => `Tabloda başlık sütunu yok; her başlık ${q(d.value)} sütununun ilk sözcüklerinden yapıldı.`,
  "csv-html-text": (d) => `${q(d.value)} sütunu, bir web sayfasının metni yazdığı gibi HTML içeriyor; hücreleri bir sayfanın gösterdiği gibi okundu: sözcükler korundu, işaretleme dışarıda bırakıldı ve her bağlantı kendi satırının kaynağı olarak gösterildi.`,
  "csv-unknown-column": (d) => `Sütun ${q(d.value)} citeline tarafından okunmuyor; yok sayıldı.`,
  "csv-unknown-columns": () => "Bazı sütunlar citeline tarafından okunmuyor; yok sayıldılar.",
  "csv-row-type": (d) => `Satır türü ${q(d.value)} bilinmiyor; satır bir olay olarak okundu.`,
  "html-not-loaded": (d) => `${q(d.value)} HTML içeriyor; bu, gerektiğinde yüklenen ve henüz yüklenmemiş bir dosyayla okunur, bu yüzden bu satırın medyası dışarıda bırakıldı: önce \`await Citeline.preload("html")\` çağrısını yapın.`,
  "html-text-not-loaded": (d) => `${q(d.value)} HTML içeriyor; bu, gerektiğinde yüklenen ve henüz yüklenmemiş bir dosyayla okunur, bu yüzden bu hücre dışarıda bırakıldı: önce \`await Citeline.preload("html")\` çağrısını yapın.`,
  "timelinejs-missing-events": () => "Bu TimelineJS dosyasında `events` dizisi yok.",
  "timelinejs-not-loaded": () => "Bu TimelineJS verisi, gerektiğinde yüklenen ve henüz yüklenmemiş bir dosyayla okunur: önce `await Citeline.preload(\"timelinejs\")` çağrısını yapın.",
  "not-an-object": () => "Bu öğe bir nesne değil, bu yüzden atıldı.",
  "forbidden-key": (d) => `Anahtar ${q(d.value)} veride kullanılamaz; yok sayıldı.`,
  "unknown-field": (d) => `Bilinmeyen alan ${q(d.value)} yok sayıldı.${d.detail ? ` ${q(d.detail)} mi demek istediniz?` : ""}`,
  "wrong-type": (d) => `\`${d.field}\` yanlış türde.`,
  "wrong-type-ignored": (d) => `\`${d.field}\` yanlış türde; yok sayıldı.`,
  "string-too-long": (d) => `\`${d.field}\` çok uzun; kısaltın.`,
  "missing-title": (d) => (d.value === undefined ? "Başlık eksik: her olayın ve her dönemin bir başlığı olmalı." : "Başlıkta görünür bir karakter yok, bu yüzden eksik sayılıyor."),
  "title-from-text": (d) => `Manşet boş, bu yüzden ${q(d.value)} başlığı slaytın metninden oluşturuldu.`,
  "missing-start": () => "Başlangıç tarihi eksik: her olayın bir başlangıç tarihi olmalı.",
  "importance-range": () => "`importance` 0 ile 100 arasında bir sayı olmalı; değer bu aralığa çekildi.",
  "date-invalid": (d) => `${q(d.value)} citeline'ın okuyabildiği bir tarih değil.${d.reason ? ` ${WHY[d.reason]}${d.option === "twoDigitYearsFrom" ? ` ${CENTURY(n)}` : ""}` : ""}${d.readings?.length ? ` ${n.list(d.readings, "or")} (EDTF) olabilir: kastettiğiniz tarih buysa böyle yazın.` : ""} Tarihleri EDTF biçiminde yazın, örneğin 2008-06-08, 2008-06, 1980, 2008-22 (yaz), 2008-06~ (yaklaşık).`,
  "date-ambiguous": (d) => `${q(d.value)} belirsiz${d.readings && d.readings.length > 1 ? `: ${n.list(d.readings, "or")} (EDTF) olarak okunabilir. Kastettiğiniz tarihi bu biçimde yazın.` : ". Tarihi YYYY-AA-GG biçiminde yazın."}${d.option === "dateFormat" ? ` ${ORDER}` : ""}`,
  "date-reinterpreted": (d) => (d.readAs && otherReadings(d).length ? `${q(d.value)}, ${q(d.readAs)} (EDTF) olarak okundu; ${n.list(otherReadings(d), "or")} olarak da okunabilir. Kastettiğiniz tarihi bu biçimde yazın.` : d.readAs ? `${q(d.value)}, ${q(d.readAs)} (EDTF) olarak okundu. Kastettiğiniz tarih bu değilse EDTF biçiminde (örneğin YYYY-AA-GG) yazın.` : `${q(d.value)} başka bir biçimde okundu. Emin olmak için EDTF biçiminde (örneğin YYYY-AA-GG) yazın.`),
  "date-out-of-range": (d) => `${q(d.value)}, citeline'ın çizebildiği aralığın dışında (1970'in iki yanında yaklaşık ${n.count(270000)} yıl).`,
  "date-object-mismatch": (d) => (d.readAs ? `Bu tarih nesnesinin sınırları ${q(d.readAs)} EDTF metniyle uyuşmuyor; metin okundu, sınırlar yok sayıldı.` : "Bu tarih nesnesinin sınırları EDTF metniyle uyuşmuyor; metin okundu, sınırlar yok sayıldı."),
  "date-unsupported": (d) => `${q(d.value)}, citeline'ın henüz çizmediği bir biçim kullanıyor.${d.reason ? ` ${WHY[d.reason]}` : ""}`,
  "edtf-not-loaded": (d) => `${q(d.value)}, gerektiğinde yüklenen ve henüz yüklenmemiş bir dosyayla okunan bir EDTF tarihi: önce \`await Citeline.preload("edtf")\` çağrısını yapın.`,
  "words-not-loaded": (d) => `${q(d.value)} sözcüklerle ya da EDTF dışında bir biçimde yazılmış bir tarih olabilir; gerektiğinde yüklenen ve henüz yüklenmemiş bir dosyayla okunur: önce \`await Citeline.preload("words")\` çağrısını yapın.`,
  "end-before-start": (d) => `Bitiş (${d.value ?? ""}) başlangıçtan${d.detail ? ` (${d.detail})` : ""} önce.`,
  "interval-and-end": () => "Başlangıç zaten kendi bitişi olan bir aralık ve ayrıca bir bitiş de verilmiş: yalnızca birini tutun.",
  "duplicate-id": (d) => `Kimlik ${q(d.value)} zaten kullanılıyor; kimlikler benzersiz olmalı.`,
  "unknown-group": (d) => `Grup ${q(d.value)} zaman çizelgesinin grupları arasında yok; yeni bir şerit olarak eklendi.`,
  "unknown-source": (d) => `Kaynak ${q(d.value)} zaman çizelgesinin kaynakları arasında yok; alıntı atıldı.`,
  "unknown-story-event": (d) => `\`story\` içindeki ${q(d.value)} girdisi zaman çizelgesindeki hiçbir olayı göstermiyor; atlandı.`,
  "duplicate-story-event": (d) => `${q(d.value)} olayı hikâyede zaten var; bu tekrar atlandı.`,
  "unknown-via": (d) => `\`via\` alanındaki ${q(d.value)} zaman çizelgesinin kaynakları arasında yok; yok sayıldı.`,
  "unknown-disputes": (d) => `\`disputes\` alanındaki ${q(d.value)} zaman çizelgesinin başka bir kaynağı değil; yok sayıldı.`,
  "account-differs": (d) => `Bu satır ${q(d.value)} olayının (aynı kimlik) başka bir anlatımını veriyor; ${d.detail ?? d.field ?? ""} alanları ilk satırdakinden farklı ve yok sayıldı. Başka bir olaysa satıra kendi kimliğini verin.`,
  "start-and-accounts": () => "Bu olay hem kendi tarihini hem anlatımlar veriyor; tarihi, olayın kendi kaynaklarıyla ilk anlatım olarak okundu.",
  "via-too-deep": () => "Bir `via` zinciri çok uzun, bu yüzden kesildi.",
  "citation-differs": (d) => `Kaynak ${q(d.value)} burada, tanımlandığı yerdekinden farklı bilgilerle${d.detail ? ` (${d.detail})` : ""} alıntılanmış; oradakiler tutuldu. İkisini de tutmak için bu alıntıya kendi kimliğini verin.`,
  "via-cycle": (d) => `\`via\` bir döngü oluşturuyor${d.detail ? ` (${d.detail})` : ""}; geri dönen bağlantı kaldırıldı.`,
  "source-missing-publisher": () => "Bir kaynağın yayıncısı (bunu kimin söylediği) olmalı; bu kaynağın yok, bu yüzden atıldı.",
  "citation-missing-publisher": () => "Bu alıntı bir yayıncı (bunu kimin söylediği) belirtmiyor, bu yüzden atıldı.",
  "missing-id": () => "Bir grubun, olayların anabileceği bir kimliği olmalı.",
  "unsourced": () => "Bu olay hiçbir kaynak göstermiyor. Her iddia, onu kimin aktardığını söylemeli.",
  "url-unsafe": (d) => `Bağlantı ${q(d.value)} bir http(s) ya da mailto adresi değil; atıldı.`,
  "url-invalid": (d) => `${q(d.value)} geçerli bir adres değil; atıldı.`,
  "media-url-unsafe": (d) => `Görsel adresi ${q(d.value)} reddedildi: yalnızca http(s) adresleri ve sitenin kendi adresleri gösterilir; görsel atıldı, künyesi kaynak olarak kaldı.`,
  "media-missing-url": () => "Bu medyanın `url` alanı yok, gösterilecek görsel yok; künyesi kaynak olarak kaldı.",
  "media-missing-alt": () => "Bu görselin `alt` metni yok: onu göremeyen, ne gösterdiğini öğrenemez. Süsleme amaçlı olarak gösterildi.",
  "draft-unresolved-date": (d) => `${q(d.value)} cümlesindeki bir tarih, makalenin yazıldığı günden sayılıyor ve o gün bilinmiyor: bundan olay oluşturulmadı. Yayın tarihini belirtin.`,
  "draft-unanchored-date": (d) => `${q(d.value)} cümlesindeki ${d.detail ? `${q(d.detail)} tarihi,` : `bir tarih,`} metnin daha önce anmadığı bir günden sayılıyor: bundan olay oluşturulmadı. Tarihi kendiniz girin.`,
  "draft-undated-span": (d) => `${q(d.value)} cümlesi bir şeyin ne kadar sürdüğünü söylüyor, ne zaman olduğunu değil: gerçek tarihlerini yazın.`,
  "draft-date-from-context": (d) => `${q(d.value)} cümlesindeki ${d.detail ? `${q(d.detail)} tarihi,` : `bir tarih,`} önceki metinden çıkarıldı: kontrol edin.`,
  "draft-language": (d) => `${q(d.value)} dilindeki tarihler okunamıyor; metin İngilizce olarak okundu.`,
});
