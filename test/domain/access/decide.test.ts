import { describe, expect, it } from "vitest";
import { actionNames, actions, decide, relationsTo, roleDecision, roles, rules, type Action, type Role } from "../../../domain/access";

const relationsOf = (a: Action): readonly string[] => relationsTo[actions[a].about];
const ask = (role: Role, relation: string, action: Action) => decide(role, relation as never, action);
const matterActions = actionNames.filter((a) => actions[a].about === "matter");

describe("decide", () => {
  it("lets a leader do every read and no write", () => {
    for (const a of actionNames) {
      for (const r of relationsOf(a)) expect(ask("leader", r, a).allowed, `${a} ${r}`).toBe(!actions[a].writes);
    }
  });

  it("refuses a matter a unit has no part in exactly as a missing one, whatever it asks", () => {
    for (const a of matterActions) {
      const d = ask("unit", "none", a);
      // Either hidden, or the refusal the unit would get on any matter (decided by role alone).
      if (!(d.allowed === false && d.refusal === "hidden")) expect(roleDecision("unit", a), a).toEqual(d);
    }
  });

  it("never answers a caller differently about rows it may not see, beyond hiding them", () => {
    for (const role of roles) {
      for (const a of matterActions) {
        const seen = (r: string) => ask(role, r, "see_matter").allowed;
        const hidden = relationsOf(a).filter((r) => !seen(r));
        for (const r of hidden) {
          const d = ask(role, r, a);
          expect(d.allowed, `${role} ${a} ${r}`).toBe(false);
          if (!d.allowed && d.refusal !== "hidden") expect(roleDecision(role, a)).toEqual(d);
        }
      }
    }
  });

  it("keeps every office-only write to the office", () => {
    const officeOnly = actionNames.filter((a) => roleDecision("unit", a)?.allowed === false && roleDecision("leader", a)?.allowed === false && roleDecision("office", a)?.allowed);
    expect(officeOnly).toEqual(["decide_extension", "restore_matter", "review_matter", "correct_matter", "reopen_matter", "cancel_matter", "create_matter", "restore_report", "edit_calendar", "edit_groups", "edit_scheme", "record_adjustment", "close_year", "edit_people", "manage_tokens", "edit_sign_off", "edit_settings", "edit_channels", "create_research", "issue_research", "create_taskforce", "end_taskforce", "record_interview", "edit_meeting", "turn_decisions", "decide_topic", "issue_document"]);
    for (const a of officeOnly) expect(ask("unit", "none", a)).toEqual({ allowed: false, refusal: "office_only" });
  });

  it("lets a matter be settled by its lead unit and the office only", () => {
    const who = roles.flatMap((role) => relationsTo.matter.filter((r) => ask(role, r, "settle_matter").allowed).map((r) => `${role}:${r}`));
    expect(who).toEqual(["office:lead", "office:co", "office:none", "unit:lead"]);
  });

  it("lets only the lead unit ask for (and withdraw) an extension and only a co-unit add a contribution", () => {
    const who = (a: Action) => roles.flatMap((role) => relationsTo.matter.filter((r) => ask(role, r, a).allowed).map((r) => `${role}:${r}`));
    expect(who("ask_extension")).toEqual(["unit:lead"]);
    expect(who("withdraw_extension")).toEqual(["unit:lead"]);
    expect(who("contribute_to_matter")).toEqual(["unit:co"]);
  });
});

describe("roleDecision", () => {
  it("gives the refusal a role meets whatever its tie to the row", () => {
    expect(roleDecision("leader", "settle_matter")).toEqual({ allowed: false, refusal: "read_only" });
    expect(roleDecision("unit", "decide_extension")).toEqual({ allowed: false, refusal: "office_only" });
    expect(roleDecision("office", "see_matter")).toEqual({ allowed: true });
  });

  it("is null when the outcome depends on the tie", () => {
    expect(roleDecision("unit", "settle_matter")).toBeNull();
    expect(roleDecision("office", "submit_report_row")).toBeNull();
  });
});

describe("edge cases", () => {
  it("fails closed: an unknown action, role or relation is refused as hidden", () => {
    expect(decide("unit", "lead" as never, "drop_table" as never)).toEqual({ allowed: false, refusal: "hidden" });
    expect(decide("admin" as never, "lead", "see_matter")).toEqual({ allowed: false, refusal: "hidden" });
    expect(decide("unit", "own" as never, "see_matter")).toEqual({ allowed: false, refusal: "hidden" });
    expect(decide("unit", "toString" as never, "see_matter")).toEqual({ allowed: false, refusal: "hidden" });
    expect(roleDecision("unit", "constructor" as never)).toEqual({ allowed: false, refusal: "hidden" });
  });

  it("does not change the rule table it reads", () => {
    const before = JSON.stringify(rules);
    for (const a of actionNames) for (const role of roles) for (const r of relationsOf(a)) ask(role, r, a);
    expect(JSON.stringify(rules)).toBe(before);
  });
});
