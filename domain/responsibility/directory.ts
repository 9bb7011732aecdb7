/** The plain-data view of who exists: units, their other names, and the plan's collective names. */
export interface UnitDirectory {
  units: ReadonlyArray<{ id: number; name: string }>;
  aliases: ReadonlyArray<{ alias: string; unitId: number }>;
  groups: ReadonlyArray<{ id: number; name: string; memberIds: ReadonlyArray<number> }>;
}

/** What a name as written resolved to. `via` is set when an alias was used. */
export type ResolvedName =
  | { kind: "unit"; id: number; name: string; written: string; via?: "alias" }
  | { kind: "group"; id: number; name: string; written: string; memberIds: ReadonlyArray<number> };
