import { describe, expect, it } from "vitest";
import { actionNames, actions, decide, relationsTo, roles, type Action, type Outcome } from "../../../domain/access";

/**
 * The access table, written out by hand: action → role → relation → outcome. The test walks the
 * cartesian product of every role, every action and every relation to the action's row, and
 * demands exactly one line here for each; so an action added without being decided fails.
 */
const expected: Record<string, Record<string, Record<string, Outcome>>> = {
  see_matter: {
    office: { lead: "allow", co: "allow", none: "allow" },
    leader: { lead: "allow", co: "allow", none: "allow" },
    unit: { lead: "allow", co: "allow", none: "hidden" },
  },
  settle_matter: {
    office: { lead: "allow", co: "allow", none: "allow" },
    leader: { lead: "read_only", co: "read_only", none: "read_only" },
    unit: { lead: "allow", co: "lead_only", none: "hidden" },
  },
  contribute_to_matter: {
    office: { lead: "co_only", co: "co_only", none: "co_only" },
    leader: { lead: "read_only", co: "read_only", none: "read_only" },
    unit: { lead: "co_only", co: "allow", none: "hidden" },
  },
  ask_extension: {
    office: { lead: "lead_only", co: "lead_only", none: "lead_only" },
    leader: { lead: "read_only", co: "read_only", none: "read_only" },
    unit: { lead: "allow", co: "lead_only", none: "hidden" },
  },
  decide_extension: {
    office: { lead: "allow", co: "allow", none: "allow" },
    leader: { lead: "office_only", co: "office_only", none: "office_only" },
    unit: { lead: "office_only", co: "office_only", none: "office_only" },
  },
  restore_matter: {
    office: { lead: "allow", co: "allow", none: "allow" },
    leader: { lead: "office_only", co: "office_only", none: "office_only" },
    unit: { lead: "office_only", co: "office_only", none: "office_only" },
  },
  withdraw_extension: {
    office: { lead: "lead_only", co: "lead_only", none: "lead_only" },
    leader: { lead: "read_only", co: "read_only", none: "read_only" },
    unit: { lead: "allow", co: "lead_only", none: "hidden" },
  },
  review_matter: {
    office: { lead: "allow", co: "allow", none: "allow" },
    leader: { lead: "office_only", co: "office_only", none: "office_only" },
    unit: { lead: "office_only", co: "office_only", none: "office_only" },
  },
  correct_matter: {
    office: { lead: "allow", co: "allow", none: "allow" },
    leader: { lead: "office_only", co: "office_only", none: "office_only" },
    unit: { lead: "office_only", co: "office_only", none: "office_only" },
  },
  reopen_matter: {
    office: { lead: "allow", co: "allow", none: "allow" },
    leader: { lead: "office_only", co: "office_only", none: "office_only" },
    unit: { lead: "office_only", co: "office_only", none: "office_only" },
  },
  cancel_matter: {
    office: { lead: "allow", co: "allow", none: "allow" },
    leader: { lead: "office_only", co: "office_only", none: "office_only" },
    unit: { lead: "office_only", co: "office_only", none: "office_only" },
  },
  create_matter: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  filter_by_unit: {
    office: { own: "allow", other: "allow" },
    leader: { own: "allow", other: "allow" },
    unit: { own: "allow", other: "own_unit_only" },
  },
  see_report: {
    office: { own: "allow", other: "allow" },
    leader: { own: "allow", other: "allow" },
    unit: { own: "allow", other: "hidden" },
  },
  report_for_unit: {
    office: { own: "allow", other: "allow" },
    leader: { own: "read_only", other: "read_only" },
    unit: { own: "allow", other: "own_unit_only" },
  },
  restore_report: {
    office: { own: "allow", other: "allow" },
    leader: { own: "office_only", other: "office_only" },
    unit: { own: "office_only", other: "office_only" },
  },
  submit_report_row: {
    office: { responsible: "allow", none: "not_responsible" },
    leader: { responsible: "read_only", none: "read_only" },
    unit: { responsible: "allow", none: "not_responsible" },
  },
  see_assessment_entry: {
    office: { own: "allow", other: "allow" },
    leader: { own: "allow", other: "allow" },
    unit: { own: "allow", other: "hidden" },
  },
  see_adjustment: {
    office: { own: "allow", other: "allow" },
    leader: { own: "allow", other: "allow" },
    unit: { own: "allow", other: "hidden" },
  },
  see_assessment_history: { office: { none: "allow" }, leader: { none: "allow" }, unit: { none: "office_or_leader_only" } },
  see_notice: { office: { none: "allow" }, leader: { none: "allow" }, unit: { none: "office_or_leader_only" } },
  see_summary: { office: { none: "allow" }, leader: { none: "allow" }, unit: { none: "office_or_leader_only" } },
  edit_calendar: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  edit_groups: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  edit_scheme: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  record_adjustment: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  close_year: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  see_people: { office: { none: "allow" }, leader: { none: "allow" }, unit: { none: "allow" } },
  see_phones: { office: { none: "allow" }, leader: { none: "allow" }, unit: { none: "office_or_leader_only" } },
  edit_people: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  manage_tokens: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  see_draft: {
    office: { own: "allow", other: "allow" },
    leader: { own: "allow", other: "allow" },
    unit: { own: "allow", other: "hidden" },
  },
  edit_sign_off: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  edit_settings: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  see_settings_history: { office: { none: "allow" }, leader: { none: "allow" }, unit: { none: "office_or_leader_only" } },
  save_draft: { office: { none: "unit_only" }, leader: { none: "read_only" }, unit: { none: "allow" } },
  submit_for_unit: {
    office: { signer: "allow", drafter: "allow", none: "allow" },
    leader: { signer: "read_only", drafter: "read_only", none: "read_only" },
    unit: { signer: "allow", drafter: "liaison_only", none: "hidden" },
  },
  submit_draft: {
    office: { signer: "liaison_only", drafter: "liaison_only", none: "liaison_only" },
    leader: { signer: "read_only", drafter: "read_only", none: "read_only" },
    unit: { signer: "allow", drafter: "liaison_only", none: "hidden" },
  },
  edit_draft: {
    office: { author: "unit_only", signer: "unit_only", unit: "unit_only", none: "unit_only" },
    leader: { author: "read_only", signer: "read_only", unit: "read_only", none: "read_only" },
    unit: { author: "allow", signer: "allow", unit: "author_only", none: "hidden" },
  },
  delete_draft: {
    office: { author: "allow", signer: "allow", unit: "allow", none: "allow" },
    leader: { author: "read_only", signer: "read_only", unit: "read_only", none: "read_only" },
    unit: { author: "allow", signer: "allow", unit: "author_only", none: "hidden" },
  },
  see_channels: {
    office: { own: "allow", other: "allow" },
    leader: { own: "allow", other: "allow" },
    unit: { own: "allow", other: "hidden" },
  },
  edit_channels: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  see_research: {
    office: { lead: "allow", involved: "allow", none: "allow" },
    leader: { lead: "allow", involved: "allow", none: "allow" },
    unit: { lead: "allow", involved: "allow", none: "hidden" },
  },
  create_research: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  draft_research: {
    office: { lead: "allow", involved: "allow", none: "allow" },
    leader: { lead: "read_only", involved: "read_only", none: "read_only" },
    unit: { lead: "allow", involved: "lead_only", none: "hidden" },
  },
  approve_research: {
    office: { lead: "allow", involved: "allow", none: "allow" },
    leader: { lead: "read_only", involved: "read_only", none: "read_only" },
    unit: { lead: "allow", involved: "allow", none: "hidden" },
  },
  issue_research: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  see_taskforce: {
    office: { member: "allow", served: "allow", none: "allow" },
    leader: { member: "allow", served: "allow", none: "allow" },
    unit: { member: "allow", served: "allow", none: "hidden" },
  },
  create_taskforce: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  end_taskforce: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  log_taskforce: {
    office: { member: "allow", served: "allow", none: "allow" },
    leader: { member: "read_only", served: "read_only", none: "read_only" },
    unit: { member: "allow", served: "member_only", none: "hidden" },
  },
  see_hearing: {
    office: { court: "allow", own: "allow", other: "allow" },
    leader: { court: "allow", own: "allow", other: "allow" },
    unit: { court: "allow", own: "allow", other: "hidden" },
  },
  record_hearing: {
    office: { court: "allow", own: "allow", other: "allow" },
    leader: { court: "read_only", own: "read_only", other: "read_only" },
    unit: { court: "allow", own: "court_only", other: "court_only" },
  },
  record_interview: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  see_suggestion: {
    office: { court: "allow", own: "allow", other: "allow" },
    leader: { court: "allow", own: "allow", other: "allow" },
    unit: { court: "allow", own: "allow", other: "hidden" },
  },
  issue_suggestion: {
    office: { court: "allow", own: "allow", other: "allow" },
    leader: { court: "read_only", own: "read_only", other: "read_only" },
    unit: { court: "allow", own: "court_only", other: "court_only" },
  },
  reply_suggestion: {
    office: { court: "allow", own: "allow", other: "allow" },
    leader: { court: "read_only", own: "read_only", other: "read_only" },
    unit: { court: "addressee_only", own: "allow", other: "hidden" },
  },
  see_petition_risk: {
    office: { court: "allow", own: "allow", other: "allow" },
    leader: { court: "allow", own: "allow", other: "allow" },
    unit: { court: "allow", own: "allow", other: "hidden" },
  },
  record_petition_risk: {
    office: { court: "allow", own: "allow", other: "allow" },
    leader: { court: "read_only", own: "read_only", other: "read_only" },
    unit: { court: "allow", own: "court_only", other: "court_only" },
  },
  see_enterprise: {
    office: { court: "allow", own: "allow", other: "allow" },
    leader: { court: "allow", own: "allow", other: "allow" },
    unit: { court: "allow", own: "allow", other: "hidden" },
  },
  record_enterprise: {
    office: { court: "allow", own: "allow", other: "allow" },
    leader: { court: "read_only", own: "read_only", other: "read_only" },
    unit: { court: "allow", own: "court_only", other: "court_only" },
  },
  review_enterprise: {
    office: { court: "allow", own: "allow", other: "allow" },
    leader: { court: "read_only", own: "read_only", other: "read_only" },
    unit: { court: "allow", own: "allow", other: "hidden" },
  },
  see_meeting: {
    office: { invited: "allow", none: "allow" },
    leader: { invited: "allow", none: "allow" },
    unit: { invited: "allow", none: "hidden" },
  },
  edit_meeting: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  turn_decisions: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  see_topic: {
    office: { own: "allow", agenda: "allow", none: "allow" },
    leader: { own: "allow", agenda: "allow", none: "allow" },
    unit: { own: "allow", agenda: "allow", none: "hidden" },
  },
  propose_topic: { office: { none: "unit_only" }, leader: { none: "read_only" }, unit: { none: "allow" } },
  decide_topic: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
  issue_document: { office: { none: "allow" }, leader: { none: "office_only" }, unit: { none: "office_only" } },
};

const relationsOf = (a: Action): readonly string[] => relationsTo[actions[a].about];

/** Every (action, role, relation) the module can be asked about. */
const product = actionNames.flatMap((action) =>
  roles.flatMap((role) => relationsOf(action).map((relation) => ({ action, role, relation }))),
);

const outcomeOf = (d: ReturnType<typeof decide>): Outcome => (d.allowed ? "allow" : d.refusal);

describe("the access table", () => {
  it("has exactly one expected line for every role × relation × action", () => {
    const asked = product.map((p) => `${p.action} ${p.role} ${p.relation}`).sort();
    const written = Object.entries(expected)
      .flatMap(([action, byRole]) => Object.entries(byRole).flatMap(([role, byRel]) => Object.keys(byRel).map((rel) => `${action} ${role} ${rel}`)))
      .sort();
    expect(asked).toEqual(written);
    expect(asked.length).toBeGreaterThan(90);
  });

  it.each(product)("decides $action for $role tied by $relation as written", ({ action, role, relation }) => {
    const want = expected[action]?.[role]?.[relation];
    expect(want, `no expected line for ${action} ${role} ${relation}`).toBeDefined();
    expect(outcomeOf(decide(role, relation as never, action))).toBe(want);
  });
});
