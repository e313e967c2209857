// @vitest-environment node
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { ERA_FIELDS, EVENT_FIELDS, GROUP_FIELDS, LIMITS, MEDIA_FIELDS, SOURCE_FIELDS, TIMELINE_FIELDS } from "../src/model/fields.js";
import { readDate } from "../src/model/date.js";

/** Just enough of a JSON Schema node to walk it. */
interface Node {
  [keyword: string]: unknown;
  description?: unknown;
  properties?: Record<string, Node>;
  $defs?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
  examples?: unknown[];
  maxLength?: number;
}

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const schema = read("../schema/timeline.schema.json") as Node & { $defs: Record<string, Node> };
const def = (name: string): Node => {
  const node = schema.$defs[name];
  if (!node) throw new Error(`schema has no $defs.${name}`);
  return node;
};

function compile() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return { ajv, validate: ajv.compile(schema) };
}

/** The errors for `doc`, as instancePath + keyword pairs (empty when it is valid). */
function errorsOf(doc: unknown): ErrorObject[] {
  const { validate } = compile();
  return validate(doc) ? [] : (validate.errors ?? []);
}

const sorted = (names: Iterable<string>): string[] => [...names].sort();

describe("timeline.schema.json", () => {
  it("names exactly the fields the loader reads", () => {
    expect(sorted(Object.keys(schema.properties ?? {}))).toEqual(sorted(TIMELINE_FIELDS));
    expect(sorted(Object.keys(def("event").properties ?? {}))).toEqual(sorted(EVENT_FIELDS));
    expect(sorted(Object.keys(def("source").properties ?? {}))).toEqual(sorted(SOURCE_FIELDS));
    expect(sorted(Object.keys(def("group").properties ?? {}))).toEqual(sorted(GROUP_FIELDS));
    expect(sorted(Object.keys(def("era").properties ?? {}))).toEqual(sorted(ERA_FIELDS));
    expect(sorted(Object.keys(def("media").properties ?? {}))).toEqual(sorted(MEDIA_FIELDS));
  });

  it("describes an event's picture as the loader reads it", () => {
    const media = def("media");
    expect(media.additionalProperties).toBe(false);
    const limit = (field: string) => media.properties?.[field]?.maxLength;
    expect([limit("url"), limit("alt"), limit("credit"), limit("caption"), limit("source")]).toEqual([LIMITS.text, LIMITS.text, LIMITS.text, LIMITS.title, LIMITS.id]);
    const event = { title: "Visit", start: "2008-06-07" };
    expect(errorsOf({ events: [{ ...event, media: { url: "images/visit.jpg", alt: "", credit: "IRNA", caption: "Tehran" } }] })).toEqual([]);
    expect(errorsOf({ events: [{ ...event, media: { alt: "x" } }] })).toContainEqual(expect.objectContaining({ instancePath: "/events/0/media", keyword: "required" }));
    expect(errorsOf({ events: [{ ...event, media: { url: "a.jpg", width: 3 } }] })).toContainEqual(expect.objectContaining({ instancePath: "/events/0/media", keyword: "additionalProperties" }));
  });

  it("is a draft 2020-12 schema that compiles in strict mode", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("https://citeline.dev/schema/timeline.schema.json");
    expect(() => compile()).not.toThrow();
  });

  it("closes every object to unknown fields", () => {
    for (const node of [schema, def("event"), def("source"), def("group"), def("era")]) {
      expect(node.additionalProperties).toBe(false);
    }
  });

  it("limits text to the lengths the loader accepts", () => {
    const limit = (node: Node, field: string): number | undefined => {
      const prop = node.properties?.[field];
      return prop?.maxLength ?? prop?.items?.maxLength;
    };
    expect(limit(schema, "title")).toBe(LIMITS.title);
    expect(schema.$defs.date?.anyOf?.[0]?.maxLength).toBe(LIMITS.date);
    expect(limit(schema, "description")).toBe(LIMITS.description);
    const event = def("event");
    expect([limit(event, "id"), limit(event, "title"), limit(event, "description")]).toEqual([LIMITS.id, LIMITS.title, LIMITS.description]);
    expect([limit(event, "group"), limit(event, "tags"), limit(event, "displayDate")]).toEqual([LIMITS.id, LIMITS.tags, LIMITS.text]);
    const source = def("source");
    expect([limit(source, "id"), limit(source, "title"), limit(source, "quote"), limit(source, "kind")]).toEqual([LIMITS.id, LIMITS.title, LIMITS.quote, LIMITS.tags]);
    expect([limit(source, "publisher"), limit(source, "author"), limit(source, "url")]).toEqual([LIMITS.text, LIMITS.text, LIMITS.text]);
    expect([limit(def("group"), "id"), limit(def("group"), "label")]).toEqual([LIMITS.id, LIMITS.title]);
    expect([limit(def("era"), "id"), limit(def("era"), "title")]).toEqual([LIMITS.id, LIMITS.title]);
  });

  it("accepts the seed example", () => {
    expect(errorsOf(read("../examples/seed-tehran-2008/events.json"))).toEqual([]);
  });

  it("accepts the shapes types.ts documents", () => {
    const doc = {
      title: "Maliki in Tehran",
      sources: [
        { id: "nyt", publisher: "The New York Times" },
        { id: "irna", publisher: "IRNA", kind: "state-media", via: "nyt" },
        { url: "https://www.britannica.com/event/Iran-Iraq-War" },
      ],
      groups: [{ id: "visit" }],
      eras: [{ title: "Iran–Iraq War", start: "1980-09-22/1988-08-20", sources: ["britannica-com-event-iran-iraq-war"] }],
      events: [
        { title: "Visit begins", start: "2008-06-07", sources: ["nyt"] },
        { title: "Meeting", start: 1212883200000, group: "visit", tags: ["iran", "iraq"], importance: 0 },
        { title: "Relayed", start: "2008-06", sources: [{ publisher: "IRNA", via: { publisher: "The New York Times" } }] },
      ],
    };
    expect(errorsOf(doc)).toEqual([]);
  });

  it("gives date examples that validate and that the loader reads", () => {
    const { ajv } = compile();
    const validateDate = ajv.getSchema(`${String(schema.$id)}#/$defs/date`);
    expect(validateDate).toBeDefined();
    const examples = def("date").examples ?? [];
    expect(examples).toEqual(expect.arrayContaining(["2008-06-08", "2008-06", "2008-22?", "1980-09-22/1988-08-20", "-0753"]));
    for (const example of examples) {
      expect(validateDate?.(example), String(example)).toBe(true);
      expect(readDate(example).ok, String(example)).toBe(true);
    }
  });

  const event = { title: "Visit begins", start: "2008-06-07" };
  it.each<[string, unknown, string, string]>([
    ["missing events", { title: "No events" }, "", "required"],
    ["an event without title", { events: [{ start: "2008-06-07" }] }, "/events/0", "required"],
    ["a blank event title", { events: [{ title: "  ", start: "2008-06-07" }] }, "/events/0/title", "pattern"],
    ["a source with neither publisher nor url", { events: [event], sources: [{ id: "x", title: "Untitled" }] }, "/sources/0", "anyOf"],
    ["an inline source with neither publisher nor url", { events: [{ ...event, sources: [{ title: "Untitled" }] }] }, "/events/0/sources/0", "anyOf"],
    ["importance 150", { events: [{ ...event, importance: 150 }] }, "/events/0/importance", "maximum"],
    ["an unknown property on an event", { events: [{ ...event, date: "2008-06-07" }] }, "/events/0", "additionalProperties"],
    ["tags that are not an array", { events: [{ ...event, tags: "iran, iraq" }] }, "/events/0/tags", "type"],
    ["a date that is neither text nor a number", { events: [{ ...event, start: { year: 2008 } }] }, "/events/0/start", "anyOf"],
    ["a title longer than LIMITS.title", { events: [{ ...event, title: "x".repeat(LIMITS.title + 1) }] }, "/events/0/title", "maxLength"],
    ["a group without id", { events: [event], groups: [{ label: "Visit" }] }, "/groups/0", "required"],
    ["an era without start", { events: [event], eras: [{ title: "War" }] }, "/eras/0", "required"],
  ])("rejects %s", (_name, doc, instancePath, keyword) => {
    const errors = errorsOf(doc);
    expect(errors).toContainEqual(expect.objectContaining({ instancePath, keyword }));
  });

  it("names the missing and unknown fields", () => {
    expect(errorsOf({})).toContainEqual(expect.objectContaining({ params: { missingProperty: "events" } }));
    expect(errorsOf({ events: [{ start: "2008" }] })).toContainEqual(expect.objectContaining({ params: { missingProperty: "title" } }));
    expect(errorsOf({ events: [{ ...event, date: "2008" }] })).toContainEqual(expect.objectContaining({ params: { additionalProperty: "date" } }));
  });

  it("describes every property", () => {
    const missing: string[] = [];
    const described = (node: Node): boolean => typeof node.description === "string" && node.description.trim() !== "";
    // Visit every subschema, whichever keyword holds it; `properties` entries must carry a description.
    const walk = (node: Node, path: string): void => {
      if ("description" in node && !described(node)) missing.push(path);
      for (const [key, value] of Object.entries(node)) {
        if (key === "properties" || key === "$defs") {
          for (const [name, child] of Object.entries(value as Record<string, Node>)) {
            if (key === "properties" && !described(child)) missing.push(`${path}/properties/${name}`);
            walk(child, `${path}/${key}/${name}`);
          }
        } else if (key === "anyOf" || key === "oneOf" || key === "allOf") {
          (value as Node[]).forEach((child, i) => walk(child, `${path}/${key}/${i}`));
        } else if ((key === "items" || key === "not") && typeof value === "object" && value !== null) {
          walk(value as Node, `${path}/${key}`);
        }
      }
    };
    walk(schema, "#");
    for (const name of Object.keys(schema.$defs)) if (!described(def(name))) missing.push(`#/$defs/${name}`);
    expect(missing).toEqual([]);
  });
});
