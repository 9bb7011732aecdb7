import type { AboutOf, Action } from "./actions";
import type { Role } from "./caller";
import type { RelationTo } from "./relations";
import type { Outcome } from "./refusals";

/** One role's rule for an action: the same outcome whatever the tie, or one per tie. */
type RoleRule<A extends Action> = Outcome | { readonly [R in RelationTo<AboutOf<A>>]: Outcome };

export type Rules = { readonly [A in Action]: { readonly [R in Role]: RoleRule<A> } };

/** A unit's rule on a matter: the lead and co-units see it; any other unit is told it does not exist. */
const unitOnMatter = (lead: Outcome, co: Outcome) => ({ lead, co, none: "hidden" }) as const;
/** A unit's rule on another unit's rows: they are hidden (lists simply leave them out). */
const ownRowsOnly = { own: "allow", other: "hidden" } as const;
const officeOnly = { office: "allow", leader: "office_only", unit: "office_only" } as const;
/** A register's rows: the court that keeps the registers sees them all, a unit only its own. */
const registerRows = { office: "allow", leader: "allow", unit: { court: "allow", own: "allow", other: "hidden" } } as const;
/** A register kept by the court and the office; leaders read, other units are told who keeps it. */
const courtKeeps = { office: "allow", leader: "read_only", unit: { court: "allow", own: "court_only", other: "court_only" } } as const;
const officeAndLeaders = { office: "allow", leader: "allow", unit: "office_or_leader_only" } as const;

/**
 * Who may do what: the one table every route asks (through `decide`). Leaders only read; the
 * office writes the ledger's settings and decides; a unit acts on the matters it leads or
 * co-handles and on its own rows, and is told nothing of any other.
 */
export const rules: Rules = {
  see_matter: { office: "allow", leader: "allow", unit: unitOnMatter("allow", "allow") },
  settle_matter: { office: "allow", leader: "read_only", unit: unitOnMatter("allow", "lead_only") },
  contribute_to_matter: { office: "co_only", leader: "read_only", unit: unitOnMatter("co_only", "allow") },
  ask_extension: { office: "lead_only", leader: "read_only", unit: unitOnMatter("allow", "lead_only") },
  decide_extension: officeOnly,
  /** Restoring an earlier version of a matter's fields (history) is the office's, like correcting it. */
  restore_matter: officeOnly,
  withdraw_extension: { office: "lead_only", leader: "read_only", unit: unitOnMatter("allow", "lead_only") },
  review_matter: officeOnly,
  correct_matter: officeOnly,
  reopen_matter: officeOnly,
  cancel_matter: officeOnly,
  create_matter: officeOnly,
  filter_by_unit: { office: "allow", leader: "allow", unit: { own: "allow", other: "own_unit_only" } },
  see_report: { office: "allow", leader: "allow", unit: ownRowsOnly },
  report_for_unit: { office: "allow", leader: "read_only", unit: { own: "allow", other: "own_unit_only" } },
  /** Restoring an earlier text of a report (history): the office only; the unit resubmits instead. */
  restore_report: officeOnly,
  submit_report_row: {
    office: { responsible: "allow", none: "not_responsible" },
    leader: "read_only",
    unit: { responsible: "allow", none: "not_responsible" },
  },
  see_assessment_entry: { office: "allow", leader: "allow", unit: ownRowsOnly },
  see_adjustment: { office: "allow", leader: "allow", unit: ownRowsOnly },
  see_assessment_history: officeAndLeaders,
  see_notice: officeAndLeaders,
  see_summary: officeAndLeaders,
  edit_calendar: officeOnly,
  edit_groups: officeOnly,
  edit_scheme: officeOnly,
  record_adjustment: officeOnly,
  close_year: officeOnly,
  see_people: { office: "allow", leader: "allow", unit: "allow" },
  see_phones: officeAndLeaders,
  edit_people: officeOnly,
  manage_tokens: officeOnly,
  see_draft: { office: "allow", leader: "allow", unit: ownRowsOnly },
  save_draft: { office: "unit_only", leader: "read_only", unit: "allow" },
  // The office writes for a unit as before; a unit's 执行员 only drafts while sign-off is on.
  submit_for_unit: { office: "allow", leader: "read_only", unit: { signer: "allow", drafter: "liaison_only", none: "hidden" } },
  edit_sign_off: officeOnly,
  /** The office's settings (reporting cycle, assessment start, report duties …); everyone reads them. */
  edit_settings: officeOnly,
  see_settings_history: officeAndLeaders,
  submit_draft: { office: "liaison_only", leader: "read_only", unit: { signer: "allow", drafter: "liaison_only", none: "hidden" } },
  /** A draft not yet submitted is changed by its author or by whoever of the unit may submit it. */
  edit_draft: { office: "unit_only", leader: "read_only", unit: { author: "allow", signer: "allow", unit: "author_only", none: "hidden" } },
  /** …and withdrawn by them, or by the office (a draft saved by mistake). */
  delete_draft: { office: "allow", leader: "read_only", unit: { author: "allow", signer: "allow", unit: "author_only", none: "hidden" } },
  /** Where a unit's reminders go (secrets are never shown to anyone). */
  see_channels: { office: "allow", leader: "allow", unit: ownRowsOnly },
  edit_channels: officeOnly,
  /** Joint research (联合调研): the office and leaders see every item, a unit those it takes part in. */
  see_research: { office: "allow", leader: "allow", unit: { lead: "allow", involved: "allow", none: "hidden" } },
  create_research: officeOnly,
  /** A new draft version comes from the office or the lead unit. */
  draft_research: { office: "allow", leader: "read_only", unit: { lead: "allow", involved: "lead_only", none: "hidden" } },
  /** Each party answers for itself: a unit for its unit, the office for the office. */
  approve_research: { office: "allow", leader: "read_only", unit: { lead: "allow", involved: "allow", none: "hidden" } },
  issue_research: officeOnly,
  /** Task forces (专班): a unit sees those its people sit on and those serving its matters. */
  see_taskforce: { office: "allow", leader: "allow", unit: { member: "allow", served: "allow", none: "hidden" } },
  create_taskforce: officeOnly,
  end_taskforce: officeOnly,
  /** A task force's log is kept by the office and by the units its members come from. */
  log_taskforce: { office: "allow", leader: "read_only", unit: { member: "allow", served: "member_only", none: "hidden" } },
  see_hearing: registerRows,
  record_hearing: courtKeeps,
  /** 该出庭不出庭约谈: the office (依法治县办 with the court) records the talk. */
  record_interview: officeOnly,
  see_suggestion: registerRows,
  issue_suggestion: courtKeeps,
  /** The addressee replies; the office may enter a reply received on paper. */
  reply_suggestion: { office: "allow", leader: "read_only", unit: { court: "addressee_only", own: "allow", other: "hidden" } },
  see_petition_risk: registerRows,
  record_petition_risk: courtKeeps,
  see_enterprise: registerRows,
  record_enterprise: courtKeeps,
  /** A responsible unit records how its enterprise moved, as the court and the office do. */
  review_enterprise: { office: "allow", leader: "read_only", unit: { court: "allow", own: "allow", other: "hidden" } },
  /** Meetings (四(一)): a unit sees those it is invited to; the office records them, their attendance and minutes. */
  see_meeting: { office: "allow", leader: "allow", unit: { invited: "allow", none: "hidden" } },
  edit_meeting: officeOnly,
  /** Turning a meeting's decisions into supervised matters, as creating a matter is. */
  turn_decisions: officeOnly,
  /** A unit sees the topics it proposed and the agenda of the meetings it is invited to. */
  see_topic: { office: "allow", leader: "allow", unit: { own: "allow", agenda: "allow", none: "hidden" } },
  /** Any unit proposes a topic (for any meeting); the proposer is the caller's unit. */
  propose_topic: { office: "unit_only", leader: "read_only", unit: "allow" },
  decide_topic: officeOnly,
  /** The office's documents as .docx (通报 with its edited text, 催办单 to a unit): the office issues them. */
  issue_document: officeOnly,
};
