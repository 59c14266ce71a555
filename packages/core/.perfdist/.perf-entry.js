// src/calendar.ts
import { isExists } from "date-fns";
import { fr } from "date-fns/locale/fr";
function names(get, count) {
  return Array.from({ length: count }, (_, index) => get(index).toLowerCase());
}
function stripAccents(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}
var MONTHS = names((index) => fr.localize.month(index, { width: "wide" }), 12);
var WEEKDAYS = names((index) => fr.localize.day(index, { width: "wide" }), 7);
var monthIndex = /* @__PURE__ */ new Map();
for (const [index, month] of MONTHS.entries()) {
  for (const form of [month, stripAccents(month), month.normalize("NFD")]) monthIndex.set(form, index);
}
var weekdayIndex = new Map(WEEKDAYS.map((day, index) => [day, index]));
var MONTH_PATTERN = [...monthIndex.keys()].sort((a, b) => b.length - a.length).join("|");
var WEEKDAY_PATTERN = WEEKDAYS.join("|");
function monthNumber(name) {
  const index = monthIndex.get(name.toLowerCase()) ?? monthIndex.get(name.normalize("NFD").toLowerCase());
  return index === void 0 ? null : index + 1;
}
function weekdayNumber(name) {
  return weekdayIndex.get(name.toLowerCase()) ?? null;
}
function dayExists(year, month, day) {
  return isExists(year ?? 2e3, month - 1, day);
}
function weekdayOf(year, month, day) {
  return new Date(year, month - 1, day).getDay();
}
function dayNumber(day) {
  return day.toLowerCase() === "1er" ? 1 : Number(day);
}
function isoDate(year, month, day) {
  const pad = (value) => String(value).padStart(2, "0");
  const y = year === null ? "-" : String(year).padStart(4, "0");
  if (month === void 0) return y;
  if (day === void 0) return `${y}-${pad(month)}`;
  return `${y}-${pad(month)}-${pad(day)}`;
}
function anyCase(pattern) {
  return pattern.split("|").flatMap((name) => [name, name.toUpperCase(), name.charAt(0).toUpperCase() + name.slice(1)]).join("|");
}
var MONTH_ANY_CASE = anyCase(MONTH_PATTERN);
var WEEKDAY_ANY_CASE = anyCase(WEEKDAY_PATTERN);

// src/byline.ts
var S = "[ \\t\\u00a0\\u202f]";
var NAME_WORD = "\\p{Lu}\\p{M}*(?:[\\p{Ll}\\p{M}'\u2019]*|[\\p{Lu}\\p{M}'\u2019]+)(?:-\\p{Lu}[\\p{L}\\p{M}]*)*\\.?";
var PARTICLE = "(?:de|du|des|d'|d\u2019|van|von|der|den|la|le|di|da|dos|el|al|ben|bin)";
var NAME = `${NAME_WORD}(?:${S}+(?:${PARTICLE}${S}*)?${NAME_WORD}){1,3}`;
var DATE = `(?:(?:${WEEKDAY_ANY_CASE})${S}+)?(1er|1ER|\\d{1,2})${S}+(${MONTH_ANY_CASE})${S}+(\\d{4})`;
var BY = new RegExp(`^[Pp]ar${S}+(${NAME})(?:${S}*,${S}*[^,.\\n]{1,60}?)?(?:${S}*,?${S}+le${S}+${DATE})?${S}*\\.?$`, "u");
var ALONE = new RegExp(`^(${NAME})\\.?$`, "u");
var NOT_A_FIRST_NAME = new Set(
  "Le La Les L Un Une Des Du De Ce Cet Cette Ces Il Elle Ils Elles En Au Aux Et Pour Par Dans Sur Selon Lire Voir Source Sources Photo Photos Cr\xE9dit Vid\xE9o Suite Fin Mise Mis Publi\xE9 Article \xC0".split(" ")
);
function read(author, day, month, year) {
  const m = month ? monthNumber(month) : null;
  const d = day ? dayNumber(day) : 0;
  const y = Number(year);
  const date = m !== null && day && year && dayExists(y, m, d) ? [y, m, d] : null;
  return { author: author.trim(), date };
}
function byline(text) {
  const first2 = text.charAt(0);
  const match = text.length > 160 || first2 !== "P" && first2 !== "p" ? null : BY.exec(text);
  return match?.[1] ? read(match[1], match[2], match[3], match[4]) : null;
}
function nameAlone(text) {
  const match = text.length > 60 ? null : ALONE.exec(text);
  const author = match?.[1];
  if (!author) return null;
  const firstWord = /^[\p{L}\p{M}]+/u.exec(author)?.[0] ?? "";
  const titleCase = firstWord.charAt(0) + firstWord.slice(1).toLowerCase();
  return NOT_A_FIRST_NAME.has(titleCase) ? null : read(author);
}
function bylineDate(match) {
  return match.date ? isoDate(...match.date) : null;
}

// src/characters.ts
function isSpaceCode(code) {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 12 || code === 11 || code === 160 || code === 8239 || code === 65279 || code === 8201 || code === 8199 || code === 8203 || code === 12288 || code === 8232 || code === 8233;
}
function isBlank(text, start = 0, end = text.length) {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}
function skipSpace(text, start, end) {
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
function trimEnd(text, start, end) {
  let i = end;
  while (i > start && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}
var CLOSERS = `\xBB\u201D\u203A"')\\]\u2019`;
var UPPER = /\p{Lu}/u;
var LOWER = /\p{Ll}/u;
var LETTER = /[\p{L}\p{M}]/u;
function isUpper(char) {
  if (char === void 0 || char === "") return false;
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(char);
}
function isLower(char) {
  if (char === void 0 || char === "") return false;
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER.test(char);
}
function isLetter(char) {
  if (char === void 0 || char === "") return false;
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 || code >= 97 && code <= 122;
  return LETTER.test(char);
}

// src/dateline.ts
var MAX_LENGTH = 120;
var S2 = "[ \\t\\u00a0\\u202f]";
var CAPS_WORD = "\\p{Lu}[\\p{Lu}'\u2019\\-]*\\p{Lu}";
var CAPS_PLACE = `${CAPS_WORD}(?:(?:${S2}|/)${CAPS_WORD}){0,3}`;
var TITLE_WORD = "\\p{Lu}[\\p{L}'\u2019\\-]*";
var TITLE_PLACE = `${TITLE_WORD}(?:(?:${S2}|/)${TITLE_WORD}){0,2}`;
var REGION = `${TITLE_WORD}(?:${S2}(?:(?:de|du|des|d'|d\u2019)${S2}?)?${TITLE_WORD}){0,3}`;
var DATE2 = `(1er|1ER|\\d{1,2})${S2}+(${MONTH_ANY_CASE})(?:${S2}+(\\d{4}))?`;
var AGENCY_WORD = "[\\p{Lu}\\d][\\p{L}\\d&.'\u2019\\-]*";
var AGENCY = `${AGENCY_WORD}(?:${S2}(?:(?:de|du|des|et|&)${S2})?${AGENCY_WORD}){0,3}`;
var TERM = `${S2}*(?::|\\.|-|\u2014|\u2013)`;
var FORMS = [
  // EREVAN, 3 JUIN, AGENCE.   STEPANAKERT, 25 MAI, ARTSAKHPRESS :
  { pattern: `(${CAPS_PLACE})${S2}*,${S2}*${DATE2}${S2}*,${S2}*(${AGENCY})`, parts: ["place", "day", "month", "year", "agency"] },
  // BAKOU/TBILISSI, 10 novembre (Agence) -   Paris, 10 novembre (AFP) -
  { pattern: `(${CAPS_PLACE}|${TITLE_PLACE})${S2}*,${S2}*${DATE2}${S2}*\\((${AGENCY})\\)`, parts: ["place", "day", "month", "year", "agency"] },
  // PARIS (AFP) -
  { pattern: `(${CAPS_PLACE})${S2}*\\((${AGENCY})\\)`, parts: ["place", "agency"] },
  // EREVAN, 3 juin —
  { pattern: `(${CAPS_PLACE})${S2}*,${S2}*${DATE2}`, parts: ["place", "day", "month", "year"] },
  // VILLE, Pays —
  { pattern: `(${CAPS_PLACE})${S2}*,${S2}*(${REGION})(?=${S2}*[\u2014\u2013-])`, parts: ["place", "region"] }
];
var LEADING = FORMS.map(({ pattern, parts }) => ({
  regex: new RegExp(`^${pattern}${TERM}(?=${S2}+\\S)`, "u"),
  parts
}));
var WHOLE = FORMS.map(({ pattern, parts }) => ({
  regex: new RegExp(`^${pattern}(?:${TERM})?${S2}*$`, "u"),
  parts
}));
function read2(match, parts) {
  const result = { length: match[0].length, place: null, region: null, day: null, month: null, year: null, agency: null };
  parts.forEach((part, index) => {
    const value = match[index + 1];
    if (value === void 0) return;
    if (part === "day") result.day = dayNumber(value);
    else if (part === "month") result.month = monthNumber(value);
    else if (part === "year") result.year = Number(value);
    else if (part === "place" || part === "region" || part === "agency") result[part] = value;
  });
  if (result.day !== null && result.month !== null && !dayExists(result.year, result.month, result.day)) return null;
  return result;
}
function mayBeDateline(text) {
  if (!isUpper(text.charAt(0))) return false;
  const head = text.slice(0, 60);
  if (head.includes("(")) return true;
  const place = /^[^\s,/]+/u.exec(head)?.[0] ?? "";
  return place.length > 1 && place === place.toUpperCase() && head.includes(",");
}
function first(forms, text) {
  for (const { regex, parts } of forms) {
    const match = regex.exec(text);
    if (match) return read2(match, parts);
  }
  return null;
}
function leadingDateline(text) {
  return mayBeDateline(text) ? first(LEADING, text.slice(0, MAX_LENGTH + 2)) : null;
}
function wholeDateline(text) {
  return text.length <= MAX_LENGTH && mayBeDateline(text) ? first(WHOLE, text) : null;
}
function datelineDate(match, fallbackYear) {
  if (match.day === null || match.month === null) return null;
  return isoDate(match.year ?? fallbackYear, match.month, match.day);
}

// src/article-date.ts
function datelineYear(header, dateline, byline2) {
  if (dateline.year !== null) return dateline.year;
  if (header) return header.month !== null && header.month <= 2 && (dateline.month ?? 0) >= 11 ? header.year - 1 : header.year;
  return byline2?.date?.[0] ?? null;
}
function turnOfYear(a, b) {
  const [late, early] = a.value < b.value ? [a.value, b.value] : [b.value, a.value];
  return Number(early.slice(0, 4)) === Number(late.slice(0, 4)) + 1 && late.slice(5, 7) >= "11" && early.slice(5, 7) <= "02";
}
function articleDate(header, dateline, byline2) {
  const usable = header?.valid ? header : null;
  const datelineValue = dateline ? datelineDate(dateline, datelineYear(usable, dateline, byline2)) : null;
  const fromByline = byline2 ? bylineDate(byline2) : null;
  const candidates = [];
  if (datelineValue && !datelineValue.startsWith("--")) candidates.push({ value: datelineValue, precision: "day", source: "dateline" });
  if (fromByline) candidates.push({ value: fromByline, precision: "day", source: "byline" });
  if (usable) candidates.push({ value: usable.date, precision: usable.precision, source: "header" });
  const [date = null] = candidates;
  const disagreeing = candidates.find(
    (other) => date !== null && !date.value.startsWith(other.value) && !other.value.startsWith(date.value) && !turnOfYear(date, other)
  );
  return {
    date,
    datelineValue,
    conflict: disagreeing ? { with: disagreeing.source, value: disagreeing.value } : null
  };
}

// src/shape.ts
var TERMINAL = ".!?\u2026;:";
function lastSignificant(text) {
  let i = text.length - 1;
  while (i >= 0 && (isSpaceCode(text.charCodeAt(i)) || CLOSERS.includes(text.charAt(i)))) i--;
  return i >= 0 ? text.charAt(i) : void 0;
}
function endsTerminal(text) {
  const last = lastSignificant(text);
  return last !== void 0 && TERMINAL.includes(last);
}
function wordCount(text) {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
var FUNCTION_WORDS = new Set(
  "de du des la le les un une et ou \xE0 au aux en dans par pour sur sous avec sans que qui dont o\xF9 mais ne se son sa ses leur leurs ce cet cette ces est a ont sont entre vers chez contre selon depuis pendant apr\xE8s avant lors plus tr\xE8s si il elle ils elles on nous vous y".split(" ")
);
function endsOpen(text) {
  const last = text.charAt(text.length - 1);
  if (",-\u2010\u2013'\u2019\xAB\u201C(".includes(last)) return true;
  let start = text.length;
  while (start > 0 && text.length - start < 8 && isLetter(text.charAt(start - 1))) start--;
  return start < text.length && FUNCTION_WORDS.has(text.slice(start).toLowerCase());
}
function startsContinuation(text) {
  const first2 = text.charAt(0);
  return isLower(first2) || ",;:.)\xBB\u201D\u2026".includes(first2);
}
function listMarker(text) {
  if (!"-\u2013\u2014\u2022*".includes(text.charAt(0)) || text === "") return null;
  const match = /^([-–—•*])[ \t\u00a0\u202f]+\S/u.exec(text);
  return match?.[1] ?? null;
}
function headingNumber(text) {
  const first2 = text.charAt(0);
  if (first2 < "0" || first2 > "9" || first2 === "") return null;
  const match = /^(\d{1,2})[ \t\u00a0]*[-–.)][ \t\u00a0\u202f]+(?=[\p{Lu}«“"])/u.exec(text);
  return match?.[1] ? Number(match[1]) : null;
}

// src/boilerplate.ts
var COPYRIGHT = /^(?:©|\(c\)|copyright\b)/iu;
var SOURCE = /^(?:[Ss]ources?|SOURCES?)[ \t\u00a0\u202f]*(?:[:\-—–][ \t\u00a0\u202f]*)?(?=\p{Lu}|\d|https?:|www\.)/u;
function isBoilerplate(line) {
  if (line.length > 160 || !"\xA9(CcSs".includes(line.charAt(0)) || line === "") return null;
  if (COPYRIGHT.test(line) && wordCount(line) <= 12) return "copyright";
  if (SOURCE.test(line) && wordCount(line) <= 8 && !/[.!?…][ \t]+\S/u.test(line)) return "source";
  return null;
}

// src/blocks.ts
function raw(type, start, end, parts = {}) {
  return { type, start, end, number: null, marker: null, role: null, dateline: null, byline: null, ...parts };
}
var MAX_HEADING_WORDS = 15;
var MAX_QUESTION_HEADING_WORDS = 12;
var MAX_FRAGMENT_WORDS = 8;
function classify(text, spans) {
  const blocks = [];
  for (const span of spans) blocks.push(metaBlock(text, span) ?? raw("paragraph", span.start, span.end));
  let last = blocks.length - 1;
  while (last >= 0 && blocks[last]?.type !== "paragraph" && blocks[last]?.type !== "listItem") last--;
  for (let index = 0; index <= last; index++) {
    const block = blocks[index];
    if (block?.type !== "paragraph") continue;
    const value = text.slice(block.start, block.end);
    if (index === last) {
      const alone = nameAlone(value);
      if (alone) {
        block.type = "byline";
        block.byline = alone;
      } else if (isFragment(value)) block.type = "fragment";
    } else if (isHeading(value)) {
      block.type = "heading";
      block.number = headingNumber(value);
    }
  }
  return splitLeadingDateline(text, blocks);
}
function metaBlock(text, span) {
  const value = text.slice(span.start, span.end);
  const marker = listMarker(value);
  if (marker !== null) return raw("listItem", span.start, span.end, { marker });
  const role = isBoilerplate(value);
  if (role !== null) return raw("boilerplate", span.start, span.end, { role });
  const author = byline(value);
  if (author) return raw("byline", span.start, span.end, { byline: author });
  const dateline = wholeDateline(value);
  if (dateline) return raw("dateline", span.start, span.end, { dateline });
  return null;
}
function isHeading(value) {
  if (value.includes("\n") || value.includes("\r") || value.length > 120) return false;
  const first2 = value.charAt(0);
  if (!/[\p{Lu}\d«“"‹]/u.test(first2)) return false;
  if (/[.!?…][»”"’)]?[ \t\u00a0\u202f]+[\p{Lu}«“]/u.test(value.replace(/^\d{1,2}\./u, ""))) return false;
  const words = wordCount(value);
  const last = lastSignificant(value);
  if (last === "?" || last === "!") return words <= MAX_QUESTION_HEADING_WORDS;
  return words <= MAX_HEADING_WORDS && !endsTerminal(value) && last !== "," && last !== "\u2026";
}
function isFragment(value) {
  return !endsTerminal(value) && wordCount(value) <= MAX_FRAGMENT_WORDS;
}
function valueOf(text, span) {
  return span ? text.slice(span.start, span.end) : "";
}
function splitLeadingDateline(text, blocks) {
  let index = blocks.findIndex((block2) => block2.type !== "byline" && block2.type !== "boilerplate");
  if (blocks[index]?.type === "heading" && blocks[index + 1]?.type === "paragraph" && !leadingDateline(valueOf(text, blocks[index]))) index++;
  const block = blocks[index];
  if (block?.type !== "paragraph" && block?.type !== "heading") return blocks;
  const dateline = leadingDateline(valueOf(text, block));
  if (!dateline) return blocks;
  const end = block.start + dateline.length;
  const rest = raw("paragraph", skipSpace(text, end, block.end), block.end);
  return [...blocks.slice(0, index), raw("dateline", block.start, end, { dateline }), rest, ...blocks.slice(index + 1)];
}

// src/dates.ts
var S3 = "[ \\t\\u00a0\\u202f]";
var DAY_MONTH = new RegExp(`(1er|1ER|[0-3]?\\d)${S3}+(${MONTH_ANY_CASE})(?:${S3}+(\\d{4}))?(?![\\p{L}\\p{M}\\p{N}])`, "uy");
var WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${WEEKDAY_ANY_CASE})${S3}+$`, "u");
var MONTH_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${MONTH_ANY_CASE})${S3}+$`, "u");
var WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
var MONTH_INITIALS = "jfmasondJFMASOND";
var isDigit = (code) => code >= 48 && code <= 57;
function spacesAfter(text, index) {
  let i = index;
  while (isBlankChar(text.charAt(i))) i++;
  return i;
}
function spacesBefore(text, index) {
  let i = index;
  while (i > 0 && isBlankChar(text.charAt(i - 1))) i--;
  return i;
}
var STRONG_CUES = new Set("en depuis d\xE8s entre et ou avant apr\xE8s fin d\xE9but mi ann\xE9e ann\xE9es an \xE9t\xE9 hiver printemps automne jusqu".split(" "));
var WEAK_CUES = /* @__PURE__ */ new Set(["de", "\xE0", "au", "vers"]);
var FOLLOWERS = new Set(
  "et ou \xE0 au aux dans par pour puis lors quand alors avec contre selon apr\xE8s avant jusqu qui que o\xF9 mais donc les le la l des du d un une en se s ne n il elle ils elles on ce cette ces son sa ses leur leurs sous sur vers entre pendant depuis \xE9tait a ont est sont fut avait avaient d\xE9j\xE0 aussi ainsi encore \xE9galement".split(" ")
);
function dates(text, numbers, articleYear) {
  const start = 0;
  const end = text.length;
  const found = [];
  const problems = [];
  let skip = start;
  for (const index of numbers) {
    if (index < skip || index > start && WORD_CHAR.test(text.charAt(index - 1))) continue;
    let length = 1;
    while (isDigit(text.charCodeAt(index + length))) length++;
    const after = text.charAt(spacesAfter(text, index + length + (text.startsWith("er", index + length) || text.startsWith("ER", index + length) ? 2 : 0)));
    const beforeEnd = spacesBefore(text, index);
    const previous = text.charAt(beforeEnd - 1);
    const before = beforeEnd < index && isLetter(previous) ? text.slice(Math.max(start, index - 12), index) : "";
    DAY_MONTH.lastIndex = index;
    const dayMonth = length <= 2 && MONTH_INITIALS.includes(after) ? DAY_MONTH.exec(text) : null;
    if (dayMonth && index + dayMonth[0].length <= end) {
      const [, day = "", month2 = "", year] = dayMonth;
      const weekday = before === "" ? null : WEEKDAY_BEFORE.exec(before);
      const from = weekday ? index - weekday[0].length : index;
      const to = index + dayMonth[0].length;
      skip = to;
      readDay(from, to, weekday?.[1], day, month2, year);
      continue;
    }
    if (length !== 4 || WORD_CHAR.test(text.charAt(index + 4))) continue;
    const value = Number(text.slice(index, index + 4));
    const month = before === "" ? null : MONTH_BEFORE.exec(before);
    const m = month?.[1] === void 0 ? null : monthNumber(month[1]);
    if (month && m !== null) {
      found.push({ start: index - month[0].length, end: index + 4, value: isoDate(value, m), precision: "month", year: "stated", weekday: null });
    } else if (isYear(text, index, index + 4, value)) {
      found.push({ start: index, end: index + 4, value: isoDate(value), precision: "year", year: "stated", weekday: null });
    }
  }
  return { dates: found, problems };
  function readDay(from, to, weekday, day, month, year) {
    const m = monthNumber(month);
    if (m === null) return;
    const d = dayNumber(day);
    const y = year !== void 0 ? Number(year) : articleYear;
    if (!dayExists(y, m, d)) {
      problems.push({ start: from, end: to, kind: "invalid-date", expected: null });
      return;
    }
    found.push({
      start: from,
      end: to,
      value: isoDate(y, m, d),
      precision: "day",
      year: year !== void 0 ? "stated" : y === null ? "unknown" : "article",
      weekday: weekday ?? null
    });
    if (weekday !== void 0 && y !== null) {
      const actual = weekdayOf(y, m, d);
      if (weekdayNumber(weekday) !== actual) {
        problems.push({ start: from, end: to, kind: "weekday-mismatch", expected: matchCase(WEEKDAYS[actual] ?? "", weekday) });
      }
    }
  }
}
function isYear(text, start, end, value) {
  if (value < 1e3 || value > 2100) return false;
  if (/\d[ \u00a0\u202f.,]$/u.test(text.slice(Math.max(0, start - 2), start))) return false;
  if (/^[ \u00a0\u202f.,]\d/u.test(text.slice(end, end + 2))) return false;
  const nextWord = wordAfter(text, end);
  if (nextWord !== "" && nextWord === nextWord.toLowerCase() && !FOLLOWERS.has(nextWord)) return false;
  const previous = wordBefore(text, start).toLowerCase();
  if (STRONG_CUES.has(previous)) return true;
  if (WEAK_CUES.has(previous)) return value >= 1800;
  return nextWord === "" && value >= 1800;
}
var isBlankChar = (char) => char === " " || char === "	" || char === "\xA0" || char === "\u202F";
function wordAfter(text, index) {
  let from = index;
  while (from < text.length && isBlankChar(text.charAt(from))) from++;
  let to = from;
  while (to < text.length && to - from < 30 && isLetter(text.charAt(to))) to++;
  return text.slice(from, to);
}
function wordBefore(text, index) {
  let to = index;
  while (to > 0 && isBlankChar(text.charAt(to - 1))) to--;
  if (text.charAt(to - 1) === "'" || text.charAt(to - 1) === "\u2019") to--;
  let from = to;
  while (from > 0 && to - from < 30 && isLetter(text.charAt(from - 1))) from--;
  return text.slice(from, to);
}
function matchCase(name, like) {
  if (like === like.toUpperCase()) return name.toUpperCase();
  if (like.charAt(0) === like.charAt(0).toUpperCase()) return name.charAt(0).toUpperCase() + name.slice(1);
  return name;
}

// src/decode.ts
var MAGIC = [
  ["PNG image", [137, 80, 78, 71]],
  ["ZIP archive", [80, 75, 3, 4]],
  ["PDF document", [37, 80, 68, 70, 45]],
  ["gzip archive", [31, 139]],
  ["JPEG image", [255, 216, 255]],
  ["GIF image", [71, 73, 70, 56]],
  ["WebAssembly module", [0, 97, 115, 109]],
  ["ELF executable", [127, 69, 76, 70]]
];
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var WINDOWS_1252_HIGH = [
  8364,
  129,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  141,
  381,
  143,
  144,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  157,
  382,
  376
];
function decodeWindows1252(bytes) {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    codes[i] = byte >= 128 && byte < 160 ? WINDOWS_1252_HIGH[byte - 128] ?? byte : byte;
  }
  let text = "";
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.subarray(i, i + 8192));
  return text;
}
function decode(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return decoded(new TextDecoder("utf-16le", { ignoreBOM: true }).decode(bytes.subarray(2)), "utf-16le", true);
  if (bytes[0] === 254 && bytes[1] === 255) return decoded(new TextDecoder("utf-16be", { ignoreBOM: true }).decode(bytes.subarray(2)), "utf-16be", true);
  const binary = binaryKind(bytes);
  if (binary) return decoded("", "utf-8", false, binary);
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return decoded(utf8.decode(body), "utf-8", bom);
  } catch {
    return decoded(decodeWindows1252(body), "windows-1252", bom, null, firstInvalidUtf8(body));
  }
}
function decoded(text, encoding, bom, binary = null, invalidUtf8At = null) {
  return { text, encoding, bom, binary, invalidUtf8At };
}
function binaryKind(bytes) {
  const first2 = bytes[0];
  for (const [name, signature] of MAGIC) {
    if (signature[0] === first2 && signature.every((byte, index) => bytes[index] === byte)) return name;
  }
  if (bytes.subarray(0, 8192).indexOf(0) >= 0) return "binary data (NUL bytes)";
  const sample = bytes.subarray(0, 512);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i] ?? 0;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1 ? "binary data (control characters)" : null;
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const length = byte < 128 ? 1 : byte >= 194 && byte < 224 ? 2 : byte >= 224 && byte < 240 ? 3 : byte >= 240 && byte < 245 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 192) !== 128) return i;
    }
    i += length;
  }
  return i;
}

// src/diagnostics.ts
function diagnostics(text, location2) {
  const found = [];
  return {
    add(ruleId, severity, message, span, expected = null, fatal = false) {
      found.push({
        ruleId,
        severity,
        fatal,
        message,
        position: span ? location2.toPosition(span.start, span.end) : null,
        actual: span ? text.slice(span.start, span.end) : null,
        expected
      });
    },
    list() {
      return found.sort((a, b) => (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1));
    }
  };
}
function excerpt(text, max = 60) {
  const flat = text.replace(/\s+/gu, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}

// src/glitches.ts
var SUSPENDED = /^(?:et|ou|à)[ \t\u00a0\u202f]/u;
var isWordChar = (char) => isLetter(char) || char === "-" || char === "'" || char === "\u2019";
function wordStart(text, end, min) {
  let i = end;
  while (i > min && isWordChar(text.charAt(i - 1))) i--;
  return i;
}
function wordEnd(text, start, max) {
  let i = start;
  while (i < max && (isLetter(text.charAt(i)) || text.charAt(i) === "-")) i++;
  return i;
}
function glitches(text, anchors) {
  const start = 0;
  const end = text.length;
  const found = [];
  const add = (ruleId, from, to) => {
    found.push({ start: from, end: to, ruleId, expected: ruleId === "invisible-character" ? "" : text.slice(from, to).replace(SPACES, "") });
  };
  for (const index of anchors) {
    const char = text.charAt(index);
    if (char === "-") {
      const after = spacesEnd(text, index + 1, end);
      const before = spacesStart(text, index, start);
      if (after > index + 1 && isLetter(text.charAt(index - 1)) && isLower(text.charAt(after)) && !SUSPENDED.test(text.slice(after, after + 3))) {
        add("broken-hyphenation", wordStart(text, index, start), wordEnd(text, after, end));
      } else if (before < index && isLetter(text.charAt(before - 1)) && isLetter(text.charAt(index + 1))) {
        add("space-before-hyphen", wordStart(text, before, start), wordEnd(text, index + 1, end));
      }
    } else if (char === "," || char === ".") {
      const before = spacesStart(text, index, start);
      const next = text.charAt(index + 1);
      if (before === index || before === start || index + 1 < end && next !== " " && next !== "\n" && next !== "\r" && next !== "\xA0") continue;
      const previous = text.charAt(before - 1);
      const from = isLetter(previous) ? wordStart(text, before, start) : previous >= "0" && previous <= "9" ? digitStart(text, before, start) : -1;
      if (from >= 0) add("space-before-punctuation", from, index + 1);
    } else {
      add("invisible-character", index, index + 1);
    }
  }
  return found;
}
var SPACES = /[ \t\u00a0\u202f]+/gu;
var isSpace = (char) => char === " " || char === "	" || char === "\xA0" || char === "\u202F";
function spacesEnd(text, from, max) {
  let i = from;
  while (i < max && isSpace(text.charAt(i))) i++;
  return i;
}
function spacesStart(text, to, min) {
  let i = to;
  while (i > min && isSpace(text.charAt(i - 1))) i--;
  return i;
}
function digitStart(text, end, min) {
  let i = end;
  while (i > min && text.charAt(i - 1) >= "0" && text.charAt(i - 1) <= "9") i--;
  return i;
}

// src/header.ts
var HEADER = /date[ \t\u00a0\u202f]+(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?(?=[\s\u00a0\u202f\ufeff]|$)/y;
function findHeader(text) {
  HEADER.lastIndex = skipSpace(text, 0, text.length);
  const match = HEADER.exec(text);
  if (!match?.[1]) return null;
  const [, year, month, day] = match;
  const precision = day ? "day" : month ? "month" : "year";
  const valid = !day || !month || dayExists(Number(year), Number(month), Number(day));
  return {
    valid,
    start: match.index,
    end: match.index + match[0].length,
    date: [year, month, day].filter(Boolean).join("-"),
    precision,
    year: Number(year),
    month: month ? Number(month) : null
  };
}

// src/language.ts
import { franc } from "franc-min";
import { iso6393To1 } from "iso-639-3/iso6393-to-1.js";
var SAMPLE = 2048;
var MINIMUM = 50;
function detectLanguage(text) {
  const code = franc(text.length > SAMPLE ? text.slice(0, SAMPLE) : text, { minLength: MINIMUM });
  if (code === "und") return null;
  return iso6393To1[code] ?? code;
}

// src/location.ts
function location(text) {
  const starts = [0];
  if (!text.includes("\r")) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  } else for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  let last = 0;
  function toPoint(offset) {
    const clamped = Math.max(0, Math.min(offset, text.length));
    if ((starts[last] ?? 0) <= clamped && (last + 1 >= starts.length || (starts[last + 1] ?? 0) > clamped)) {
      return { line: last + 1, column: clamped - (starts[last] ?? 0) + 1, offset: clamped };
    }
    if (last + 2 < starts.length && (starts[last + 1] ?? 0) <= clamped && (starts[last + 2] ?? 0) > clamped) {
      last++;
      return { line: last + 1, column: clamped - (starts[last] ?? 0) + 1, offset: clamped };
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((starts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    last = low;
    return { line: low + 1, column: clamped - (starts[low] ?? 0) + 1, offset: clamped };
  }
  return {
    toPoint,
    toPosition: (start, end) => ({ start: toPoint(start), end: toPoint(end) })
  };
}

// src/marks.ts
var HIGH = /[…“”‹›\ufeff\u200b\u200c\u2060]|\u200d/g;
var NUMBERS = /\d+/g;
function indexesOf(text, char, into = []) {
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) into.push(i);
  return into;
}
var ascending = (a, b) => a - b;
function findMarks(text) {
  const periods = indexesOf(text, ".");
  const terminals = indexesOf(text, "?", indexesOf(text, "!", periods.slice()));
  const quotes2 = indexesOf(text, '"', indexesOf(text, "\xBB", indexesOf(text, "\xAB")));
  const glitches2 = indexesOf(text, "-", indexesOf(text, ",", periods.slice()));
  HIGH.lastIndex = 0;
  for (let match = HIGH.exec(text); match !== null; match = HIGH.exec(text)) {
    const code = text.charCodeAt(match.index);
    if (code === 8230) terminals.push(match.index);
    else if (code === 8220 || code === 8221 || code === 8249 || code === 8250) quotes2.push(match.index);
    else glitches2.push(match.index);
  }
  const numbers = [];
  NUMBERS.lastIndex = 0;
  for (let match = NUMBERS.exec(text); match !== null; match = NUMBERS.exec(text)) numbers.push(match.index);
  return { terminals: terminals.sort(ascending), quotes: quotes2.sort(ascending), numbers, glitches: glitches2.sort(ascending) };
}
function marksByBlock(marks) {
  const cursors = { terminals: 0, quotes: 0, numbers: 0, glitches: 0 };
  const take = (key, start, end) => {
    const list = marks[key];
    let i = cursors[key];
    while (i < list.length && (list[i] ?? 0) < start) i++;
    const taken = [];
    while (i < list.length && (list[i] ?? 0) < end) taken.push((list[i++] ?? 0) - start);
    cursors[key] = i;
    return taken;
  };
  return (start, end) => ({
    terminals: take("terminals", start, end),
    quotes: take("quotes", start, end),
    numbers: take("numbers", start, end),
    glitches: take("glitches", start, end)
  });
}

// src/quotes.ts
var CLOSING_OF = { "\xBB": "\xAB", "\u201D": "\u201C", "\u203A": "\u2039" };
function quotes(text, marks) {
  const start = 0;
  const end = text.length;
  const found = [];
  const stray = [];
  const open = [];
  let straight = 0;
  for (const index of marks) {
    const mark = text.charAt(index);
    const closes = mark === '"' ? straight > 0 || !opensStraight(text, index, start, end) ? '"' : void 0 : CLOSING_OF[mark];
    if (closes === void 0) {
      open.push({ index, mark });
      if (mark === '"') straight++;
      continue;
    }
    const at = findLast(open, closes);
    if (at < 0) {
      stray.push({ index, mark, kind: "unopened" });
      continue;
    }
    const [entry, ...unclosed] = open.splice(at);
    for (const inner of unclosed) stray.push({ index: inner.index, mark: inner.mark, kind: "unclosed" });
    for (const gone of [entry, ...unclosed]) if (gone?.mark === '"') straight--;
    if (!entry) continue;
    const innerStart = skipSpace(text, entry.index + 1, index);
    found.push({
      start: entry.index,
      end: index + 1,
      open: entry.mark,
      close: mark,
      inner: { start: innerStart, end: trimEnd(text, innerStart, index) }
    });
  }
  for (const entry of open) stray.push({ index: entry.index, mark: entry.mark, kind: "unclosed" });
  found.sort((a, b) => a.start - b.start);
  stray.sort((a, b) => a.index - b.index);
  return { quotes: found, stray };
}
var MAX_DEPTH = 32;
function findLast(open, mark) {
  for (let i = open.length - 1; i >= Math.max(0, open.length - MAX_DEPTH); i--) if (open[i]?.mark === mark) return i;
  return -1;
}
function opensStraight(text, index, start, end) {
  const before = index > start ? text.charCodeAt(index - 1) : 32;
  const after = index + 1 < end ? text.charCodeAt(index + 1) : 32;
  return (isSpaceCode(before) || before === 40 || before === 91 || before === 171) && !isSpaceCode(after);
}

// src/sentences.ts
var ABBREVIATIONS = new Set(
  "M MM Mme Mmes Mlle Mlles Dr Drs Pr Me Mgr St Ste Sts Cie G\xE9n Gal Col Cdt Lt Sgt Adj Cne Capt av apr J.-C cf p pp chap n\xB0 \xE9d env fig t\xE9l r\xE9f coll hab Jr Sr".split(" ")
);
var MAX_ABBREVIATION = 6;
var OPENERS = '\xAB\u201C"\u2039([\u2014\u2013-';
function sentences(text, terminals) {
  const start = 0;
  const end = text.length;
  const result = [];
  let from = start;
  for (let k = 0; k < terminals.length; k++) {
    const terminal = terminals[k] ?? 0;
    let after = terminal + 1;
    while (terminals[k + 1] === after) {
      after++;
      k++;
    }
    const single = after === terminal + 1;
    for (; ; ) {
      const next2 = skipSpace(text, after, end);
      const char = text.charAt(next2);
      if (next2 < end && (char === "\xBB" || char === "\u201D" || char === "\u203A" || char === ")" || char === "]" || char === '"' && next2 === after || char === "\u2019" && next2 === after)) after = next2 + 1;
      else break;
    }
    if (after >= end) break;
    if (!isSpaceCode(text.charCodeAt(after))) continue;
    if (single && text.charCodeAt(terminal) === 46 && isAbbreviation(text, from, terminal)) continue;
    const next = skipSpace(text, after, end);
    if (!startsSentence(text, next, end)) continue;
    result.push({ start: from, end: after });
    from = next;
  }
  if (from < end) result.push({ start: from, end: trimEnd(text, from, end) });
  return result;
}
function isAbbreviation(text, from, dot) {
  let wordStart2 = dot;
  const min = Math.max(from, dot - MAX_ABBREVIATION);
  while (wordStart2 > min && !isSpaceCode(text.charCodeAt(wordStart2 - 1)) && !OPENERS.includes(text.charAt(wordStart2 - 1))) wordStart2--;
  if (wordStart2 === min && min > from && !isSpaceCode(text.charCodeAt(min - 1))) return false;
  const word = text.slice(wordStart2, dot);
  if (ABBREVIATIONS.has(word)) return true;
  if (wordStart2 === from && /^\d{1,2}$/u.test(word)) return true;
  return word.length > 0 && isUpper(word.charAt(word.length - 1)) && (word.length === 1 || /[.\-‐]$/u.test(word.slice(0, -1)));
}
function startsSentence(text, index, end) {
  let i = index;
  while (i < end && OPENERS.includes(text.charAt(i))) i = skipSpace(text, i + 1, end);
  const char = text.charAt(i);
  return isUpper(char) || char >= "0" && char <= "9";
}

// src/sha256.ts
import { sha256 as digest } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
function sha256(bytes) {
  return bytesToHex(digest(bytes));
}

// src/source-name.ts
var NAME2 = /^(\d+)_([0-9a-f]{16})\.[^.]+$/i;
function parseSourceName(file) {
  const match = file === null ? null : NAME2.exec(file);
  if (!match?.[1] || !match[2]) return { ordinal: null, sourceId: null };
  return { ordinal: Number.parseInt(match[1], 10), sourceId: match[2].toLowerCase() };
}

// src/lines.ts
function lineGroups(text, from) {
  const groups = [];
  let group = [];
  let lineStart = from;
  const lfOnly = !text.includes("\r");
  while (lineStart <= text.length) {
    let lineEnd = lfOnly ? text.indexOf("\n", lineStart) : lineStart;
    if (lineEnd < 0) lineEnd = text.length;
    while (!lfOnly && lineEnd < text.length) {
      const code = text.charCodeAt(lineEnd);
      if (code === 10 || code === 13) break;
      lineEnd++;
    }
    if (isBlank(text, lineStart, lineEnd)) {
      if (group.length > 0) groups.push(group);
      group = [];
    } else {
      const start = skipSpace(text, lineStart, lineEnd);
      group.push({ start, end: trimEnd(text, start, lineEnd) });
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

// src/units.ts
function units(text, from) {
  const groups = lineGroups(text, from);
  let width = 0;
  for (const group of groups) for (const line of group) width = Math.max(width, line.end - line.start);
  const wrapped = width <= 100 && groups.some((group) => group.some((line, index) => cutMidSentence(text, line, group[index + 1])));
  const blankSeparated = groups.length > 1;
  const full = Math.floor(width * 0.6);
  const result = [];
  for (const group of groups) {
    let current = null;
    let previous = "";
    for (const line of group) {
      const next = text.slice(line.start, line.end);
      if (current === null) current = { ...line };
      else if (continues(previous, next, wrapped && previous.length >= full, blankSeparated)) current.end = line.end;
      else {
        result.push(current);
        current = { ...line };
      }
      previous = next;
    }
    if (current) result.push(current);
  }
  return result;
}
function cutMidSentence(text, line, next) {
  if (!next) return false;
  const previous = text.slice(line.start, line.end);
  return !endsTerminal(previous) && (startsContinuation(text.slice(next.start, next.end)) || endsOpen(previous));
}
function continues(previous, next, cutByWrap, blankSeparated) {
  if (startsOwnBlock(next) || listMarker(previous) !== null && !startsContinuation(next)) return false;
  if (endsTerminal(previous)) return cutByWrap && blankSeparated;
  return startsContinuation(next) || endsOpen(previous) || cutByWrap;
}
function startsOwnBlock(line) {
  return listMarker(line) !== null || headingNumber(line) !== null || byline(line) !== null || wholeDateline(line) !== null || isBoilerplate(line) !== null;
}

// src/parse.ts
var encoder = new TextEncoder();
function parse(input, options = {}) {
  const bytes = typeof input === "string" ? encoder.encode(input) : input;
  const decoded2 = typeof input === "string" ? fromString(input) : decode(input);
  const text = decoded2.text;
  const where = location(text);
  const messages = diagnostics(text, where);
  const source = sourceOf(bytes, decoded2, options);
  const document = {
    type: "document",
    source,
    text,
    language: null,
    date: null,
    header: null,
    dateline: null,
    byline: null,
    children: [],
    sentences: [],
    quotes: [],
    dates: [],
    entities: [],
    diagnostics: [],
    position: where.toPosition(0, text.length)
  };
  if (decoded2.binary !== null) {
    messages.add("binary-input", "error", `Unexpected binary input (${decoded2.binary}): the file is not text and was not read`, void 0, null, true);
    document.diagnostics = messages.list();
    return document;
  }
  if (decoded2.invalidUtf8At !== null) {
    const at = decoded2.invalidUtf8At;
    messages.add("not-utf8", "warning", `Invalid UTF-8 at byte ${at + (decoded2.bom ? 3 : 0)}: the file was decoded as Windows-1252`, { start: at, end: Math.min(at + 1, text.length) });
  }
  if (isBlank(text)) {
    messages.add("empty-file", "warning", text.length === 0 ? "Empty file: there is no article to read" : "Blank file: it holds only white space");
    document.diagnostics = messages.list();
    return document;
  }
  const header = findHeader(text);
  const raw2 = classify(text, units(text, header?.end ?? 0));
  const datelineBlock = raw2.find((block) => block.dateline !== null);
  const bylineBlock = raw2.find((block) => block.byline !== null);
  const dateline = datelineBlock?.dateline ?? null;
  const byline2 = bylineBlock?.byline ?? null;
  const chosen = articleDate(header, dateline, byline2);
  const articleYear = chosen.date ? Number(chosen.date.value.slice(0, 4)) : null;
  if (header && !header.valid) messages.add("invalid-date", "warning", `Date \`${header.date}\` of the header does not exist`, header);
  if (header) document.header = { type: "header", date: header.date, precision: header.precision, position: where.toPosition(header.start, header.end) };
  document.date = chosen.date;
  if (datelineBlock && dateline) {
    document.dateline = {
      place: dateline.place,
      region: dateline.region,
      date: chosen.datelineValue,
      agency: dateline.agency,
      raw: text.slice(datelineBlock.start, datelineBlock.end)
    };
  }
  if (bylineBlock && byline2) {
    document.byline = { author: byline2.author, date: bylineDate(byline2), raw: text.slice(bylineBlock.start, bylineBlock.end) };
  }
  if (chosen.date && chosen.conflict) {
    messages.add(
      "date-conflict",
      "warning",
      `The ${chosen.date.source} dates the article \`${chosen.date.value}\` but the ${chosen.conflict.with} says \`${chosen.conflict.value}\``,
      { header: header ?? void 0, dateline: datelineBlock, byline: bylineBlock }[chosen.conflict.with]
    );
  }
  const marksOf = marksByBlock(findMarks(text));
  raw2.forEach((block, index) => {
    document.children.push(toBlock(text, where, block, (dateline2) => datelineDate(dateline2, datelineYear(header?.valid ? header : null, dateline2, byline2))));
    annotate(document, text, where, messages, block, index, articleYear, marksOf(block.start, block.end));
  });
  linkQuotes(document.quotes, document.sentences);
  if (options.detectLanguage !== false) document.language = detectLanguage(text.slice(header?.end ?? 0));
  document.diagnostics = messages.list();
  return document;
}
function fromString(input) {
  const bom = input.charCodeAt(0) === 65279;
  return { text: bom ? input.slice(1) : input, encoding: "utf-8", bom, binary: null, invalidUtf8At: null };
}
function sourceOf(bytes, decoded2, options) {
  const file = options.file ?? null;
  return {
    file,
    ...parseSourceName(file),
    sha256: options.sha256 ?? sha256(bytes),
    byteLength: bytes.byteLength,
    encoding: decoded2.encoding,
    bom: decoded2.bom,
    newline: newlineOf(decoded2.text)
  };
}
function newlineOf(text) {
  if (!text.includes("\r")) return text.includes("\n") ? "\n" : null;
  const count = (what) => {
    let n = 0;
    for (let i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length)) n++;
    return n;
  };
  const crlf = count("\r\n");
  const cr = count("\r") - crlf;
  const lf = count("\n") - crlf;
  const most = Math.max(crlf, cr, lf);
  if (most === 0) return null;
  return most === lf ? "\n" : most === crlf ? "\r\n" : "\r";
}
function toBlock(text, where, block, dateOf) {
  const value = text.slice(block.start, block.end);
  const position = where.toPosition(block.start, block.end);
  const { dateline, byline: byline2 } = block;
  switch (block.type) {
    case "heading":
      return { type: "heading", value, position, number: block.number };
    case "listItem":
      return { type: "listItem", value, position, marker: block.marker ?? "" };
    case "boilerplate":
      return { type: "boilerplate", value, position, role: block.role ?? "source" };
    case "dateline":
      if (dateline) {
        return { type: "dateline", value, position, dateline: { place: dateline.place, region: dateline.region, date: dateOf(dateline), agency: dateline.agency, raw: value } };
      }
      break;
    case "byline":
      if (byline2) return { type: "byline", value, position, byline: { author: byline2.author, date: bylineDate(byline2), raw: value } };
      break;
    case "fragment":
      return { type: "fragment", value, position };
  }
  return { type: "paragraph", value, position };
}
function annotate(document, text, where, messages, block, index, articleYear, marks) {
  const { start, end } = block;
  const value = text.slice(start, end);
  const at = (span) => where.toPosition(start + span.start, start + span.end);
  const shift = (span) => ({ start: start + span.start, end: start + span.end });
  for (const span of sentences(value, marks.terminals)) {
    document.sentences.push({ type: "sentence", block: index, position: at(span) });
  }
  const found = quotes(value, marks.quotes);
  for (const quote of found.quotes) {
    document.quotes.push({
      type: "quote",
      block: index,
      position: at(quote),
      open: quote.open,
      close: quote.close,
      value: value.slice(quote.inner.start, quote.inner.end),
      inner: at(quote.inner),
      depth: 0,
      parent: null,
      sentences: 0
    });
  }
  for (const mark of found.stray) {
    if (mark.kind === "unclosed") {
      messages.add("unclosed-quote", "warning", `Unclosed quotation mark \`${mark.mark}\` in \`${excerpt(value.slice(mark.index, mark.index + 80), 40)}\`: nothing closes it before the ${block.type} ends`, { start: start + mark.index, end });
    } else {
      messages.add("unopened-quote", "warning", `Unexpected closing quotation mark \`${mark.mark}\`: nothing opens it in this ${block.type}`, { start: start + mark.index, end: start + mark.index + 1 });
    }
  }
  const dated = dates(value, marks.numbers, articleYear);
  for (const date of dated.dates) {
    document.dates.push({
      type: "date",
      block: index,
      position: at(date),
      text: value.slice(date.start, date.end),
      value: date.value,
      precision: date.precision,
      year: date.year,
      weekday: date.weekday
    });
  }
  for (const problem of dated.problems) {
    const actual = value.slice(problem.start, problem.end);
    if (problem.kind === "invalid-date") {
      messages.add("invalid-date", "warning", `Date \`${actual}\` does not exist`, shift(problem));
    } else {
      const written = /^[\p{L}]+/u.exec(actual)?.[0] ?? "";
      messages.add(
        "weekday-mismatch",
        "warning",
        `Weekday \`${written}\` contradicts its date: \`${actual.slice(written.length).trim()}\` falls on a ${problem.expected ?? ""}`,
        shift(problem),
        problem.expected === null ? null : problem.expected + actual.slice(written.length)
      );
    }
  }
  for (const glitch of glitches(value, marks.glitches)) {
    const actual = value.slice(glitch.start, glitch.end);
    const messageOf = {
      "broken-hyphenation": `Broken hyphenation \`${actual}\`: a space after the hyphen of a compound, expected \`${glitch.expected}\``,
      "space-before-punctuation": `Unexpected space before \`${actual.slice(-1)}\` in \`${actual}\`, expected \`${glitch.expected}\``,
      "space-before-hyphen": `Unexpected space before the hyphen in \`${actual}\`, expected \`${glitch.expected}\``,
      "invisible-character": `Unexpected invisible character U+${actual.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} inside the text`
    };
    messages.add(glitch.ruleId, glitch.ruleId === "invisible-character" ? "info" : "warning", messageOf[glitch.ruleId], shift(glitch), glitch.expected);
  }
  if (block.type === "fragment") {
    messages.add(
      "trailing-fragment",
      "warning",
      `Unexpected trailing fragment \`${excerpt(value)}\`: a last line with no closing punctuation that is not a heading, dateline or byline`,
      block
    );
  }
}
function linkQuotes(quotesFound, sentencesFound) {
  const open = [];
  let first2 = 0;
  quotesFound.forEach((quote, index) => {
    while (open.length > 0) {
      const top = quotesFound[open[open.length - 1] ?? 0];
      if (top && top.position.end.offset <= quote.position.start.offset) open.pop();
      else break;
    }
    quote.depth = open.length;
    quote.parent = open.length > 0 ? open[open.length - 1] ?? null : null;
    open.push(index);
    const { start, end } = { start: quote.inner.start.offset, end: quote.inner.end.offset };
    while (first2 < sentencesFound.length && (sentencesFound[first2]?.position.end.offset ?? 0) <= quote.position.start.offset) first2++;
    let count = 0;
    for (let i = first2; i < sentencesFound.length; i++) {
      const sentence = sentencesFound[i];
      if (!sentence || sentence.position.start.offset >= Math.max(end, start + 1)) break;
      if (sentence.position.end.offset > start) count++;
    }
    quote.sentences = count;
  });
}

// .perf-parse.ts
var encoder2 = new TextEncoder();
function parse2(input, options = {}) {
  const bytes = typeof input === "string" ? encoder2.encode(input) : input;
  const decoded2 = typeof input === "string" ? fromString2(input) : decode(input);
  const text = decoded2.text;
  const where = location(text);
  const messages = diagnostics(text, where);
  const source = sourceOf2(bytes, decoded2, options);
  const document = {
    type: "document",
    source,
    text,
    language: null,
    date: null,
    header: null,
    dateline: null,
    byline: null,
    children: [],
    sentences: [],
    quotes: [],
    dates: [],
    entities: [],
    diagnostics: [],
    position: where.toPosition(0, text.length)
  };
  if (decoded2.binary !== null) {
    messages.add("binary-input", "error", `Unexpected binary input (${decoded2.binary}): the file is not text and was not read`, void 0, null, true);
    document.diagnostics = messages.list();
    return document;
  }
  if (decoded2.invalidUtf8At !== null) {
    const at = decoded2.invalidUtf8At;
    messages.add("not-utf8", "warning", `Invalid UTF-8 at byte ${at + (decoded2.bom ? 3 : 0)}: the file was decoded as Windows-1252`, { start: at, end: Math.min(at + 1, text.length) });
  }
  if (isBlank(text)) {
    messages.add("empty-file", "warning", text.length === 0 ? "Empty file: there is no article to read" : "Blank file: it holds only white space");
    document.diagnostics = messages.list();
    return document;
  }
  const header = findHeader(text);
  const raw2 = classify(text, units(text, header?.end ?? 0));
  const datelineBlock = raw2.find((block) => block.dateline !== null);
  const bylineBlock = raw2.find((block) => block.byline !== null);
  const dateline = datelineBlock?.dateline ?? null;
  const byline2 = bylineBlock?.byline ?? null;
  const chosen = articleDate(header, dateline, byline2);
  const articleYear = chosen.date ? Number(chosen.date.value.slice(0, 4)) : null;
  if (header && !header.valid) messages.add("invalid-date", "warning", `Date \`${header.date}\` of the header does not exist`, header);
  if (header) document.header = { type: "header", date: header.date, precision: header.precision, position: where.toPosition(header.start, header.end) };
  document.date = chosen.date;
  if (datelineBlock && dateline) {
    document.dateline = {
      place: dateline.place,
      region: dateline.region,
      date: chosen.datelineValue,
      agency: dateline.agency,
      raw: text.slice(datelineBlock.start, datelineBlock.end)
    };
  }
  if (bylineBlock && byline2) {
    document.byline = { author: byline2.author, date: bylineDate(byline2), raw: text.slice(bylineBlock.start, bylineBlock.end) };
  }
  if (chosen.date && chosen.conflict) {
    messages.add(
      "date-conflict",
      "warning",
      `The ${chosen.date.source} dates the article \`${chosen.date.value}\` but the ${chosen.conflict.with} says \`${chosen.conflict.value}\``,
      { header: header ?? void 0, dateline: datelineBlock, byline: bylineBlock }[chosen.conflict.with]
    );
  }
  raw2.forEach((block, index) => {
    document.children.push(toBlock2(text, where, block, (dateline2) => datelineDate(dateline2, datelineYear(header?.valid ? header : null, dateline2, byline2))));
    void annotate2;
  });
  linkQuotes2(document.quotes, document.sentences);
  if (options.detectLanguage !== false) document.language = detectLanguage(text.slice(header?.end ?? 0));
  document.diagnostics = messages.list();
  return document;
}
function fromString2(input) {
  const bom = input.charCodeAt(0) === 65279;
  return { text: bom ? input.slice(1) : input, encoding: "utf-8", bom, binary: null, invalidUtf8At: null };
}
function sourceOf2(bytes, decoded2, options) {
  const file = options.file ?? null;
  return {
    file,
    ...parseSourceName(file),
    sha256: options.sha256 ?? sha256(bytes),
    byteLength: bytes.byteLength,
    encoding: decoded2.encoding,
    bom: decoded2.bom,
    newline: newlineOf2(decoded2.text)
  };
}
function newlineOf2(text) {
  if (!text.includes("\r")) return text.includes("\n") ? "\n" : null;
  const count = (what) => {
    let n = 0;
    for (let i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length)) n++;
    return n;
  };
  const crlf = count("\r\n");
  const cr = count("\r") - crlf;
  const lf = count("\n") - crlf;
  const most = Math.max(crlf, cr, lf);
  if (most === 0) return null;
  return most === lf ? "\n" : most === crlf ? "\r\n" : "\r";
}
function toBlock2(text, where, block, dateOf) {
  const value = text.slice(block.start, block.end);
  const position = where.toPosition(block.start, block.end);
  const { dateline, byline: byline2 } = block;
  switch (block.type) {
    case "heading":
      return { type: "heading", value, position, number: block.number };
    case "listItem":
      return { type: "listItem", value, position, marker: block.marker ?? "" };
    case "boilerplate":
      return { type: "boilerplate", value, position, role: block.role ?? "source" };
    case "dateline":
      if (dateline) {
        return { type: "dateline", value, position, dateline: { place: dateline.place, region: dateline.region, date: dateOf(dateline), agency: dateline.agency, raw: value } };
      }
      break;
    case "byline":
      if (byline2) return { type: "byline", value, position, byline: { author: byline2.author, date: bylineDate(byline2), raw: value } };
      break;
    case "fragment":
      return { type: "fragment", value, position };
  }
  return { type: "paragraph", value, position };
}
function annotate2(document, text, where, messages, block, index, articleYear) {
  const { start, end } = block;
  const value = text.slice(start, end);
  const at = (span) => where.toPosition(start + span.start, start + span.end);
  const shift = (span) => ({ start: start + span.start, end: start + span.end });
  const marks = findMarks(value);
  for (const span of sentences(value, marks.terminals)) {
    document.sentences.push({ type: "sentence", block: index, position: at(span) });
  }
  const found = quotes(value, marks.quotes);
  for (const quote of found.quotes) {
    document.quotes.push({
      type: "quote",
      block: index,
      position: at(quote),
      open: quote.open,
      close: quote.close,
      value: value.slice(quote.inner.start, quote.inner.end),
      inner: at(quote.inner),
      depth: 0,
      parent: null,
      sentences: 0
    });
  }
  for (const mark of found.stray) {
    if (mark.kind === "unclosed") {
      messages.add("unclosed-quote", "warning", `Unclosed quotation mark \`${mark.mark}\` in \`${excerpt(value.slice(mark.index, mark.index + 80), 40)}\`: nothing closes it before the ${block.type} ends`, { start: start + mark.index, end });
    } else {
      messages.add("unopened-quote", "warning", `Unexpected closing quotation mark \`${mark.mark}\`: nothing opens it in this ${block.type}`, { start: start + mark.index, end: start + mark.index + 1 });
    }
  }
  const dated = dates(value, marks.numbers, articleYear);
  for (const date of dated.dates) {
    document.dates.push({
      type: "date",
      block: index,
      position: at(date),
      text: value.slice(date.start, date.end),
      value: date.value,
      precision: date.precision,
      year: date.year,
      weekday: date.weekday
    });
  }
  for (const problem of dated.problems) {
    const actual = value.slice(problem.start, problem.end);
    if (problem.kind === "invalid-date") {
      messages.add("invalid-date", "warning", `Date \`${actual}\` does not exist`, shift(problem));
    } else {
      const written = /^[\p{L}]+/u.exec(actual)?.[0] ?? "";
      messages.add(
        "weekday-mismatch",
        "warning",
        `Weekday \`${written}\` contradicts its date: \`${actual.slice(written.length).trim()}\` falls on a ${problem.expected ?? ""}`,
        shift(problem),
        problem.expected === null ? null : problem.expected + actual.slice(written.length)
      );
    }
  }
  for (const glitch of glitches(value, marks.glitches)) {
    const actual = value.slice(glitch.start, glitch.end);
    const messageOf = {
      "broken-hyphenation": `Broken hyphenation \`${actual}\`: a space after the hyphen of a compound, expected \`${glitch.expected}\``,
      "space-before-punctuation": `Unexpected space before \`${actual.slice(-1)}\` in \`${actual}\`, expected \`${glitch.expected}\``,
      "space-before-hyphen": `Unexpected space before the hyphen in \`${actual}\`, expected \`${glitch.expected}\``,
      "invisible-character": `Unexpected invisible character U+${actual.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} inside the text`
    };
    messages.add(glitch.ruleId, glitch.ruleId === "invisible-character" ? "info" : "warning", messageOf[glitch.ruleId], shift(glitch), glitch.expected);
  }
  if (block.type === "fragment") {
    messages.add(
      "trailing-fragment",
      "warning",
      `Unexpected trailing fragment \`${excerpt(value)}\`: a last line with no closing punctuation that is not a heading, dateline or byline`,
      block
    );
  }
}
function linkQuotes2(quotesFound, sentencesFound) {
  const open = [];
  let first2 = 0;
  quotesFound.forEach((quote, index) => {
    while (open.length > 0) {
      const top = quotesFound[open[open.length - 1] ?? 0];
      if (top && top.position.end.offset <= quote.position.start.offset) open.pop();
      else break;
    }
    quote.depth = open.length;
    quote.parent = open.length > 0 ? open[open.length - 1] ?? null : null;
    open.push(index);
    const { start, end } = { start: quote.inner.start.offset, end: quote.inner.end.offset };
    while (first2 < sentencesFound.length && (sentencesFound[first2]?.position.end.offset ?? 0) <= quote.position.start.offset) first2++;
    let count = 0;
    for (let i = first2; i < sentencesFound.length; i++) {
      const sentence = sentencesFound[i];
      if (!sentence || sentence.position.start.offset >= Math.max(end, start + 1)) break;
      if (sentence.position.end.offset > start) count++;
    }
    quote.sentences = count;
  });
}
export {
  classify,
  dates,
  decode,
  findHeader,
  findMarks,
  glitches,
  location,
  parse,
  parse2 as parseSkeleton,
  quotes,
  sentences,
  units
};
//# sourceMappingURL=.perf-entry.js.map