/**
 * The words the readers add to a diagnostic's sentence (its `detail`: what a field must be, why a
 * date was refused or how it was read, why an image address was refused), kept with every other
 * word so that they are reviewed in one place. English only: the translated diagnostics
 * (src/messages/*-diagnostics.ts) say none of these words; they name only what a diagnostic keeps
 * of the input (`Diagnostic.detail`, `readAs` and `readings`) and why a date was refused, as a code
 * (`Diagnostic.reason`, src/diagnostics.ts), each in its own words.
 *
 * Each phrase is its own export, not a property of one object: rollup leaves out the exports a
 * file does not use, never an object's unused properties. The words of the readers loaded on
 * demand are in files of their own (./details-words.ts, ./details-edtf.ts,
 * ./details-timelinejs.ts): an app's bundle, split where it imports on demand, keeps each module
 * whole in one chunk, so their words kept here would load with the page. A template is a small
 * function of values the reader has already written out (a date in words, a number with its
 * separators): messages import nothing but messages.
 *
 * @module
 */

/** Choices or readings as a list: "a", "a or b", "a, b or c" (the options' words use it too). */
export const eitherOf = (list: readonly string[]) => (list.length < 2 ? list.join("") : `${list.slice(0, -1).join(", ")} or ${list[list.length - 1]!}`);

// The item reader (src/model/reader.ts, event.ts, media.ts, accounts.ts, item-parts.ts): what a
// field must be, for "`field` must be …".

/** What a text field must be. */
export const TEXT = "text";
/** A text longer than its limit, both counts already written with their separators. */
export const tooLong = (length: string, limit: string) => `${length} characters long, more than the ${limit} allowed`;
/** What a date field must be. */
export const A_DATE = "a date: EDTF text, a Date, epoch milliseconds or a date object with its `edtf`";
/** What a saved position must be. */
export const A_WHOLE_NUMBER_FROM_0 = "a whole number from 0";
/** What `draft` must be. */
export const TRUE_OR_FALSE = "true or false";
/** What `tags` must be. */
export const A_LIST_OF_WORDS = "a list of words";
/** What `importance` must be. */
export const A_NUMBER_FROM_0_TO_100 = "a number from 0 to 100";
/** What a group's `order` must be. */
export const A_NUMBER = "a number";
/** What `media` must be. */
export const A_MEDIA_OBJECT = "an object with the image's url, alt, credit and caption";
/** What `accounts` must be. */
export const A_LIST_OF_ACCOUNTS = "a list of accounts, each with its own start and sources";
/** What `sources` must be. */
export const A_LIST_OF_SOURCES = "a list of source ids or source objects";
/** A date cell holding a missing value's marker ("N/A", "NA", "#N/A", "NaN", "null", "-"): what it must be, and what it is. */
export const missingValue = (value: string) => `a date ("${value}" is a missing value, as spreadsheets, R and pandas write one)`;
/** What an inline citation must be. */
export const A_SOURCE_OR_ITS_ID = "a source id or a source object";
/** An interval, or an item's start and end, with neither end known. */
export const NEEDS_A_KNOWN_END = "An interval needs at least one known end.";
/** A start written as the present ("present", "today"), which only ends a span. */
export const PRESENT_ENDS = "The present can end a span, not start one: write when it began as the start, and the present as the end.";

// What was not an object, for "This … is not an object"; events and eras are named by their kind.

/** An account that is not an object. */
export const ACCOUNT = "account";
/** A group that is not an object. */
export const GROUP = "group";
/** A source that is not an object. */
export const SOURCE = "source";

// What an error in part of an item dropped, appended to its sentence (ItemReader#softened).

/** An inline citation's error. */
export const CITATION_DROPPED = " Only this part of the citation was dropped.";
/** An account's error. */
export const ACCOUNT_DROPPED = " Only this account was dropped.";
/** The media's error. */
export const MEDIA_DROPPED = " Only this part of the media was dropped; the event was kept.";

// Who already uses an id, and which source a `via` problem is at (src/model/model.ts, source.ts).

/** A source's id used by an earlier one. */
export const ANOTHER_SOURCE = "another source";
/** A group's id used by an earlier one. */
export const ANOTHER_GROUP = "another group";
/** A source by its id. */
export const sourceNamed = (id: string) => `source ${id}`;
/** A source by its id, and how many others have the same problem. */
export const sourceAndMore = (id: string, more: number) => `source ${id} and ${more} more`;

// Why an image address was refused (src/model/media-url.ts), after "was refused: ".

/** An empty address. */
export const URL_EMPTY = "it is empty";
/** An address whose HTML character references spell a refused one. */
export const urlReadAsHtml = (decoded: string, reason: string) => `read as HTML it says "${decoded}", and ${reason}`;
/** An address with characters a browser drops. */
export const URL_CONTROL = "it holds control characters (tabs, line breaks or invisible codes), which browsers drop to read another address";
/** Text no browser reads as an address. */
export const URL_NOT_AN_ADDRESS = "it is not an address";
/** An address of another scheme, as the URL parser writes it ("javascript:"). */
export const urlScheme = (protocol: string) => `its scheme ${protocol} is not http or https`;
/** An http(s) address without its slashes. */
export const urlSlashes = (protocol: string) => `it should be written ${protocol}//host/…`;
/** An address with credentials in it. */
export const URL_CREDENTIALS = "it holds a user name or password";
/** A relative address whose first part reads as a scheme. */
export const URL_COLON = "its first part has a colon, so it reads as a scheme";
/** A relative address that leaves the page's site. */
export const urlOtherSite = (host: string) => `it leads to another site (${host}) without saying http or https`;

// The readers of EDTF (src/model/date.ts, date-set.ts, date-object.ts).

/** A season code outside EDTF's. */
export const notASeason = (code: number) => `${code} is not an EDTF season (21–41).`;
/** A set too long to draw or say. */
export const tooManyInSet = (max: number) => `a set of more than ${max} dates`;
/** "[1667,,1668]". */
export const EMPTY_SET_MEMBER = "A set has an empty member.";
/** A set with an interval or a set inside. */
export const SET_MEMBERS = "A set's members are dates or ranges (a..b).";
/** "[1667,..1760]": an open member among others (alone in a one-of set, it is read as a date known from one side). */
export const OPEN_SET_MEMBER = "a set member open at one end (..)";
/** A month's number that is none ("13/2020", "2008-13"). */
export const noMonth = (month: string) => `${month} is no month.`;
/** A day its month does not have ("2007-02-29", "31 June 2008"), the month in words. */
export const noDay = (month: string, day: number) => `${month} has no day ${day}.`;
/** A set's range, as written, whose end is before its start. */
export const backwardRange = (range: string) => `The range ${range} ends before it starts.`;
/** A date object with no `edtf`. */
export const DATE_OBJECT_NEEDS_EDTF = "A date object needs its EDTF text in `edtf`.";

// Months in English (src/model/date-spelled.ts), as the readers say them.

/** The months, January first. */
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// Numbers as dates (src/model/date-number.ts): how else a number may be read.

/** A year before the common era, by its number counted back (written with separators or not, as the caller reads it). */
export const bce = (year: number | string) => `${year} BCE`;
/** A small number read as a year. */
export const yearNotMs = (year: string, n: number) => `the year ${year}, not ${n} ms after the start of 1970`;
/** An instant in words, in UTC. */
export const utc = (moment: string) => `${moment} UTC`;
/** A number read as milliseconds, its instant in words. */
export const asMs = (moment: string) => `${moment} UTC (milliseconds since 1970 began)`;
/** A number that may be either. */
export const msOr = (ms: string, when: string, how: string) => `${ms}, or ${when} ${how}`;
/** A number read as milliseconds that may be the other. */
export const msElse = (ms: string, how: string, when: string) => `${ms}; ${how}, it would be ${when}`;
/** How a number may be a date: a spreadsheet's day. */
export const AS_SHEET_DAY = "as a spreadsheet's day number";
/** How a number may be a date: a year before the common era. */
export const AS_YEAR = "as a year";
/** How a number may be a date: a day's digits. */
export const AS_YYYYMMDD = "as YYYYMMDD";
/** How a number may be a date: Unix time. */
export const AS_SECONDS = "as seconds since 1970 began";

// The spreadsheet readers (src/parse/csv.ts, separator.ts, timelinejs-sheet.ts, unknown-columns.ts).

/** A header cell left blank, by its place. */
export const unnamedColumn = (at: number) => `column ${at}`;
/** Why a column with no name was not read. */
export const NO_NAME_IN_HEADER = "It has no name in the header row.";
/** How a column that repeats another starts its detail; the collapser of unknown columns looks for it. */
export const SAYS_THE_SAME_AS = "It says the same as";
/** A column that repeats another. */
export const saysTheSameAs = (earlier: string) => `${SAYS_THE_SAME_AS} "${earlier}".`;
/** The title column, missing. */
export const TITLE_COLUMN = "title (or headline)";
/** The date column, missing. */
export const DATE_COLUMN = "date (or start date)";
/** The first unknown columns, quoted and joined already, and how many more. */
export const andMore = (columns: string, rest: string) => `${columns}, and ${rest} more`;
/** Cells separated by commas. */
export const COMMAS = "commas";
/** Cells separated by semicolons. */
export const SEMICOLONS = "semicolons (as Excel writes CSV where the comma is the decimal mark)";
/** Cells separated by tabs. */
export const TABS = "tabs (a TSV file, or cells copied from a spreadsheet)";
/** "2021-22": EDTF's season, and how to write the years it may mean. */
export const seasonNotYears = (season: string, code: number, year: number, next: number) => `${season}, EDTF's season ${code}; for the years ${year} to ${next}, write ${year}/${next}`;
/** A date read in the order the data's other dates show: "8 December 2017: month first, as \"1/15/2018\" in the same data can only be". */
export const orderShown = (date: string, monthFirst: boolean, example: string) => `${date}: ${firstAs(monthFirst, example)}`;
/** The same, after what else was said of its reading ("7 June 2008, the whole day: …; month first, as …"). */
export const alsoOrderShown = (detail: string, monthFirst: boolean, example: string) => `${detail}; ${firstAs(monthFirst, example)}`;
/** A numeric date still ambiguous where the same data shows both orders ("7 June 2008 or 6 July 2008; the same data writes dates both ways: …"). */
export const bothOrdersShown = (detail: string, dayFirst: string, monthFirst: string) => `${detail}; the same data writes dates both ways: day first ("${dayFirst}") and month first ("${monthFirst}")`;
const firstAs = (monthFirst: boolean, example: string) => `${monthFirst ? "month" : "day"} first, as "${example}" in the same data can only be`;
