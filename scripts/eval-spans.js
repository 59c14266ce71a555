/**
 * Scores entity recognition by spans on a gold set of this form: a folder
 * with `texts/*.txt` and `gold.json`, `[{ file, entities: [{ start, end,
 * type, text }] }]`, offsets in UTF-16 units of the file's text, types `PER`,
 * `LOC`, `ORG`. Strict: the same span and type. Overlap: the same type and at
 * least one character in common (each found span is right when it overlaps a
 * gold one, each gold one found when a found one overlaps it).
 *
 *   node scripts/eval-spans.js <folder>
 */
import console from "node:console";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";

export const TYPES = ["PER", "LOC", "ORG"];
const TYPE_OF_KIND = { person: "PER", place: "LOC", organization: "ORG" };

const score = (right, found, foundGold, gold) => {
  const precision = found === 0 ? 0 : right / found;
  const recall = gold === 0 ? 0 : foundGold / gold;
  return {
    precision,
    recall,
    f1:
      precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall),
  };
};

/** The spans `parse` finds in `text`: its mentions, as gold entities are given. */
export function foundSpans(parse, bytes) {
  const document = parse(bytes, { detectLanguage: false });
  return document.mentions.map((mention) => ({
    start: mention.position.start.offset,
    end: mention.position.end.offset,
    type: TYPE_OF_KIND[mention.kind],
    text: mention.text,
  }));
}

/**
 * Strict and overlap precision, recall and F1 per type and over all three,
 * with the spans missed and found wrongly (strict), text by text.
 */
export function evaluateSpans(find, folder) {
  const gold = JSON.parse(readFileSync(join(folder, "gold.json"), "utf8"));
  const tally = Object.fromEntries(
    [...TYPES, "all"].map((type) => [
      type,
      { gold: 0, found: 0, strict: 0, overlapFound: 0, overlapGold: 0 },
    ])
  );
  const errors = [];
  for (const { file, entities } of gold) {
    const found = find(readFileSync(join(folder, "texts", file)));
    const same = (a, b) =>
      a.start === b.start && a.end === b.end && a.type === b.type;
    const overlaps = (a, b) =>
      a.type === b.type && a.start < b.end && b.start < a.end;
    for (const span of found) {
      for (const key of [span.type, "all"]) {
        const t = tally[key];
        t.found++;
        if (entities.some((entity) => same(span, entity))) t.strict++;
        if (entities.some((entity) => overlaps(span, entity))) t.overlapFound++;
      }
      if (!entities.some((entity) => same(span, entity)))
        errors.push(`${file}: ${span.type} found wrongly: ${span.text}`);
    }
    for (const entity of entities) {
      for (const key of [entity.type, "all"]) {
        const t = tally[key];
        t.gold++;
        if (found.some((span) => overlaps(span, entity))) t.overlapGold++;
      }
      if (!found.some((span) => same(span, entity)))
        errors.push(`${file}: ${entity.type} missed: ${entity.text}`);
    }
  }
  const scores = Object.fromEntries(
    Object.entries(tally).map(([type, t]) => [
      type,
      {
        gold: t.gold,
        found: t.found,
        strict: score(t.strict, t.found, t.strict, t.gold),
        overlap: score(t.overlapFound, t.found, t.overlapGold, t.gold),
      },
    ])
  );
  return { scores, errors };
}

/** The scores as a Markdown table. */
export function spansTable(scores) {
  const f = (value) => value.toFixed(3);
  const rows = Object.entries(scores).map(
    ([type, s]) =>
      `| ${type} | ${s.gold} | ${s.found} | ${f(s.strict.precision)} | ${f(
        s.strict.recall
      )} | ${f(s.strict.f1)} | ${f(s.overlap.precision)} | ${f(
        s.overlap.recall
      )} | ${f(s.overlap.f1)} |`
  );
  return [
    "| Type | Gold | Found | Strict P | Strict R | Strict F1 | Overlap P | Overlap R | Overlap F1 |",
    "| --- | --: | --: | --: | --: | --: | --: | --: | --: |",
    ...rows,
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const folder = process.argv[2];
  if (!folder) {
    console.error(
      "usage: node scripts/eval-spans.js <folder with texts/ and gold.json>"
    );
    process.exit(2);
  }
  const { parse } = await import("@corpus/core");
  const { scores, errors } = evaluateSpans(
    (bytes) => foundSpans(parse, bytes),
    folder
  );
  console.log(spansTable(scores));
  if (process.argv.includes("--errors"))
    console.log(`\n${errors.map((error) => `- ${error}`).join("\n")}`);
}
