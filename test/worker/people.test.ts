import { beforeAll, describe, expect, it } from "vitest";
import { env } from "cloudflare:workers";
import { and, eq } from "drizzle-orm";
import { changeLog } from "../../schema/tables";
import { readActor } from "../../domain/people";
import { api, db, tokenFor } from "./helpers";
import { leadersInCharge } from "../../worker/people/people-queries";

let office: string;
let leader: string;
let finance: string;
beforeAll(async () => {
  office = await tokenFor("office");
  leader = await tokenFor("leader");
  finance = await tokenFor("unit", "县财政局");
});

const people = (token: string, query = "") => api(`/api/v1/people${query}`, { token });
const add = (json: unknown, token = office) => api("/api/v1/people", { method: "POST", token, json });

describe("people (三、组织机构)", () => {
  it("lists the plan's posts to everyone; each seeded unit has one 联络员 post waiting for a name", async () => {
    const res = await people(finance, "?unit=县财政局");
    expect(res.status).toBe(200);
    expect(res.body.people).toEqual([expect.objectContaining({ unit: "县财政局", post: "联络员", name: null, current: true })]);
  });

  it("shows phones to the office and leaders, never to a unit", async () => {
    const p = await add({ name: "王明", unit: "县司法局", post: "执行员", phone: "0564-5112345" });
    expect(p.status).toBe(201);
    const seen = async (token: string) => (await api(`/api/v1/people/${p.body.id}`, { token })).body;
    expect((await seen(office)).phone).toBe("0564-5112345");
    expect((await seen(leader)).phone).toBe("0564-5112345");
    const byUnit = await seen(finance);
    expect(byUnit).toMatchObject({ name: "王明", post: "执行员" });
    expect(byUnit).not.toHaveProperty("phone");
    const list = await people(finance, "?unit=县司法局");
    expect(JSON.stringify(list.body)).not.toContain("5112345");
  });

  it("refuses a second current 联络员 of a unit, naming the current one (409)", async () => {
    const [seeded] = (await people(office, "?unit=县财政局&post=联络员")).body.people;
    const named = await api(`/api/v1/people/${seeded.id}`, { method: "PATCH", token: office, json: { version: seeded.version, name: "李华", phone: "13800000001" } });
    expect(named.status).toBe(200);
    const second = await add({ name: "赵强", unit: "县财政局", post: "联络员" });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain("李华");
    expect(second.body.error.current).toMatchObject({ id: seeded.id, name: "李华" });
    // Once 李华 leaves the post, the unit may have a new 联络员.
    const left = await api(`/api/v1/people/${seeded.id}`, { method: "PATCH", token: office, json: { version: named.body.version, current: false } });
    expect(left.status).toBe(200);
    expect((await add({ name: "赵强", unit: "县财政局", post: "联络员" })).status).toBe(201);
    // And 李华 cannot come back while 赵强 holds the post.
    const back = await api(`/api/v1/people/${seeded.id}`, { method: "PATCH", token: office, json: { version: left.body.version, current: true } });
    expect(back.status).toBe(409);
    expect(back.body.error.message).toContain("赵强");
  });

  it("shows each unit's 联络员 in the unit list, with the phone only for the office and leaders", async () => {
    const [seat] = (await people(office, "?unit=县公安局&post=联络员")).body.people;
    await api(`/api/v1/people/${seat.id}`, { method: "PATCH", token: office, json: { version: seat.version, name: "马良", phone: "13900000002" } });
    const unitOf = async (token: string) => ((await api("/api/v1/units", { token })).body.units as { name: string }[]).find((u) => u.name === "县公安局");
    expect(await unitOf(office)).toMatchObject({ liaison: "马良", liaisonPhone: "13900000002" });
    expect(await unitOf(leader)).toMatchObject({ liaison: "马良", liaisonPhone: "13900000002" });
    expect(await unitOf(finance)).toMatchObject({ liaison: "马良", liaisonPhone: null });
  });

  it("lets only the office write people, and refuses unknown fields and a unit post without a unit", async () => {
    expect((await add({ name: "甲", unit: "县财政局", post: "执行员" }, finance)).status).toBe(403);
    expect((await add({ name: "甲", unit: "县财政局", post: "执行员" }, leader)).status).toBe(403);
    const extra = await add({ name: "甲", unit: "县财政局", post: "执行员", role: "office" });
    expect(extra.status).toBe(422);
    const noUnit = await add({ name: "甲", post: "执行员" });
    expect(noUnit.status).toBe(422);
    expect(noUnit.body.error.details[0]).toMatchObject({ column: "unit" });
    const charge = await add({ name: "孙副", post: "副召集人", charge: ["企业破产", "县法院"] });
    expect(charge.status).toBe(201);
    expect(charge.body.charge).toEqual(["企业破产", "县法院"]);
    const logged = await db().select().from(changeLog).where(and(eq(changeLog.entity, "people"), eq(changeLog.entityId, String(charge.body.id))));
    expect(logged.map((l) => [l.actor, l.action])).toEqual([["office", "insert"]]);
    expect((await leadersInCharge(db(), ["县法院"])).map((p) => p.name)).toContain("孙副");
    expect((await leadersInCharge(db(), ["企业破产"])).map((p) => p.name)).toContain("孙副");
    expect((await leadersInCharge(db(), ["县财政局"])).map((p) => p.name)).not.toContain("孙副");
  });
});

describe("tokens of people", () => {
  it("issues a token to a person (secret once); it acts in the person's post and unit; revoking stops it at once", async () => {
    const p = await add({ name: "钱进", unit: "县税务局", post: "执行员" });
    const issued = await api(`/api/v1/people/${p.body.id}/tokens`, { method: "POST", token: office, json: { label: "钱进的 Excel" } });
    expect(issued.status).toBe(201);
    expect(issued.body.secret).toMatch(/^fy_/);
    const me = await api("/api/v1/me", { token: issued.body.secret });
    expect(me.body).toMatchObject({ role: "unit", unit: "县税务局", person: "钱进", post: "执行员" });
    const listed = await api(`/api/v1/people/${p.body.id}/tokens`, { token: office });
    expect(listed.body.tokens).toEqual([expect.objectContaining({ id: issued.body.id, label: "钱进的 Excel", revokedAt: null })]);
    expect(JSON.stringify(listed.body)).not.toContain(issued.body.secret);

    expect((await api(`/api/v1/tokens/${issued.body.id}`, { method: "DELETE", token: finance })).status).toBe(403);
    const revoked = await api(`/api/v1/tokens/${issued.body.id}`, { method: "DELETE", token: office });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(Number));
    expect((await api("/api/v1/me", { token: issued.body.secret })).status).toBe(401);
  });

  it("never keeps a secret for an idempotent replay: the retry is told the token was issued", async () => {
    const p = await add({ name: "郑重", unit: "县税务局", post: "执行员" });
    const send = () => api(`/api/v1/people/${p.body.id}/tokens`, { method: "POST", token: office, json: {}, headers: { "Idempotency-Key": "issue-zheng-1" } });
    const first = await send();
    expect(first.status).toBe(201);
    const again = await send();
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("already_done");
    expect(JSON.stringify(again.body)).not.toContain(first.body.secret);
    const kept = await env.DB.prepare("select * from idempotency_keys").all();
    expect(JSON.stringify(kept.results)).not.toContain(first.body.secret);
    expect((await api(`/api/v1/people/${p.body.id}/tokens`, { token: office })).body.tokens).toHaveLength(1);
  });

  it("only the office issues tokens", async () => {
    const p = await add({ name: "周全", unit: "县税务局", post: "执行员" });
    expect((await api(`/api/v1/people/${p.body.id}/tokens`, { method: "POST", token: leader, json: {} })).status).toBe(403);
    expect((await api(`/api/v1/people/${p.body.id}/tokens`, { method: "POST", token: finance, json: {} })).status).toBe(403);
  });

  it("keeps tokens issued before people had tokens working: a unit's acts as its 联络员", async () => {
    const me = await api("/api/v1/me", { token: finance });
    expect(me.body).toMatchObject({ role: "unit", unit: "县财政局", post: "联络员", person: null });
  });

  it("names the person and unit behind a change in the change log", async () => {
    // The plan seeds 县法院's 联络员 post; the office fills in the name.
    const [seat] = (await people(office, "?unit=县法院&post=联络员")).body.people;
    const p = await api(`/api/v1/people/${seat.id}`, { method: "PATCH", token: office, json: { version: seat.version, name: "吴用" } });
    const issued = await api(`/api/v1/people/${p.body.id}/tokens`, { method: "POST", token: office, json: {} });
    const report = await api("/api/v1/reports", {
      method: "POST",
      token: issued.body.secret,
      json: { rows: [{ task: 14, period: "2026-Q2", progress: "已召开协调会" }] },
    });
    expect(report.status).toBe(200);
    const [log] = await db().select().from(changeLog).where(and(eq(changeLog.entity, "reports"), eq(changeLog.action, "insert")));
    expect(readActor(log!.actor)).toEqual({ role: "unit", unit: "县法院", person: { id: p.body.id, name: "吴用" } });
  });
});

describe("the OpenAPI document", () => {
  it("documents the people, token, draft and sign-off routes", async () => {
    const res = await api("/api/v1/openapi.json");
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/people",
        "/api/v1/people/{id}",
        "/api/v1/people/{id}/tokens",
        "/api/v1/tokens/{id}",
        "/api/v1/drafts",
        "/api/v1/drafts/{id}",
        "/api/v1/drafts/{id}/submit",
        "/api/v1/sign-off",
      ]),
    );
    expect(Object.keys(res.body.paths["/api/v1/tokens/{id}"])).toEqual(["delete"]);
    expect(Object.keys(res.body.paths["/api/v1/drafts/{id}"]).sort()).toEqual(["delete", "patch"]);
    expect(res.body.components.schemas.DraftPatch.additionalProperties).toBe(false);
  });
});
