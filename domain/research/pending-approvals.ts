import type { ResearchDecision } from "../../schema/values";

/** A party to a joint research item: a unit by id, or the office (`id` null). */
export interface ResearchParty {
  id: number | null;
  name: string;
}

/** One answer a party gave to a draft version, in the order given. */
export interface ResearchAnswer {
  party: number | null;
  decision: ResearchDecision;
}

/**
 * The parties that have not approved the current draft, in the parties' order: those that never
 * answered it and those whose latest answer is 不同意. Joint issuance (联合发文) waits until it is empty.
 * `answers` are the current version's, oldest first; a later answer replaces an earlier one.
 */
export function pendingApprovals(parties: ReadonlyArray<ResearchParty>, answers: ReadonlyArray<ResearchAnswer>): ResearchParty[] {
  const latest = new Map<number | null, ResearchDecision>();
  for (const a of answers) latest.set(a.party, a.decision);
  return parties.filter((p) => latest.get(p.id) !== "同意");
}
