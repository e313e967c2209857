// The axis's labels are date-fns' `format` of a `UtcDate`: they must be UTC's in any time zone.
import fc from "fast-check";
import { format } from "date-fns";
import { afterEach, describe, expect, it } from "vitest";
import { UtcDate } from "../../src/layout/utc-date.js";

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const times = fc.integer({ min: Date.UTC(-2000, 0, 1), max: Date.UTC(9999, 11, 31) });

describe("UtcDate", () => {
  it.each(["Asia/Tehran", "America/St_Johns", "Pacific/Kiritimati", "UTC"])("reads and writes its fields in UTC where the clock is %s", (tz) => {
    process.env.TZ = tz;
    fc.assert(
      fc.property(times, (t) => {
        const d = new UtcDate(t);
        const u = new Date(t);
        expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset()]).toEqual([
          u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate(), u.getUTCDay(), u.getUTCHours(), u.getUTCMinutes(), u.getUTCSeconds(), u.getUTCMilliseconds(), 0,
        ]);
        // date-fns steps dates through their setters (start of a week or a day): those too in UTC.
        const s = new UtcDate(t);
        s.setHours(0, 0, 0, 0);
        expect(s.getTime()).toBe(t - (((t % 86_400_000) + 86_400_000) % 86_400_000));
      }),
      { numRuns: 300 },
    );
    expect(format(new UtcDate(Date.UTC(2008, 5, 8, 23, 30)), "d MMMM yyyy HH:mm")).toBe("8 June 2008 23:30");
    expect(format(new UtcDate(Date.UTC(2008, 0, 1)), "EEE d MMM, 'week' w")).toBe("Tue 1 Jan, week 1");
  });
});
