import type { TaskforceWire } from "../../schema/contracts/taskforces";
import { matterState } from "../../domain/matters/matter-state";
import type { StateContext } from "../matters/matter-to-wire";
import type { TaskforceRecord } from "./taskforces-queries";

type W = TaskforceWire;

/** A task force as the API answers it: members, its matters with their state on `ctx.today`, its log. */
export function taskforceToWire(t: TaskforceRecord, ctx: StateContext): TaskforceWire {
  return {
    id: t.id,
    name: t.name,
    serves: t.serves,
    matter: t.matterId,
    status: t.status as W["status"],
    endedOn: t.endedOn,
    endNote: t.endNote,
    version: t.version,
    members: t.members.map((m) => ({ person: m.personId, name: m.name, unit: m.unit, side: m.side as W["members"][number]["side"], role: m.role as W["members"][number]["role"] })),
    matters: t.matters.map((m) => {
      const s = matterState(m, ctx.today, ctx.cal, ctx.dueSoonWorkdays);
      return {
        id: m.id,
        title: m.title,
        lead: m.lead,
        deadline: m.deadline,
        status: m.status as W["matters"][number]["status"],
        state: s.state,
        colour: s.colour,
        settled: m.settled,
        served: m.served,
      };
    }),
    log: t.log.map((l) => ({ id: l.id, on: l.on, kind: l.kind as W["log"][number]["kind"], text: l.text, at: l.createdAt.getTime() })),
  };
}
