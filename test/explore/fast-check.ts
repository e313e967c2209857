// `npm run test:explore` reads "fast-check" from here: fast-check itself, but every property runs
// on a seed of this run's, not the fixed one its test names, so each run tries other cases.
import * as real from "../../node_modules/fast-check/lib/fast-check.js";

export * from "../../node_modules/fast-check/lib/fast-check.js";

const base = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
let count = 0;
console.log(`explore: FC_SEED=${base} replays this run`);

/** fast-check's `assert` on this run's seeds; a failure names the seed to replay it with. */
export const assert: typeof real.assert = ((property: Parameters<typeof real.assert>[0], params?: Parameters<typeof real.assert>[1]) => {
  const seed = base + count++;
  // The test's own seed and replay path give way to this run's seed.
  const rest = { ...params, seed, path: undefined };
  try {
    return real.assert(property, rest);
  } catch (error) {
    if (error instanceof Error) error.message = `[explore: FC_SEED=${base}, this property's seed ${seed}] ${error.message}`;
    throw error;
  }
}) as typeof real.assert;

export default { ...real.default, assert };
