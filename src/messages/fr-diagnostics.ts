/**
 * French: the sentence of every diagnostic, as an embed shows it to the reader. A diagnostic's own
 * `message` stays English for developers; these read only its `value`, `field`, `readAs`, `readings`, `reason` and `detail`.
 *
 * @module
 */
import type { DateReason } from "./diagnostics.js";
import { otherReadings, own } from "./isolate.js";
import type { Messages } from "./index.js";
import type { Numbers } from "./numbers.js";

const q = (value: string | undefined) => `«\u00a0${own(value)}\u00a0»`;

// Why a date was refused (`Diagnostic.reason`), said after the sentence that it was.
const WHY: Readonly<Record<DateReason, string>> = {
  "two-digit-year": "Une année à deux chiffres peut être de n’importe quel siècle\u202f: écrivez l’année en entier.",
  "day-without-year": "Un jour et un mois sans année, ou une année d’un siècle inconnu\u202f: écrivez la date avec son année en entier.",
  "time-needs-day": "Une heure a besoin, avant elle, de la date entière, jour compris.",
  "zone-abbreviation": "L’abréviation d’un fuseau horaire peut désigner plus d’un décalage\u202f: écrivez le décalage lui-même, par exemple +00:00 ou -08:00.",
  "not-a-time": "Son heure n’existe pas.",
  "no-month": "Son mois n’existe pas (1 à 12).",
  "no-day": "Son mois n’a pas ce jour.",
  "weekday": "Le jour de la semaine écrit avec elle n’est pas celui de cette date.",
  "no-year-0": "Le compte av./apr. J.-C. n’a pas d’année 0\u00a0: 1 av. J.-C. est suivi de 1 apr. J.-C.",
  "short-years": "Une année d’un ou deux chiffres peut être de n’importe quel siècle\u202f: écrivez les années en entier.",
  "needs-known-end": "Un intervalle a besoin d’au moins une extrémité connue.",
  "present-ends": "Le présent peut clore un intervalle, pas l’ouvrir\u202f: écrivez quand il a commencé comme début, et le présent comme fin.",
  "backward-range": "Une plage qu’elle contient finit avant de commencer.",
  "qualified-span": "citeline ne sait pas encore marquer comme approximative ou incertaine une période, une décennie, un siècle ou une heure.",
  "no-known-year": "Son année est entièrement inconnue\u202f: elle n’a pas de place sur une frise.",
  "bce-unknown-digits": "Une année avant notre ère aux chiffres inconnus ne peut pas encore avoir de mois ni de jour.",
  "open-set-member": "Un membre de son ensemble est ouvert à une extrémité (..).",
  "set-too-large": "Un ensemble compte au plus 100 dates.",
  "two-calendars": "Elle nomme le même moment dans deux calendriers, pas une plage\u202f: n’en écrivez qu’un.",
  "not-in-era": "Cette ère ne comprend pas cette date.",
  "empty-set-member": "Son ensemble a un membre vide.",
  "set-member-form": "Les membres d’un ensemble sont des dates ou des plages écrites a..b.",
  "part-needs-span": "Début, milieu et fin se disent d’un mois, d’une année, d’une décennie ou d’un siècle.",
  "object-needs-edtf": "Un objet date a besoin de son texte EDTF dans `edtf`.",
};

// The sheet's order of day and month, which `dateFormat` gives (`Diagnostic.option`).
const ORDER = `Ou indiquez l’ordre de la feuille avec date-format (dateFormat)\u202f: DMY (le jour d’abord) ou MDY (le mois d’abord).`;
// The option that reads a two-digit year, said where the diagnostic names it (`Diagnostic.option`).
const CENTURY = (n: Numbers) => `Si toutes les dates tiennent en cent ans, indiquez la première de ces années avec two-digit-years-from (twoDigitYearsFrom), par exemple ${n.plain(1930)}.`;

/** French sentences, by diagnostic code. */
export const frenchDiagnostics = (n: Numbers): Messages["diagnostics"] => ({
  "json-syntax": () => "Le JSON n’a pas pu être lu.",
  "text-encoding": (d) => (d.value ? `Le fichier n’est pas du texte UTF-8\u202f; il a donc été lu en ${d.value}, comme Excel sous Windows enregistre un simple ${q("CSV")}. Si une lettre paraît fausse, enregistrez plutôt la feuille en ${q("CSV UTF-8")}.` : `Des caractères de ce texte ont été perdus avant que citeline le lise (affichés ${q("�")})\u202f: il a été lu en UTF-8, mais ${d.detail === "utf-16" ? `c’est de l’UTF-16 (le ${q("Texte Unicode")} d’Excel)` : "ce n’en est pas"}. Chargez le fichier lui-même, ou enregistrez-le en ${q("CSV UTF-8")}.`),
  "format-unknown": (d) => `Format de données inconnu ${q(d.value)}. Utilisez json, csv, timelinejs ou auto.`,
  "input-not-object": () => "Les données doivent être un objet chronologie avec un tableau events.",
  "events-not-array": () => "`events` doit être un tableau d’événements.",
  "list-not-array": (d) => `\`${d.field}\` doit être un tableau\u202f; il a été ignoré.`,
  "csv-empty": () => "Le tableur ne contient aucune donnée sous son en-tête dans les colonnes que citeline lit.",
  "csv-separator": () => "Les cellules du tableur ne sont pas séparées par des virgules\u202f; il a été lu avec son propre séparateur.",
  "csv-missing-column": (d) => `Il manque au tableur une colonne nécessaire.${d.value === undefined ? "" : ` Sa ligne d’en-tête contient\u00a0: ${d.value}.`}`,
  "csv-title-from-text": (d) => `Le tableau n’a pas de colonne de titre\u202f; chaque titre a été formé des premiers mots de la colonne ${q(d.value)}.`,
  "csv-html-text": (d) => `La colonne ${q(d.value)} contient du HTML, comme une page web écrit son texte\u202f; ses cellules ont été lues comme une page les montre\u00a0: les mots gardés, le balisage laissé de côté, et chaque lien cité comme source de sa ligne.`,
  "csv-unknown-column": (d) => `La colonne ${q(d.value)} n’est pas lue par citeline\u202f; elle a été ignorée.`,
  "csv-unknown-columns": () => "Certaines colonnes ne sont pas lues par citeline et ont été ignorées.",
  "csv-row-type": (d) => `Le type de ligne ${q(d.value)} est inconnu\u202f; la ligne a été lue comme un événement.`,
  "html-not-loaded": (d) => `${q(d.value)} contient du HTML, qui se lit avec un fichier chargé à la demande, qui ne l’a pas été\u202f; le média de cette ligne a été laissé de côté\u00a0: appelez d’abord \`await Citeline.preload("html")\`.`,
  "html-text-not-loaded": (d) => `${q(d.value)} contient du HTML, qui se lit avec un fichier chargé à la demande, qui ne l’a pas été\u202f; cette cellule a été laissée de côté\u00a0: appelez d’abord \`await Citeline.preload("html")\`.`,
  "timelinejs-missing-events": () => "Ce fichier TimelineJS n’a pas de tableau `events`.",
  "timelinejs-not-loaded": () => "Ces données TimelineJS se lisent avec un fichier chargé à la demande, qui ne l’a pas été\u00a0: appelez d’abord `await Citeline.preload(\"timelinejs\")`.",
  "not-an-object": () => "Cet élément n’est pas un objet\u202f; il a été écarté.",
  "forbidden-key": (d) => `La clé ${q(d.value)} n’est pas autorisée dans les données\u202f; elle a été ignorée.`,
  "unknown-field": (d) => `Le champ inconnu ${q(d.value)} a été ignoré.${d.detail ? ` Vouliez-vous dire ${q(d.detail)}\u202f?` : ""}`,
  "wrong-type": (d) => `\`${d.field}\` n’a pas le bon type.`,
  "wrong-type-ignored": (d) => `\`${d.field}\` n’a pas le bon type\u202f; il a été ignoré.`,
  "string-too-long": (d) => `\`${d.field}\` est trop long\u202f; raccourcissez-le.`,
  "missing-title": (d) => (d.value === undefined ? "Le titre manque\u00a0: chaque événement et chaque période en ont besoin." : "Le titre ne contient aucun caractère visible\u202f; il est considéré comme manquant."),
  "title-from-text": (d) => `Le titre de la diapositive est vide\u202f; le titre ${q(d.value)} a été tiré de son texte.`,
  "missing-start": () => "La date de début manque\u00a0: chaque événement en a besoin.",
  "importance-range": () => "`importance` doit être un nombre de 0 à 100\u202f; la valeur a été ramenée dans cet intervalle.",
  "date-invalid": (d) => `${q(d.value)} n’est pas une date que citeline sait lire.${d.reason ? ` ${WHY[d.reason]}${d.option === "twoDigitYearsFrom" ? ` ${CENTURY(n)}` : ""}` : ""}${d.readings?.length ? ` Ce pourrait être ${n.list(d.readings, "or")} (EDTF)\u202f: écrivez-la ainsi si c’est la date voulue.` : ""} Écrivez les dates en EDTF, par exemple 2008-06-08, 2008-06, 1980, 2008-22 (été), 2008-06~ (approximative).`,
  "date-ambiguous": (d) => `${q(d.value)} est ambigu${d.readings && d.readings.length > 1 ? `\u202f: il peut se lire ${n.list(d.readings, "or")} (EDTF). Écrivez celle de ces dates que vous voulez dire.` : ". Écrivez la date au format AAAA-MM-JJ."}${d.option === "dateFormat" ? ` ${ORDER}` : ""}`,
  "date-reinterpreted": (d) => (d.readAs && otherReadings(d).length ? `${q(d.value)} a été lu comme ${q(d.readAs)} (EDTF)\u202f; il peut aussi se lire ${n.list(otherReadings(d), "or")}. Écrivez celle de ces dates que vous voulez dire.` : d.readAs ? `${q(d.value)} a été lu comme ${q(d.readAs)} (EDTF). Si ce n’est pas la date voulue, écrivez-la en EDTF (par exemple AAAA-MM-JJ).` : `${q(d.value)} a été lu d’une autre façon que prévu. Écrivez-le en EDTF (par exemple AAAA-MM-JJ) pour en être sûr.`),
  "date-out-of-range": (d) => `${q(d.value)} est hors de la période que citeline peut dessiner (environ ${n.count(270000)} ans de part et d’autre de 1970).`,
  "date-object-mismatch": (d) => (d.readAs ? `Les bornes de cet objet date ne correspondent pas à son texte EDTF ${q(d.readAs)}\u202f; le texte a été lu et les bornes ignorées.` : "Les bornes de cet objet date ne correspondent pas à son texte EDTF\u202f; le texte a été lu et les bornes ignorées."),
  "date-unsupported": (d) => `${q(d.value)} utilise une forme que citeline ne dessine pas encore.${d.reason ? ` ${WHY[d.reason]}` : ""}`,
  "edtf-not-loaded": (d) => `${q(d.value)} est une date EDTF qui se lit avec un fichier chargé à la demande, qui ne l’a pas été\u00a0: appelez d’abord \`await Citeline.preload("edtf")\`.`,
  "words-not-loaded": (d) => `${q(d.value)} est peut-être une date écrite en toutes lettres ou autrement qu’en EDTF, qui se lit avec un fichier chargé à la demande, qui ne l’a pas été\u00a0: appelez d’abord \`await Citeline.preload("words")\`.`,
  "end-before-start": (d) => `La fin (${d.value ?? ""}) précède le début${d.detail ? ` (${d.detail})` : ""}.`,
  "interval-and-end": () => "Le début est déjà un intervalle avec sa propre fin, et une fin a aussi été donnée\u00a0: n’en gardez qu’une.",
  "duplicate-id": (d) => `L’identifiant ${q(d.value)} est déjà utilisé\u00a0: les identifiants doivent être uniques.`,
  "unknown-group": (d) => `Le groupe ${q(d.value)} ne fait pas partie des groupes de la chronologie\u202f; il a été ajouté comme nouvelle ligne.`,
  "unknown-source": (d) => `La source ${q(d.value)} ne fait pas partie des sources de la chronologie\u202f; la citation a été écartée.`,
  "unknown-story-event": (d) => `L’entrée ${q(d.value)} de \`story\` ne désigne aucun événement de la chronologie\u202f; elle a été ignorée.`,
  "duplicate-story-event": (d) => `L’événement ${q(d.value)} figure déjà dans le récit\u202f; la répétition a été ignorée.`,
  "unknown-via": (d) => `\`via\` désigne ${q(d.value)}, qui ne fait pas partie des sources de la chronologie\u202f; il a été ignoré.`,
  "unknown-disputes": (d) => `\`disputes\` désigne ${q(d.value)}, qui n’est pas une autre source de la chronologie\u202f; il a été ignoré.`,
  "account-differs": (d) => `Cette ligne donne une autre version de l’événement ${q(d.value)} (même identifiant)\u202f; ses champs ${d.detail ?? d.field ?? ""} diffèrent de ceux de la première ligne et ont été ignorés. Donnez-lui son propre identifiant s’il s’agit d’un autre événement.`,
  "start-and-accounts": () => "Cet événement donne sa propre date et des versions\u202f; sa date a été lue comme la première version, avec les sources de l’événement.",
  "via-too-deep": () => "Une chaîne de `via` est trop longue\u202f; elle a été coupée.",
  "citation-differs": (d) => `La source ${q(d.value)} est citée ici avec d’autres détails${d.detail ? ` (${d.detail})` : ""} que là où elle est définie\u202f; ceux-là ont été gardés. Donnez à cette citation son propre identifiant pour garder les deux.`,
  "via-cycle": (d) => `Les \`via\` forment une boucle${d.detail ? ` (${d.detail})` : ""}\u202f; le lien de retour a été supprimé.`,
  "source-missing-publisher": () => "Une source a besoin d’un éditeur (qui l’affirme)\u202f; celle-ci n’en a pas et a été écartée.",
  "citation-missing-publisher": () => "Cette citation ne nomme aucun éditeur (qui l’affirme)\u202f; elle a été écartée.",
  "missing-id": () => "Un groupe a besoin d’un identifiant que les événements peuvent nommer.",
  "unsourced": () => "Cet événement ne cite aucune source. Chaque affirmation devrait dire qui la rapporte.",
  "url-unsafe": (d) => `Le lien ${q(d.value)} n’est pas une adresse http(s) ni mailto\u202f; il a été écarté.`,
  "url-invalid": (d) => `${q(d.value)} n’est pas une adresse valide\u202f; elle a été écartée.`,
  "media-url-unsafe": (d) => `L’adresse d’image ${q(d.value)} a été refusée\u00a0: seules les adresses http(s) et celles du site lui-même sont affichées\u202f; l’image a été écartée et son crédit gardé comme source.`,
  "media-missing-url": () => "Ce média n’a pas d’`url`\u202f: il n’y a pas d’image à afficher\u202f; son crédit a été gardé comme source.",
  "media-missing-alt": () => "Cette image n’a pas de texte `alt`\u202f: qui ne la voit pas n’en apprend rien. Elle est affichée comme décorative.",
  "draft-unresolved-date": (d) => `Une date de la phrase ${q(d.value)} compte à partir du jour où l’article a été écrit, qui n’est pas connu\u00a0: aucun événement n’en a été tiré. Indiquez la date de publication.`,
  "draft-unanchored-date": (d) => `${d.detail ? `La date ${q(d.detail)}` : `Une date`} de la phrase ${q(d.value)} compte à partir d’un jour que le texte ne nomme pas avant elle\u00a0: aucun événement n’en a été tiré. Datez-la vous-même.`,
  "draft-undated-span": (d) => `La phrase ${q(d.value)} dit combien de temps quelque chose a duré, pas quand\u00a0: indiquez ses vraies dates.`,
  "draft-date-from-context": (d) => `${d.detail ? `La date ${q(d.detail)}` : `Une date`} de la phrase ${q(d.value)} a été déduite du texte qui la précède\u00a0: vérifiez-la.`,
  "draft-language": (d) => `Les dates en ${q(d.value)} ne peuvent pas être lues\u202f; le texte a été lu comme de l’anglais.`,
});
