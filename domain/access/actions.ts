import type { RowKind } from "./relations";

/**
 * Every action access is decided for: what row it concerns and whether it writes.
 * Adding one here without deciding it in `rules.ts` fails the type check, and without an
 * expected line in the access table test fails that test.
 */
export const actions = {
  see_matter: { about: "matter", writes: false },
  settle_matter: { about: "matter", writes: true },
  contribute_to_matter: { about: "matter", writes: true },
  ask_extension: { about: "matter", writes: true },
  decide_extension: { about: "matter", writes: true },
  restore_matter: { about: "matter", writes: true },
  withdraw_extension: { about: "matter", writes: true },
  review_matter: { about: "matter", writes: true },
  correct_matter: { about: "matter", writes: true },
  reopen_matter: { about: "matter", writes: true },
  cancel_matter: { about: "matter", writes: true },
  create_matter: { about: "nothing", writes: true },
  filter_by_unit: { about: "unit", writes: false },
  see_report: { about: "unit", writes: false },
  report_for_unit: { about: "unit", writes: true },
  restore_report: { about: "unit", writes: true },
  submit_report_row: { about: "task", writes: true },
  see_assessment_entry: { about: "unit", writes: false },
  see_adjustment: { about: "unit", writes: false },
  see_assessment_history: { about: "nothing", writes: false },
  see_notice: { about: "nothing", writes: false },
  see_summary: { about: "nothing", writes: false },
  edit_calendar: { about: "nothing", writes: true },
  edit_groups: { about: "nothing", writes: true },
  edit_scheme: { about: "nothing", writes: true },
  record_adjustment: { about: "nothing", writes: true },
  close_year: { about: "nothing", writes: true },
  see_people: { about: "nothing", writes: false },
  see_phones: { about: "nothing", writes: false },
  edit_people: { about: "nothing", writes: true },
  manage_tokens: { about: "nothing", writes: true },
  see_draft: { about: "unit", writes: false },
  save_draft: { about: "nothing", writes: true },
  submit_for_unit: { about: "sign_off", writes: true },
  submit_draft: { about: "sign_off", writes: true },
  edit_draft: { about: "draft", writes: true },
  delete_draft: { about: "draft", writes: true },
  edit_sign_off: { about: "nothing", writes: true },
  edit_settings: { about: "nothing", writes: true },
  see_settings_history: { about: "nothing", writes: false },
  see_channels: { about: "unit", writes: false },
  edit_channels: { about: "nothing", writes: true },
  see_research: { about: "research", writes: false },
  create_research: { about: "nothing", writes: true },
  draft_research: { about: "research", writes: true },
  approve_research: { about: "research", writes: true },
  issue_research: { about: "nothing", writes: true },
  see_taskforce: { about: "taskforce", writes: false },
  create_taskforce: { about: "nothing", writes: true },
  end_taskforce: { about: "nothing", writes: true },
  log_taskforce: { about: "taskforce", writes: true },
  see_hearing: { about: "register", writes: false },
  record_hearing: { about: "register", writes: true },
  record_interview: { about: "nothing", writes: true },
  see_suggestion: { about: "register", writes: false },
  issue_suggestion: { about: "register", writes: true },
  reply_suggestion: { about: "register", writes: true },
  see_petition_risk: { about: "register", writes: false },
  record_petition_risk: { about: "register", writes: true },
  see_enterprise: { about: "register", writes: false },
  record_enterprise: { about: "register", writes: true },
  review_enterprise: { about: "register", writes: true },
  see_meeting: { about: "meeting", writes: false },
  edit_meeting: { about: "nothing", writes: true },
  turn_decisions: { about: "nothing", writes: true },
  see_topic: { about: "topic", writes: false },
  propose_topic: { about: "nothing", writes: true },
  decide_topic: { about: "nothing", writes: true },
  issue_document: { about: "nothing", writes: true },
} as const satisfies Record<string, { about: RowKind; writes: boolean }>;

export type Action = keyof typeof actions;

/** The kind of row an action is about. */
export type AboutOf<A extends Action> = (typeof actions)[A]["about"];

export const actionNames = Object.keys(actions) as Action[];

/** The actions about rows of kind `K`, e.g. every action on a matter. */
export type ActionAbout<K extends RowKind> = { [A in Action]: AboutOf<A> extends K ? A : never }[Action];
