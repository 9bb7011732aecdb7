// The three kinds of token holder live once, in the shared value list.
export { roles, type Role } from "../../schema/values";

/**
 * Who is asking, as far as access is concerned. A unit is known by its id only: every name it
 * goes by (its own name or an alias) is resolved to that id before access is asked.
 */
export type AccessCaller = { role: "office" } | { role: "leader" } | { role: "unit"; unitId: number };
