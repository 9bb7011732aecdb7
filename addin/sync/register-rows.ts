/**
 * The four registers' wire rows as their sheets show them (docs/registers.md). Hearings and
 * 司法建议 pass as they come; a petition-risk case's actions become one line each (day, then what
 * was done); an enterprise shows its latest review beside its movement. Pure functions, no Office.
 */
import type { EnterpriseWire } from "../../schema/contracts/enterprises";
import type { PetitionRiskWire } from "../../schema/contracts/petition-risks";
import type { Row } from "./snapshot";

export function petitionRiskRows(risks: readonly PetitionRiskWire[]): Row[] {
  return risks.map(({ actions, ...r }) => ({ ...r, actions: actions.map((a) => `${a.doneOn} ${a.action}`) }));
}

export function enterpriseRows(list: readonly EnterpriseWire[]): Row[] {
  return list.map(({ reviews, ...e }) => {
    const last = reviews.at(-1);
    return { ...e, lastReviewedOn: last?.reviewedOn ?? null, lastNote: last?.note ?? null };
  });
}
