// `npm run test:explore`: the suite with every property test on fresh random seeds (FC_SEED=n to
// replay a run), to look for cases the fixed seeds of `npm test` never reach.
import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

const explore = fileURLToPath(new URL("./test/explore/fast-check.ts", import.meta.url));
export default mergeConfig(base, defineConfig({ resolve: { alias: [{ find: /^fast-check$/, replacement: explore }] } }));
