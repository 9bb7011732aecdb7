import { officeParty } from "../../schema/values";
import type { ResearchDecision, ResearchDraftKind, ResearchStatus } from "../../schema/values";
import type { ResearchApprovalWire, ResearchWire } from "../../schema/contracts/research";
import { pendingApprovals, type ResearchParty } from "../../domain/research";
import type { ResearchRecord } from "./research-queries";

/** Every party to an item, the office first, then its units in directory order. */
export function partiesOf(r: ResearchRecord): ResearchParty[] {
  return [{ id: null, name: officeParty }, ...r.units.map((u) => ({ id: u.unitId, name: u.name }))];
}

/** The parties that have not approved (同意) the current draft. */
export function pendingOf(r: ResearchRecord): ResearchParty[] {
  return pendingApprovals(
    partiesOf(r),
    r.answers.map((a) => ({ party: a.unitId, decision: a.decision as ResearchDecision })),
  );
}

/** A research item as the API answers it: each party's latest answer to the current draft, and who is pending. */
export function researchToWire(r: ResearchRecord): ResearchWire {
  const approvals: ResearchApprovalWire[] = partiesOf(r).map((p) => {
    const mine = r.answers.filter((a) => a.unitId === p.id);
    const first = mine[0];
    const latest = mine[mine.length - 1];
    return {
      unit: p.name,
      decision: (latest?.decision as ResearchDecision | undefined) ?? null,
      opinion: latest?.opinion ?? null,
      on: first?.on ?? null,
      onTime: first ? first.on <= r.draft.approvalsDue : null,
    };
  });
  return {
    id: r.id,
    topic: r.topic,
    lead: r.lead ?? officeParty,
    units: partiesOf(r).map((p) => p.name),
    status: r.status as ResearchStatus,
    docNo: r.docNo,
    issuedOn: r.issuedOn,
    version: r.version,
    draft: {
      version: r.draft.version,
      kind: r.draft.kind as ResearchDraftKind,
      title: r.draft.title,
      text: r.draft.text,
      attachment: r.draft.attachment,
      on: r.draft.on,
      approvalsDue: r.draft.approvalsDue,
      provisional: r.draft.provisional,
    },
    approvals,
    pending: pendingOf(r).map((p) => p.name),
  };
}
