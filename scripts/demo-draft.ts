/**
 * `npm run demo -- --draft [article.txt] [--published 2008-06-09] [--publisher name] [--title text]`:
 * draft → review → publish in the terminal. Drafts a timeline from the article (the seed article,
 * published 9 June 2008, when none is given), shows each draft event with the sentence it quotes
 * and what could not be dated, then renders the page a reviewer checks (every event marked
 * "draft") and, once the marks are removed, the page that is published (no mark left).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { describeSpan, draftTimeline, formatDiagnostic, loadTimeline, renderToString, type EventInput, type TimelineInput } from "../src/core.js";

const SEED = new URL("../test/fixtures/draft/tehran-visit-2008.txt", import.meta.url).pathname;

/** Run the demo with the arguments after `--draft`. */
export function demoDraft(args: string[]): void {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { published: { type: "string" }, publisher: { type: "string" }, title: { type: "string" } } });
  const file = positionals[0] ?? SEED;
  const published = values.published ?? (positionals[0] === undefined ? "2008-06-09" : undefined);
  const { timeline: draft, diagnostics } = draftTimeline(readFileSync(file, "utf8"), { published, publisher: values.publisher, title: values.title });

  console.log(`\n1. Draft: ${file}${published ? `, published ${published}` : ", no publication date"}\n`);
  const loaded = loadTimeline(draft).timeline;
  for (const e of loaded.events) {
    const source = loaded.sources.find((s) => s.id === e.sources[0]);
    console.log(`  ${(e.displayDate ?? describeSpan(e.start, e.end)).padEnd(44)} ${e.title}`);
    console.log(`  ${"".padEnd(44)} ${e.start.edtf}${e.end ? ` / ${e.end.edtf}` : ""} · quotes text[${source?.id.replace("article-", "")}]: “${cut(source?.quote ?? "")}”`);
  }
  console.log(`\n  ${loaded.events.length} draft events; ${diagnostics.length} things to check:`);
  for (const d of diagnostics) console.log(`    ${formatDiagnostic(d)}`);

  console.log("\n2. Review: the page a reviewer reads says so, in words, on every event");
  report(loaded);
  console.log(`  (citeline draft ${file} -o draft.json && citeline render draft.json -o review.html; check each event`);
  console.log('   against its quote, fix its date or title, delete what is not an event, and remove its "draft": true.)');

  console.log("\n3. Publish: once every event has been checked and its mark removed, no mark is left");
  const checked: TimelineInput = { ...draft, events: draft.events.map((e) => checkedOf(e)) };
  report(loadTimeline(checked).timeline);
  console.log("");
}

function report(timeline: ReturnType<typeof loadTimeline>["timeline"]): void {
  const html = renderToString(timeline, { width: 900 });
  const line = /<p class="cl-drafts" role="note">([^<]*)<\/p>/.exec(html)?.[1];
  const notes = html.match(/class="cl-draft-note/g)?.length ?? 0;
  const names = html.match(/draft, check before publishing"/g)?.length ?? 0;
  console.log(`  above the timeline: ${line ? `“${line}”` : "(no line)"}`);
  console.log(`  “Draft — check before publishing” in ${notes} list entries; “draft” in ${names} accessible names`);
}

// An event a reviewer has checked: its draft mark removed.
function checkedOf(event: EventInput): EventInput {
  const copy = { ...event };
  delete copy.draft;
  return copy;
}

function cut(text: string): string {
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}
