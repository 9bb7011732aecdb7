/** The three kinds of token holder: the 府院联动 office, the convenors (召集人/副召集人), a member unit. */
export const roles = ["office", "leader", "unit"] as const;

export type Role = (typeof roles)[number];

/**
 * Who is asking, as far as access is concerned. A unit is known by its id only: every name it
 * goes by (its own name or an alias) is resolved to that id before access is asked.
 */
export type AccessCaller = { role: "office" } | { role: "leader" } | { role: "unit"; unitId: number };
