// What both browser benches print a cell with: the median of a size's runs, with their range.

/** The median of `list` (the lower middle of an even count). */
export const median = (list) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)];

/** "median (min–max)", or the one value of a single run, each written by `write`. */
export function spread(list, write) {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted.length > 1 ? `${write(median(list))} (${write(sorted[0])}–${write(sorted.at(-1))})` : write(sorted[0]);
}
