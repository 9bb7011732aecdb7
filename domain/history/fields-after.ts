import type { LogLine } from "./log-line";

/** What a field reader takes from one side (`before` or `after`) of a log line. */
export type Pick<T> = (side: Record<string, unknown>) => Partial<T>;

const asObject = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * A row's restorable fields as they stood right after log line `changeId`, replayed from the
 * row's lines in order: each line's `after` sets what it changed; a field no earlier line set
 * is taken from the line's `before` (its value just before that change), so rows written before
 * the log carried every field still replay. Null when `changeId` is not one of `lines`, or when
 * some field cannot be known from the lines up to it.
 */
export function fieldsAfter<T extends object>(lines: ReadonlyArray<LogLine>, changeId: number, pick: Pick<T>, complete: (v: Partial<T>) => v is T): T | null {
  const end = lines.findIndex((l) => l.id === changeId);
  if (end < 0) return null;
  let state: Partial<T> = {};
  for (const line of lines.slice(0, end + 1)) {
    const before = pick(asObject(line.before));
    const missing = Object.fromEntries(Object.entries(before).filter(([k]) => !(k in state)));
    state = { ...state, ...missing, ...pick(asObject(line.after)) };
  }
  return complete(state) ? state : null;
}

/** The fields of `next` whose values differ from `current` (compared as JSON). */
export function changedFields<T extends object>(current: T, next: T): (keyof T)[] {
  return (Object.keys(next) as (keyof T)[]).filter((k) => JSON.stringify(current[k]) !== JSON.stringify(next[k]));
}
