/**
 * A new task force's 组长 and 成员 as the office types them: 姓名, or 姓名（单位）, or as the sheet shows
 * a member, 姓名（单位·方）, separated by 、. Each is found among the people the office keeps (人员, the
 * current ones): a name two people share needs its unit. The side is the one typed, else 法院 for the
 * court's people and 政府 for everyone else. Pure.
 */
import type { PersonWire } from "../../schema/contracts/people";
import type { TaskforceInput } from "../../schema/contracts/taskforces";
import { courtUnitName, taskforceSides, type TaskforceRole } from "../../schema/values";

export type TypedMember = { name: string; unit: string | null; side: string | null; person: number | null };
type Member = TaskforceInput["members"][number];

export function parseMember(text: string): TypedMember {
  const m = /^(.+?)\s*(?:[（(]([^）)]*)[）)])?$/.exec(text.trim());
  const name = (m?.[1] ?? text).trim();
  const parts = (m?.[2] ?? "").split(/[·・,，/]/).map((p) => p.trim()).filter(Boolean);
  const side = parts.find((p) => (taskforceSides as readonly string[]).includes(p)) ?? null;
  const unit = parts.find((p) => p !== side) ?? null;
  const unnamed = /^人员(\d+)$/.exec(name);
  return { name, unit, side, person: unnamed ? Number(unnamed[1]) : null };
}

export type MemberRefusal = { column: "leaders" | "members"; message: string };

/** One typed member resolved to a person, or why not. */
function resolveOne(typed: TypedMember, people: readonly PersonWire[]): { person: PersonWire } | { message: string } {
  const written = `${typed.name}${typed.unit ? `（${typed.unit}）` : ""}`;
  const found = people.filter((p) => p.current && (typed.person !== null ? p.id === typed.person : p.name === typed.name && (!typed.unit || p.unit === typed.unit)));
  if (found.length === 1) return { person: found[0]! };
  if (found.length === 0) return { message: `没有在任人员“${written}”，请核对姓名和单位（人员在系统的人员名册中登记）` };
  return { message: `有 ${found.length} 位在任人员名为“${typed.name}”，请写作 姓名（单位），如 ${typed.name}（${found[0]!.unit ?? courtUnitName}）` };
}

/** The members of a new task force, 组长 first, and a refusal per name that could not be resolved. */
export function taskforceMembers(leaders: readonly string[], members: readonly string[], people: readonly PersonWire[]): { members: Member[]; refusals: MemberRefusal[] } {
  const out: Member[] = [];
  const refusals: MemberRefusal[] = [];
  const add = (names: readonly string[], role: TaskforceRole, column: MemberRefusal["column"]) => {
    for (const text of names) {
      const typed = parseMember(text);
      const r = resolveOne(typed, people);
      if ("message" in r) refusals.push({ column, message: r.message });
      else out.push({ person: r.person.id, role, side: (typed.side as Member["side"] | null) ?? (r.person.unit === courtUnitName ? "法院" : "政府") });
    }
  };
  add(leaders, "组长", "leaders");
  add(members, "成员", "members");
  return { members: out, refusals };
}
