import { loadTimeline } from "./src/core.js";
const days = [Date.UTC(2008,5,7), Date.UTC(1980,8,22), Date.UTC(1988,7,20), Date.UTC(2001,0,15), Date.UTC(1999,2,3), Date.UTC(2020,10,30), Date.UTC(2015,4,1), Date.UTC(1970,11,31), Date.UTC(2012,1,29), Date.UTC(2003,6,9), Date.UTC(1995,9,12), Date.UTC(2010,3,4)];
const langs = process.argv.slice(2);
let bad = 0, n = 0;
for (const l of langs) for (const s of ["full","long","medium"] as const) for (const d of days) {
  const text = new Intl.DateTimeFormat(l, { dateStyle: s, timeZone: "UTC" }).format(d);
  const { timeline, diagnostics } = loadTimeline({ events: [{ title: "x", start: text }] });
  const want = new Date(d).toISOString().slice(0, 10); n++;
  const got = timeline.events[0]?.start.edtf;
  if (got !== want) { bad++; if (bad < 60) console.log(l, s, JSON.stringify(text), got ?? diagnostics.map((x) => x.code + "/" + (x.reason ?? "")).join(",")); }
}
console.log("bad", bad, "of", n);
