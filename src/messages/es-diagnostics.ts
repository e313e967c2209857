/**
 * Spanish: the sentence of every diagnostic, as an embed shows it to the reader. A diagnostic's
 * own `message` stays English for developers; these read only its `value`, `field`, `readAs`, `readings`, `reason` and `detail`.
 *
 * @module
 */
import type { DateReason } from "./diagnostics.js";
import { otherReadings, own } from "./isolate.js";
import type { Messages } from "./index.js";
import type { Numbers } from "./numbers.js";

const q = (value: string | undefined) => `«${own(value)}»`;

// Why a date was refused (`Diagnostic.reason`), said after the sentence that it was.
const WHY: Readonly<Record<DateReason, string>> = {
  "two-digit-year": "Un año de dos cifras puede ser de cualquier siglo: escriba el año completo.",
  "day-without-year": "Un día y un mes sin año, o un año de algún siglo: escriba la fecha con el año completo.",
  "time-needs-day": "Una hora necesita antes la fecha completa, con el día.",
  "zone-abbreviation": "La abreviatura de una zona horaria puede indicar más de un desfase: escriba el desfase mismo, como +00:00 o -08:00.",
  "not-a-time": "Su hora no existe.",
  "no-month": "Su mes no existe (1 a 12).",
  "no-day": "Su mes no tiene ese día.",
  "weekday": "El día de la semana escrito con ella no es el de esa fecha.",
  "no-year-0": "La cuenta a. C./d. C. no tiene año 0: al 1 a. C. le sigue el 1 d. C.",
  "short-years": "Un año de una o dos cifras puede ser de cualquier siglo: escriba los años completos.",
  "needs-known-end": "Un intervalo necesita al menos un extremo conocido.",
  "present-ends": "El presente puede cerrar un intervalo, no abrirlo: escriba cuándo empezó como inicio y el presente como final.",
  "backward-range": "Un rango que contiene termina antes de empezar.",
  "qualified-span": "citeline aún no sabe marcar como aproximado o incierto un periodo, una década, un siglo o una hora.",
  "no-known-year": "Su año es del todo desconocido: no tiene lugar en una cronología.",
  "bce-unknown-digits": "Un año antes de nuestra era con cifras desconocidas aún no puede tener mes ni día.",
  "open-set-member": "Un miembro de su conjunto está abierto por un extremo (..).",
  "set-too-large": "Un conjunto tiene como mucho 100 fechas.",
  "two-calendars": "Nombra el mismo momento en dos calendarios, no un rango: escriba solo uno.",
  "not-in-era": "Esa era no incluye esa fecha.",
  "empty-set-member": "Su conjunto tiene un miembro vacío.",
  "set-member-form": "Los miembros de un conjunto son fechas o rangos escritos a..b.",
  "part-needs-span": "Principios, mediados y finales se dicen de un mes, un año, una década o un siglo.",
  "object-needs-edtf": "Un objeto de fecha necesita su texto EDTF en `edtf`.",
};

// The sheet's order of day and month, which `dateFormat` gives (`Diagnostic.option`).
const ORDER = `O indique el orden de la hoja con date-format (dateFormat): DMY (primero el día) o MDY (primero el mes).`;
// The option that reads a two-digit year, said where the diagnostic names it (`Diagnostic.option`).
const CENTURY = (n: Numbers) => `Si todas las fechas caen en cien años, indique el primero de ellos con two-digit-years-from (twoDigitYearsFrom), p. ej. ${n.plain(1930)}.`;

/** Spanish sentences, by diagnostic code. */
export const spanishDiagnostics = (n: Numbers): Messages["diagnostics"] => ({
  "json-syntax": () => "No se pudo leer el JSON.",
  "text-encoding": (d) => (d.value ? `El archivo no es texto UTF-8, así que se leyó como ${d.value}, como Excel en Windows guarda un ${q("CSV")} simple. Si alguna letra se ve mal, guarde la hoja como ${q("CSV UTF-8")}.` : `Se perdieron caracteres de este texto antes de que citeline lo leyera (se ven como ${q("�")}): se leyó como UTF-8, pero ${d.detail === "utf-16" ? `es UTF-16 (el ${q("Texto Unicode")} de Excel)` : "no lo es"}. Cargue el archivo mismo, o guárdelo como ${q("CSV UTF-8")}.`),
  "format-unknown": (d) => `Formato de datos desconocido ${q(d.value)}. Use json, csv, timelinejs o auto.`,
  "input-not-object": () => "Los datos deben ser un objeto de cronología con una lista events.",
  "events-not-array": () => "`events` debe ser una lista de eventos.",
  "list-not-array": (d) => `\`${d.field}\` debe ser una lista; se ha ignorado.`,
  "csv-empty": () => "La hoja no tiene datos: no hay nada bajo su encabezado en las columnas que lee citeline.",
  "csv-separator": () => "Las celdas de la hoja no están separadas por comas; se ha leído con su propio separador.",
  "csv-missing-column": (d) => `A la hoja le falta una columna necesaria.${d.value === undefined ? "" : ` Su fila de encabezado dice: ${d.value}.`}`,
  "csv-title-from-text": (d) => `La hoja no tiene columna de título; cada título se formó con las primeras palabras de la columna ${q(d.value)}.`,
  "csv-html-text": (d) => `La columna ${q(d.value)} contiene HTML, como una página web escribe el texto; sus celdas se leyeron como las muestra una página: se conservaron las palabras, se omitió el marcado y cada enlace se citó como fuente de su fila.`,
  "csv-unknown-column": (d) => `citeline no lee la columna ${q(d.value)}; se ha ignorado.`,
  "csv-unknown-columns": () => "citeline no lee algunas columnas; se han ignorado.",
  "csv-row-type": (d) => `El tipo de fila ${q(d.value)} es desconocido; la fila se ha leído como un evento.`,
  "html-not-loaded": (d) => `${q(d.value)} contiene HTML, que se lee con un archivo que se carga a demanda y que no se ha cargado; se han omitido los medios de esta fila: llame primero a \`await Citeline.preload("html")\`.`,
  "html-text-not-loaded": (d) => `${q(d.value)} contiene HTML, que se lee con un archivo que se carga a demanda y que no se ha cargado; se ha omitido esta celda: llame primero a \`await Citeline.preload("html")\`.`,
  "timelinejs-missing-events": () => "Este archivo de TimelineJS no tiene una lista `events`.",
  "timelinejs-not-loaded": () => "Estos datos de TimelineJS se leen con un archivo que se carga a demanda y que no se ha cargado: llame primero a `await Citeline.preload(\"timelinejs\")`.",
  "not-an-object": () => "Este elemento no es un objeto, así que se ha descartado.",
  "forbidden-key": (d) => `La clave ${q(d.value)} no está permitida en los datos y se ha ignorado.`,
  "unknown-field": (d) => `Se ha ignorado el campo desconocido ${q(d.value)}.${d.detail ? ` ¿Quería decir ${q(d.detail)}?` : ""}`,
  "wrong-type": (d) => `\`${d.field}\` tiene un tipo incorrecto.`,
  "wrong-type-ignored": (d) => `\`${d.field}\` tiene un tipo incorrecto; se ha ignorado.`,
  "string-too-long": (d) => `\`${d.field}\` es demasiado largo; acórtelo.`,
  "missing-title": (d) => (d.value === undefined ? "Falta el título: cada evento y cada época necesitan uno." : "El título no tiene ningún carácter visible, así que cuenta como ausente."),
  "title-from-text": (d) => `El titular está vacío, así que el título ${q(d.value)} se ha tomado del texto de la diapositiva.`,
  "missing-start": () => "Falta la fecha de inicio: cada evento necesita una.",
  "importance-range": () => "`importance` debe ser un número de 0 a 100; se ha ajustado a ese intervalo.",
  "date-invalid": (d) => `${q(d.value)} no es una fecha que citeline sepa leer.${d.reason ? ` ${WHY[d.reason]}${d.option === "twoDigitYearsFrom" ? ` ${CENTURY(n)}` : ""}` : ""}${d.readings?.length ? ` Podría ser ${n.list(d.readings, "or")} (EDTF): escríbala así si es la fecha que quiere decir.` : ""} Escriba las fechas en EDTF, por ejemplo 2008-06-08, 2008-06, 1980, 2008-22 (verano), 2008-06~ (aproximada).`,
  "date-ambiguous": (d) => `${q(d.value)} es ambigua${d.readings && d.readings.length > 1 ? `: puede leerse como ${n.list(d.readings, "or")} (EDTF). Escriba la fecha que quiere decir en esa forma.` : ". Escríbala como AAAA-MM-DD."}${d.option === "dateFormat" ? ` ${ORDER}` : ""}`,
  "date-reinterpreted": (d) => (d.readAs && otherReadings(d).length ? `${q(d.value)} se ha leído como ${q(d.readAs)} (EDTF); también puede leerse como ${n.list(otherReadings(d), "or")}. Escriba la fecha que quiere decir en esa forma.` : d.readAs ? `${q(d.value)} se ha leído como ${q(d.readAs)} (EDTF). Si no es la fecha que quería decir, escríbala en EDTF (por ejemplo AAAA-MM-DD).` : `${q(d.value)} se ha leído de otra forma. Escríbala en EDTF (por ejemplo AAAA-MM-DD) para estar seguro.`),
  "date-out-of-range": (d) => `${q(d.value)} está fuera del intervalo que citeline puede dibujar (unos ${n.count(270000)} años antes y después de 1970).`,
  "date-object-mismatch": (d) => (d.readAs ? `Los límites de este objeto de fecha no coinciden con su texto EDTF ${q(d.readAs)}; se ha leído el texto y se han ignorado los límites.` : "Los límites de este objeto de fecha no coinciden con su texto EDTF; se ha leído el texto y se han ignorado los límites."),
  "date-unsupported": (d) => `${q(d.value)} usa una forma que citeline aún no dibuja.${d.reason ? ` ${WHY[d.reason]}` : ""}`,
  "edtf-not-loaded": (d) => `${q(d.value)} es una fecha EDTF que se lee con un archivo que se carga a demanda y que no se ha cargado: llame primero a \`await Citeline.preload("edtf")\`.`,
  "words-not-loaded": (d) => `${q(d.value)} puede ser una fecha escrita con palabras o de otro modo que en EDTF, que se lee con un archivo que se carga a demanda y que no se ha cargado: llame primero a \`await Citeline.preload("words")\`.`,
  "end-before-start": (d) => `El fin (${d.value ?? ""}) es anterior al inicio${d.detail ? ` (${d.detail})` : ""}.`,
  "interval-and-end": () => "El inicio ya es un intervalo con su propio fin, y además se ha dado un fin: deje solo uno.",
  "duplicate-id": (d) => `El identificador ${q(d.value)} ya está en uso; los identificadores deben ser únicos.`,
  "unknown-group": (d) => `El grupo ${q(d.value)} no está entre los grupos de la cronología; se ha añadido como un carril nuevo.`,
  "unknown-source": (d) => `La fuente ${q(d.value)} no está entre las fuentes de la cronología; se ha descartado la cita.`,
  "unknown-story-event": (d) => `La entrada ${q(d.value)} de \`story\` no corresponde a ningún evento de la cronología; se ha omitido.`,
  "duplicate-story-event": (d) => `El evento ${q(d.value)} ya está en el relato; se ha omitido la repetición.`,
  "unknown-via": (d) => `\`via\` nombra ${q(d.value)}, que no está entre las fuentes de la cronología; se ha ignorado.`,
  "unknown-disputes": (d) => `\`disputes\` nombra ${q(d.value)}, que no es otra de las fuentes de la cronología; se ha ignorado.`,
  "account-differs": (d) => `Esta fila da otra versión del evento ${q(d.value)} (el mismo id); sus campos ${d.detail ?? d.field ?? ""} difieren de los de la primera fila y se han ignorado. Dele su propio id si es otro evento.`,
  "start-and-accounts": () => "Este evento da su propia fecha y versiones; su fecha se ha leído como la primera versión, con las fuentes del evento.",
  "via-too-deep": () => "Una cadena de `via` es demasiado larga, así que se ha cortado.",
  "citation-differs": (d) => `La fuente ${q(d.value)} se cita aquí con otros datos${d.detail ? ` (${d.detail})` : ""} que donde se define; se han conservado aquellos. Dé a esta cita su propio identificador para conservar ambos.`,
  "via-cycle": (d) => `\`via\` forma un bucle${d.detail ? ` (${d.detail})` : ""}; se ha quitado el enlace de vuelta.`,
  "source-missing-publisher": () => "Una fuente necesita un editor (quién lo dice); esta no lo tiene y se ha descartado.",
  "citation-missing-publisher": () => "Esta cita no nombra ningún editor (quién lo dice), así que se ha descartado.",
  "missing-id": () => "Un grupo necesita un identificador que los eventos puedan nombrar.",
  "unsourced": () => "Este evento no cita ninguna fuente. Cada afirmación debería decir quién la informa.",
  "url-unsafe": (d) => `El enlace ${q(d.value)} no es una dirección http(s) ni mailto; se ha descartado.`,
  "url-invalid": (d) => `${q(d.value)} no es una dirección válida; se ha descartado.`,
  "media-url-unsafe": (d) => `Se ha rechazado la dirección de imagen ${q(d.value)}: solo se muestran direcciones http(s) y del propio sitio; la imagen se ha descartado y su crédito queda como fuente.`,
  "media-missing-url": () => "Este contenido no tiene `url`, así que no hay imagen que mostrar; su crédito queda como fuente.",
  "media-missing-alt": () => "Esta imagen no tiene texto `alt`: quien no la ve no sabe qué muestra. Se muestra como decorativa.",
  "draft-unresolved-date": (d) => `Una fecha de la frase ${q(d.value)} se cuenta desde el día en que se escribió el artículo, que no se conoce: no se ha creado ningún evento a partir de ella. Indique la fecha de publicación.`,
  "draft-unanchored-date": (d) => `${d.detail ? `La fecha ${q(d.detail)}` : `Una fecha`} de la frase ${q(d.value)} se cuenta desde un día que el texto no nombra antes: no se ha creado ningún evento a partir de ella. Féchela usted.`,
  "draft-undated-span": (d) => `La frase ${q(d.value)} dice cuánto duró algo, no cuándo: escriba sus fechas reales.`,
  "draft-date-from-context": (d) => `${d.detail ? `La fecha ${q(d.detail)}` : `Una fecha`} de la frase ${q(d.value)} se ha deducido del texto anterior: compruébela.`,
  "draft-language": (d) => `Las fechas en ${q(d.value)} no se pueden leer, así que el texto se ha leído como inglés.`,
});
