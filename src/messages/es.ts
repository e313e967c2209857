/**
 * Spanish: the words a reader sees, for any `es` tag (its digits from Intl). Qualifiers of a
 * precision are adverbs ("aproximadamente"), so that they agree with "fecha", "inicio" and "fin" alike.
 *
 * @module
 */
import { spanishDiagnostics } from "./es-diagnostics.js";
import type { Translation } from "./index.js";
import { LOADING } from "./loading.js";
import type { Numbers } from "./numbers.js";

const events = (n: Numbers, count: number) => n.plural(count, { one: "# evento", many: "# de eventos", other: "# eventos" });
const some = (n: Numbers, count: number, one: string, other: string) => (count === 0 ? "" : n.plural(count, { one: `# ${one}`, many: `# de ${other}`, other: `# ${other}` }));
const PARTS = { year: "el año", month: "el mes", day: "el día" } as const;
const DOUBT = { exact: "precisión", approximate: "aproximación", uncertain: "incertidumbre", "approximate-uncertain": "aproximación e incertidumbre" } as const;

/** Spanish, made for the numbers of an `es` tag. */
export const spanish: Translation = (n) => ({
  chart: {
    defaultTitle: "Cronología",
    roleDescription: "línea de tiempo",
    toolbarLabel: "Zoom de la cronología",
    zoomOut: "Alejar",
    zoomIn: "Acercar",
    showAll: "Mostrar todo",
    listView: "Lista",
    itemsInView: (count) => n.plural(count, { one: "# evento o grupo visible", many: "# de eventos y grupos visibles", other: "# eventos y grupos visibles" }),
    describe: (e, s, showing) => `${events(n, e)}, ${n.plural(s, { one: "# fuente", many: "# de fuentes", other: "# fuentes" })}. Se muestra: ${showing}.`,
    keysHelp: "Use las flechas para pasar de un evento a otro, Intro para abrir uno, y más y menos para acercar o alejar.",
    eventsHeading: "Eventos",
    sourcesHeading: "Fuentes",
    sourceHeading: "Fuente",
    noSource: "Sin fuente indicada",
    showItsEvents: "Mostrar sus eventos",
    clearSource: "Quitar",
    close: "Cerrar",
    eventsCount: (count) => events(n, count),
    sameTime: (count) => `${events(n, count)} en el mismo momento`,
    zoomedInTo: (count) => `Ampliado a ${events(n, count)}.`,
    lastEvent: "Es el último evento.",
    firstEvent: "Es el primer evento.",
    eventsPages: "Páginas de eventos",
    sourcesPages: "Páginas de fuentes",
    previousPage: "Anterior",
    nextPage: "Siguiente",
    eventsPage: (first, last, total, all) => `Eventos ${n.count(first)}–${n.count(last)} de ${n.count(total)}${all ? "" : " visibles"}`,
    sourcesPage: (first, last, total) => `Fuentes ${n.count(first)}–${n.count(last)} de ${n.count(total)}`,
    sourceCitedBy: (count) => [n.plural(count, { one: "# evento cita ", many: "# de eventos citan ", other: "# eventos citan " }), "."],
    via: ", vía ",
    citeNumber: (k) => `[${n.plain(k)}] `,
    comma: ", ",
    quotes: ["«", "»"],
    eventRole: "evento",
    clusterRole: "grupo",
    pickSeparator: " — ",
  },
  layout: {
    otherLane: "Otros",
    unsourced: (when) => `${when} · sin fuente`,
    shownDate: (shown, when) => `${shown} (${when})`,
    sourceCount: (count) => (count === 0 ? "sin fuentes" : n.plural(count, { one: "# fuente", many: "# de fuentes", other: "# fuentes" })),
    eventName: (title, when, sources) => `${title}, ${when}, ${sources}`,
    eraName: (title, when, cited) => `${title}, ${when}${cited.length ? `, ${cited.length === 1 ? "fuente" : "fuentes"} ${cited.map(n.plain).join(", ")}` : ""}`,
    cites: (numbers) => numbers.map(n.plain).join(","),
    clusterCount: (count) => `+${typeof count === "number" ? n.plain(count) : n.digits(count)}`,
    clusterName: (count) =>
      n.plural(count, {
        one: "# evento demasiado próximo a otros para mostrarse con este zoom; actívelo para verlo",
        many: "# de eventos demasiado próximos para mostrarse con este zoom; actívelos para verlos",
        other: "# eventos demasiado próximos para mostrarse con este zoom; actívelos para verlos",
      }),
    yearsFrom: (year) => `años ${n.plain(year)}`,
    yearRange: (first, last) => `${first} – ${last}`,
    axisFormat: { time: "HH:mm", monthShort: "MMM", month: "MMMM", dayMonth: "d 'de' MMMM" },
  },
  dates: {
    year: (year) => year,
    bce: (year) => `${year} a. C.`,
    withYear: (when, year) => `${when} de ${year}`,
    decade: (first) => `década de ${first}`,
    yearSpan: (first, last) => `${first}–${last}`,
    range: (from, to) => `${from} – ${to}`,
    from: (start) => `${start} – en curso`,
    endUnknown: (start) => `${start} – fin desconocido`,
    until: (end) => `… – ${end}`,
    startUnknown: (end) => `inicio desconocido – ${end}`,
    oneOf: (dates) => `una de estas fechas: ${n.list(dates, "or")}`,
    allOf: (dates) => `todas estas fechas: ${n.list(dates)}`,
    qualified: (when, sure) => `${when} (${sure})`,
    qualifier: { exact: "", approximate: "aproximada", uncertain: "incierta", "approximate-uncertain": "aproximada, incierta" },
    parts: (groups) => groups.map(([q, parts]) => `${DOUBT[q]} en ${n.list(parts.map((p) => PARTS[p]))}`).join(", "),
    estimate: (year, digits, years) => `${year}, estimado con ${n.plural(digits, { one: "# cifra significativa", other: "# cifras significativas" })} (${years})`,
    season: (season, year) => `${season} de ${year}`,
    seasons: {
      21: "primavera", 22: "verano", 23: "otoño", 24: "invierno",
      25: "primavera (hemisferio norte)", 26: "verano (hemisferio norte)", 27: "otoño (hemisferio norte)", 28: "invierno (hemisferio norte)",
      29: "primavera (hemisferio sur)", 30: "verano (hemisferio sur)", 31: "otoño (hemisferio sur)", 32: "invierno (hemisferio sur)",
      33: "T1", 34: "T2", 35: "T3", 36: "T4",
      37: "primer cuatrimestre", 38: "segundo cuatrimestre", 39: "tercer cuatrimestre",
      40: "primer semestre", 41: "segundo semestre",
    },
    atTime: (day, time) => `${day}, ${time}`,
    utc: (offset) => `UTC${offset}`,
    someYearOf: (years, decade) => (decade ? `algún año de la ${years}` : `algún año del período ${years}`),
    inSomeYear: (when, years) => `${when}, ${years}`,
    monthOf: (month, year) => `${month} de ${year}`,
    dayOfSomeMonth: (day, years) => `el día ${day} de algún mes, ${years}`,
    someMonthOf: (years) => `algún mes de ${years}`,
    monthsOf: (first, last, years) => `${first}–${last} de ${years}`,
    knownTo: {
      millennium: "con precisión de milenio", century: "con precisión de siglo", decade: "con precisión de década", year: "con precisión de año",
      season: "con precisión de estación", month: "con precisión de mes", day: "con precisión de día", hour: "con precisión de hora",
      minute: "con precisión de minuto", second: "con precisión de segundo", instant: "un instante exacto",
    },
    sure: { exact: "", approximate: ", aproximadamente", uncertain: ", con incertidumbre", "approximate-uncertain": ", aproximadamente y con incertidumbre" },
    open: "sin límite: continúa",
    notKnown: "fecha desconocida",
    setKnown: (oneOf, count, first) => `${oneOf ? "una de" : "el conjunto de"} ${n.count(count)} fechas, la primera ${first}`,
    partsKnown: (known, parts) => `${known}; ${parts}`,
    estimateKnown: (known) => `estimación, ${known}`,
    yearKnown: (known, precision) => `${{ "day-month": "día y mes conocidos, ", month: "mes conocido, ", none: "" }[known]}año ${precision}`,
    dateSentence: (known) => `Fecha: ${known}.`,
    datesSentence: (known) => `Fechas: ${known}.`,
    startEndSentence: (start, end) => `Inicio: ${start}; fin: ${end}.`,
  },
  embed: {
    loading: LOADING.es,
    failed: "No se pudo mostrar la cronología.",
    theData: "los datos",
    noData: "No se indicaron datos: la inserción necesita la dirección de un archivo JSON o CSV.",
    invalidAddress: (where) => `${where} no es una dirección web válida.`,
    notWebAddress: (where) => `${where} no es una dirección web: solo se descargan direcciones http y https.`,
    requestFailed: (where) => `La solicitud de ${where} falló: puede que la red no esté disponible o que el sitio que aloja los datos no permita que esta página los lea.`,
    notFound: (where, status) => `No se encontró ${where} (el servidor respondió ${status}).`,
    serverAnswered: (status, where) => `El servidor respondió ${status} para ${where}.`,
    cutShort: (where) => `No se pudieron leer hasta el final los datos de ${where}.`,
    webPage: (where) =>
      `${where} es una página web, no datos (JSON o CSV). Para una hoja de cálculo de Google, use Archivo › Compartir › Publicar en la Web, elija «Valores separados por comas (.csv)» y use ese enlace.`,
    notLoaded: (where, reason) => `No se pudieron cargar los datos de ${where}: ${reason}.`,
    notDrawn: (where, why) => `Error al leer o dibujar ${where}: ${why}`,
    optionsNotApplied: (why) => `No se pudieron aplicar las opciones de la cronología: ${why}`,
    unexpected: "un error inesperado",
    noEventRead: (where, errors) =>
      `No se pudo leer ningún evento en ${where}: se ${n.plural(errors, { one: "encontró # problema", many: "encontraron # de problemas", other: "encontraron # problemas" })} en los datos.`,
    noEvents: (where) => `No hay eventos en ${where}.`,
    forTheEditor: (errors, warnings) => `Para la redacción: ${n.list([some(n, errors, "error", "errores"), some(n, warnings, "advertencia", "advertencias")].filter(Boolean))} en los datos`,
    andMore: (count) => `… y ${n.count(count)} más.`,
    diagnosticPlace: (section, index, line, field) =>
      `${index === undefined ? section : `${section}[${n.plain(index)}]`}${line === undefined ? "" : `, línea ${n.plain(line)}`}${field === undefined ? "" : `, ${field}`}`,
    diagnosticLine: (place, severity, code, message) => `${place}: ${severity === "error" ? "error" : "advertencia"} ${code}: ${message}`,
  },
  diagnostics: spanishDiagnostics(n),
});
