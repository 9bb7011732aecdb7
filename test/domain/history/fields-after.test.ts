import { describe, expect, it } from "vitest";
import { actorParts, matterFieldsAfter, reportFieldsAfter, type LogLine } from "../../../domain/history";

const line = (id: number, action: string, before: unknown, after: unknown): LogLine => ({ id, at: id * 1000, actor: "office", action, before, after });

const created = line(1, "insert", null, { id: 7, title: "甲", taskNo: 19, source: "专班", sourceRef: null, lead: "县法院", co: ["县科商经信局"], days: 10, version: 1 });

describe("matterFieldsAfter", () => {
  it("replays creation, a correction named by wire fields, and notes unit by unit", () => {
    const lines = [
      created,
      line(2, "contribute", { unit: "县科商经信局", contribution: null }, { unit: "县科商经信局", contribution: "一", version: 2 }),
      line(3, "correct", { title: "甲", days: 10, co: ["县科商经信局"] }, { title: "乙", days: 15, task: null, co: ["县科商经信局", "县财政局"], version: 3 }),
      line(4, "contribute", { unit: "县财政局", contribution: null }, { unit: "县财政局", contribution: "二", version: 4 }),
      line(5, "settle", { status: "办理中" }, { status: "已办结", version: 5 }),
    ];
    expect(matterFieldsAfter(lines, 1)).toEqual({
      title: "甲", taskNo: 19, source: "专班", sourceRef: null, days: 10, lead: "县法院", co: ["县科商经信局"], contributions: { 县科商经信局: null },
    });
    expect(matterFieldsAfter(lines, 2)?.contributions).toEqual({ 县科商经信局: "一" });
    expect(matterFieldsAfter(lines, 4)).toEqual({
      title: "乙", taskNo: null, source: "专班", sourceRef: null, days: 15, lead: "县法院", co: ["县科商经信局", "县财政局"],
      contributions: { 县科商经信局: "一", 县财政局: "二" },
    });
    // A later change does not leak into an earlier version, and status is never a restored field.
    expect(matterFieldsAfter(lines, 5)).toEqual(matterFieldsAfter(lines, 4));
  });

  it("takes a restore's notes whole, and is null for a change not in the lines or a history that cannot be replayed", () => {
    const lines = [
      created,
      line(2, "contribute", {}, { unit: "县科商经信局", contribution: "一" }),
      line(3, "restore", {}, { title: "甲", contributions: { 县科商经信局: null } }),
    ];
    expect(matterFieldsAfter(lines, 3)?.contributions).toEqual({ 县科商经信局: null });
    expect(matterFieldsAfter(lines, 99)).toBeNull();
    expect(matterFieldsAfter([line(2, "contribute", {}, { unit: "县科商经信局", contribution: "一" })], 2)).toBeNull();
  });
});

describe("reportFieldsAfter", () => {
  it("fills a field no earlier line set from the `before` of the first line that names it", () => {
    const lines = [
      line(10, "update", { progress: "一", problems: "", plan: "甲", version: 1 }, { progress: "二", problems: "", plan: "甲" }),
      line(11, "update", { progress: "二", problems: "", plan: "甲" }, { progress: "三", problems: "难", plan: "乙" }),
    ];
    expect(reportFieldsAfter(lines, 10)).toEqual({ progress: "二", problems: "", plan: "甲" });
    expect(reportFieldsAfter(lines, 11)).toEqual({ progress: "三", problems: "难", plan: "乙" });
  });
});

describe("actorParts", () => {
  it("names the unit and a Chinese label for each kind of actor; a person only when the log names one", () => {
    expect(actorParts("unit:县财政局")).toEqual({ person: null, unit: "县财政局", label: "县财政局" });
    expect(actorParts("office")).toEqual({ person: null, unit: "办公室", label: "办公室" });
    expect(actorParts("leader")).toEqual({ person: null, unit: null, label: "召集人/副召集人" });
    expect(actorParts("system:cron").label).toBe("系统（每日任务）");
  });

  it("names the person the log's actor names (the format `actorOf` writes, read by `readActor`), with the post when known", () => {
    expect(actorParts("unit:县财政局/张三#7")).toEqual({ person: { id: 7, name: "张三" }, unit: "县财政局", label: "张三（县财政局）" });
    expect(actorParts("unit:县财政局/张三#7", "执行员")).toEqual({ person: { id: 7, name: "张三" }, unit: "县财政局", label: "张三（县财政局 执行员）" });
    expect(actorParts("office/李四#3", "办公室")).toEqual({ person: { id: 3, name: "李四" }, unit: "办公室", label: "李四（办公室）" });
    expect(actorParts("leader/孙副#2", "副召集人")).toEqual({ person: { id: 2, name: "孙副" }, unit: null, label: "孙副（副召集人）" });
    expect(actorParts("unit:县法院/联络员#9").unit).toBe("县法院");
  });
});
