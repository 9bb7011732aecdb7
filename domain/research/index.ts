export { pendingApprovals, type ResearchParty, type ResearchAnswer } from "./pending-approvals";
export { approvalsOnTime, type DraftForCount, type OnTimeCount } from "./approvals-on-time";
