import { configDefaults, defineConfig } from "vitest/config";

// Dates must not depend on the machine's zone: the suite runs pinned to a zone far from UTC,
// and test/model/timezones.test.ts re-runs the date table under several others.
process.env.TZ ??= "Asia/Tehran";

export default defineConfig({
  test: {
    // Property tests run a thousand cases and browser tests start Chromium: on a busy 2-core CI
    // machine 5 s is too short a leash for either. Speed is measured by `npm run bench`, not here.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/**/*.browser.test.ts", "test/**/*.dom.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "jsdom",
          include: ["test/**/*.dom.test.ts"],
        },
      },
    ],
  },
});
