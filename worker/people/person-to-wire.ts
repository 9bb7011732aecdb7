import type { PersonWire } from "../../schema/contracts/people";
import type { Post } from "../../schema/values";
import { decide } from "../../domain/access";
import type { Caller } from "../platform/env";
import type { PersonRecord } from "./people-queries";

/** Whether the caller may read people's phone numbers (the office and leaders). */
export const seesPhones = (caller: Caller) => decide(caller.role, "none", "see_phones").allowed;

/** A person as the API shows them: everyone reads names and posts; phones only the office and leaders. */
export function personToWire(p: PersonRecord, withPhone: boolean): PersonWire {
  const wire: PersonWire = {
    id: p.id,
    name: p.name,
    unit: p.unit,
    post: p.post as Post,
    title: p.title,
    charge: p.charge,
    current: p.current,
    version: p.version,
  };
  if (withPhone) wire.phone = p.phone;
  return wire;
}

/** How a refusal names a person: the name, or the post when the name is not filled in yet. */
export const personLabel = (p: PersonRecord) => `${p.name ?? `（未填姓名的${p.post}）`}（编号 ${p.id}）`;
