import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// The ExcelApi requirement set of every class member, as @types/office-js documents it
// (`[Api set: ExcelApi 1.9]` in the member's JSDoc). A member whose JSDoc names no set (load, toJSON,
// track, the ClientObject basics) belongs to its class's set.

export type ApiSets = Map<string, { set: string | null; members: Map<string, string> }>;

export function excelApiSets(): ApiSets {
  const file = createRequire(import.meta.url).resolve("@types/office-js/index.d.ts");
  const lines = readFileSync(file, "utf8").split("\n");
  const start = lines.findIndex((l) => l.startsWith("declare namespace Excel {"));
  const sets: ApiSets = new Map();
  let current: { set: string | null; members: Map<string, string> } | null = null;
  let doc: string | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("}") || line.startsWith("    namespace ")) break;
    const set = /\[Api set: ExcelApi (\d+\.\d+)\]/.exec(line);
    if (set) doc = set[1]!;
    const cls = /^ {4}(?:export )?(?:class|interface) (\w+)/.exec(line);
    if (cls) {
      current = { set: doc, members: new Map() };
      sets.set(cls[1]!, current);
      doc = null;
      continue;
    }
    const member = /^ {8}(?:readonly )?(\w+)\??[(:<]/.exec(line);
    if (member && current) {
      const name = member[1]!;
      const version = doc ?? current.set ?? "1.1";
      const before = current.members.get(name);
      if (!before || Number(version.split(".")[1]) < Number(before.split(".")[1])) current.members.set(name, version);
      doc = null;
    }
    if (/^ {4}}/.test(line)) current = null;
  }
  return sets;
}

/** The set of `cls.member`, or of its class for the ClientObject basics; undefined when unknown. */
export function setOf(sets: ApiSets, cls: string, member: string): string | undefined {
  const c = sets.get(cls);
  if (!c) return undefined;
  return c.members.get(member) ?? (BASICS.has(member) ? c.set ?? "1.1" : undefined);
}

const BASICS = new Set(["load", "toJSON", "track", "untrack", "context", "isNullObject", "sync", "set"]);
