/**
 * A short, JSON-like preview of any value, for messages. It walks the value with its own stack
 * and stops as soon as it has enough text, so a document nested 10,000 deep, a cyclic object or
 * a million-element array costs a few steps, never the call stack.
 *
 * @module
 */

type Step = { kind: "value"; value: unknown } | { kind: "text"; text: string };

/**
 * Up to `max` characters of `value` written much as JSON would write it (strings quoted inside
 * arrays and objects), `NaN`, `Infinity` and `undefined` by name, cycles as `[Circular]`.
 *
 * @example
 * ```ts
 * preview([[[1]]], 80); // "[[[1]]]"
 * preview(Number.NaN, 80); // "NaN"
 * ```
 */
export function preview(value: unknown, max: number): string {
  let out = "";
  const stack: Step[] = [{ kind: "value", value }];
  const seen = new Set<object>();
  while (stack.length > 0 && out.length <= max) {
    const step = stack.pop()!;
    if (step.kind === "text") {
      out += step.text;
      continue;
    }
    const v = step.value;
    if (typeof v === "string") out += JSON.stringify(v.length > max ? v.slice(0, max + 1) : v);
    else if (typeof v !== "object" || v === null) out += scalar(v);
    else if (v instanceof Date) out += Number.isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
    else if (seen.has(v)) out += "[Circular]";
    else {
      seen.add(v);
      pushContainer(v, stack, max);
    }
  }
  return out;
}

// Children are pushed in reverse so they pop in order; only as many as could still show.
function pushContainer(v: object, stack: Step[], max: number): void {
  const isArray = Array.isArray(v);
  const keys = isArray ? [] : Object.keys(v).slice(0, max);
  const count = isArray ? Math.min((v as unknown[]).length, max) : keys.length;
  const more = (isArray ? (v as unknown[]).length : Object.keys(v).length) > count;
  stack.push({ kind: "text", text: more ? ",…" + (isArray ? "]" : "}") : isArray ? "]" : "}" });
  for (let i = count - 1; i >= 0; i--) {
    const item = isArray ? (v as unknown[])[i] : (v as Record<string, unknown>)[keys[i]!];
    stack.push({ kind: "value", value: item });
    if (!isArray) stack.push({ kind: "text", text: `${JSON.stringify(keys[i])}:` });
    if (i > 0) stack.push({ kind: "text", text: "," });
  }
  stack.push({ kind: "text", text: isArray ? "[" : "{" });
}

function scalar(v: unknown): string {
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "symbol") return v.toString();
  if (typeof v === "function") return "function";
  return String(v);
}
