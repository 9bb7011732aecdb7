import { fieldsAfter, type Pick } from "./fields-after";
import type { LogLine } from "./log-line";

/**
 * What the office restores of a matter: what a user wrote into it. The office's content (title,
 * task, source, its reference, lead and co-units by name, days: the deadline follows from them)
 * and each co-unit's contribution note (by unit name; null when none). Status, settlement,
 * extensions and deadlines are the lifecycle's and are never restored.
 */
export interface MatterFields {
  title: string;
  taskNo: number | null;
  source: string;
  sourceRef: string | null;
  days: number;
  lead: string;
  co: string[];
  contributions: Record<string, string | null>;
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
const nullable = <T>(v: unknown, is: (x: unknown) => x is T): v is T | null => v === null || is(v);
const isString = (x: unknown): x is string => typeof x === "string";
const isInt = (x: unknown): x is number => Number.isInteger(x);

/** The matter's own fields one side of a log line names (`taskNo` at creation, `task` on the wire). */
const pick: Pick<Omit<MatterFields, "contributions">> = (side) => {
  const out: Partial<Omit<MatterFields, "contributions">> = {};
  if (isString(side.title)) out.title = side.title;
  const task = "taskNo" in side ? side.taskNo : side.task;
  if (("taskNo" in side || "task" in side) && nullable(task, isInt)) out.taskNo = task;
  if (isString(side.source)) out.source = side.source;
  if ("sourceRef" in side && nullable(side.sourceRef, isString)) out.sourceRef = side.sourceRef;
  if (isInt(side.days)) out.days = side.days;
  if (isString(side.lead)) out.lead = side.lead;
  if (isStrings(side.co)) out.co = side.co;
  return out;
};

const complete = (v: Partial<Omit<MatterFields, "contributions">>): v is Omit<MatterFields, "contributions"> =>
  v.title !== undefined && v.taskNo !== undefined && v.source !== undefined && v.sourceRef !== undefined && v.days !== undefined && v.lead !== undefined && v.co !== undefined;

const asObject = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * The co-units' notes after the lines given, replayed from their `after` sides: a contribution
 * line sets one unit's note (`{ unit, contribution }`), a restore sets them all (`contributions`).
 */
function notesAfter(lines: ReadonlyArray<LogLine>): Record<string, string | null> {
  let notes: Record<string, string | null> = {};
  for (const line of lines) {
    const after = asObject(line.after);
    const all = asObject(after.contributions);
    if ("contributions" in after) notes = Object.fromEntries(Object.entries(all).filter(([, v]) => nullable(v, isString))) as Record<string, string | null>;
    if (isString(after.unit) && "contribution" in after && nullable(after.contribution, isString)) notes = { ...notes, [after.unit]: after.contribution };
  }
  return notes;
}

/**
 * A matter's restorable fields right after change `changeId` of its log lines (see
 * `fieldsAfter`); each co-unit of that version has its note then, or null.
 */
export function matterFieldsAfter(lines: ReadonlyArray<LogLine>, changeId: number): MatterFields | null {
  const fields = fieldsAfter(lines, changeId, pick, complete);
  if (!fields) return null;
  const notes = notesAfter(lines.slice(0, lines.findIndex((l) => l.id === changeId) + 1));
  return { ...fields, contributions: Object.fromEntries(fields.co.map((u) => [u, notes[u] ?? null])) };
}
