import { and, eq, sql } from "drizzle-orm";
import { changeLog, people } from "../../schema/tables";
import type { PersonInput, PersonPatch } from "../../schema/contracts/people";
import { roleOfPost, type Post } from "../../schema/values";
import { resolveUnitName } from "../../domain/responsibility";
import type { Db } from "../platform/db";
import { actorOf, type Caller } from "../platform/env";
import { runBatch } from "../platform/batch";
import { conflict, detail, notFound, unprocessable } from "../platform/errors";
import { loadDirectory } from "../platform/directory";
import { idIfChanged, lostRace } from "../platform/guarded-log";
import { currentLiaison, findPerson, type PersonRecord } from "./people-queries";
import { personLabel, personToWire } from "./person-to-wire";

/** The person's fields once checked: the unit resolved to its id under any of its names. */
interface Checked {
  name: string | null;
  unitId: number | null;
  post: Post;
  title: string | null;
  phone: string | null;
  charge: string[];
  current: boolean;
}

async function unitIdOf(db: Db, written: string | null | undefined): Promise<number | null> {
  if (written === null || written === undefined) return null;
  const r = resolveUnitName(written, await loadDirectory(db));
  if (!r || r.kind !== "unit") throw unprocessable("提交的数据有误，未保存", [detail(null, "unit", "unknown_unit", `未知单位：${written}`)]);
  return r.id;
}

function checkFields(p: Checked): void {
  if (roleOfPost[p.post] === "unit" && p.unitId === null) {
    throw unprocessable("提交的数据有误，未保存", [detail(null, "unit", "required", `${p.post}须填写所在单位`)]);
  }
  if (roleOfPost[p.post] !== "leader" && p.charge.length > 0) {
    throw unprocessable("提交的数据有误，未保存", [detail(null, "charge", "not_leader", "只有召集人、副召集人有分管")]);
  }
}

/** 409 naming the unit's current 联络员, when `p` would be a second one. */
async function refuseSecondLiaison(db: Db, p: Checked, self: number | null): Promise<void> {
  if (p.post !== "联络员" || !p.current || p.unitId === null) return;
  const have = await currentLiaison(db, p.unitId);
  if (have && have.id !== self) {
    throw conflict(`${have.unit}已有联络员：${personLabel(have)}。每个单位只有一名联络员，请先将其卸任或修改该记录`, { current: personToWire(have, true) }, [
      detail(null, "post", "liaison_taken", `当前联络员：${personLabel(have)}`),
    ]);
  }
}

const logged = (p: PersonRecord | Checked) => ({ ...p });

/** Adds a person (office). A second current 联络员 of a unit is 409, naming the current one. */
export async function createPerson(db: Db, caller: Caller, input: PersonInput): Promise<PersonRecord> {
  const p: Checked = {
    name: input.name,
    unitId: await unitIdOf(db, input.unit),
    post: input.post,
    title: input.title ?? null,
    phone: input.phone ?? null,
    charge: input.charge,
    current: true,
  };
  checkFields(p);
  await refuseSecondLiaison(db, p, null);
  const [row] = await write(db, p, null, () =>
    db.batch([
      db.insert(people).values({ ...p, role: p.post }).returning({ id: people.id }),
      db.insert(changeLog).values({ actor: actorOf(caller), entity: "people", entityId: sql<string>`cast(last_insert_rowid() as text)`, action: "insert", after: logged(p) }),
    ]),
  ).then((r) => r[0]);
  return (await findPerson(db, row!.id))!;
}

/** Changes a person from the version read (office); leaving the post is `current: false`. */
export async function patchPerson(db: Db, caller: Caller, id: number, patch: PersonPatch): Promise<PersonRecord> {
  const have = await findPerson(db, id);
  if (!have) throw notFound("没有这个人员");
  if (patch.version !== have.version) {
    throw conflict("该人员信息已被他人修改，请按最新数据重新修改", { current: personToWire(have, true) }, [
      detail(null, "version", "stale", `提交的版本为 ${patch.version}，当前版本为 ${have.version}`),
    ]);
  }
  const p: Checked = {
    name: patch.name ?? have.name,
    unitId: patch.unit !== undefined ? await unitIdOf(db, patch.unit) : have.unitId,
    post: patch.post ?? (have.post as Post),
    title: patch.title !== undefined ? patch.title : have.title,
    phone: patch.phone !== undefined ? patch.phone : have.phone,
    charge: patch.charge ?? have.charge,
    current: patch.current ?? have.current,
  };
  checkFields(p);
  await refuseSecondLiaison(db, p, id);
  await write(db, p, id, () =>
    runBatch(db, [
      db.update(people).set({ ...p, role: p.post, version: have.version + 1 }).where(and(eq(people.id, id), eq(people.version, have.version))),
      db.insert(changeLog).values({
        actor: actorOf(caller),
        entity: "people",
        entityId: idIfChanged(String(id)),
        action: "update",
        before: logged(have),
        after: { ...logged(p), version: have.version + 1 },
      }),
    ]),
  );
  return (await findPerson(db, id))!;
}

/** Runs a write; a lost race on the version or on the one-联络员 index answers 409 like the checks. */
async function write<T>(db: Db, p: Checked, self: number | null, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const text = (x: unknown): string => (x instanceof Error ? `${x.message} ${text(x.cause)}` : "");
    if (/people_one_liaison_uq|UNIQUE constraint failed: people\.unit_id/.test(text(e))) await refuseSecondLiaison(db, p, self);
    if (lostRace(e) && self !== null) {
      const now = await findPerson(db, self);
      throw conflict("该人员信息刚被他人修改，本次未保存", { current: now && personToWire(now, true) });
    }
    throw e;
  }
}
