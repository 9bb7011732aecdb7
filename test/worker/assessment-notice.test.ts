import { beforeAll, describe, expect, it } from "vitest";
import { api, tokenFor } from "./helpers";
import { buildYear2025 } from "./assessment-fixture";

let office: string;

beforeAll(async () => {
  ({ office } = await buildYear2025());
});

describe("GET /api/v1/assessment/:year/notice", () => {
  it("drafts the year-end notice with overview, commended units, units to hold to account, next steps and signature, of the members only (the development zone is not one)", async () => {
    const res = await api("/api/v1/assessment/2025/notice", { token: office });
    expect(res.status).toBe(200);
    expect(res.body.year).toBe(2025);
    expect(res.body.title).toBe("关于2025年度府院联动工作考评结果的通报");
    expect(res.body.text).toBe(
      [
        "关于2025年度府院联动工作考评结果的通报",
        "",
        "各成员单位：",
        "　　根据府院联动机制工作方案“加强监督问责”的要求，府院联动机制办公室对各成员单位2025年度落实府院联动工作情况进行了考评。现将考评结果通报如下。",
        "",
        "　　一、考评情况",
        "　　本次考评以牵头事项按期办结率（50分）、协办事项按期办结率（15分）、进展按时报送率（35分）为指标，结合通报表扬、问责情况计分。共有3个单位参加考评，其中优秀0个、良好1个、合格1个、不合格1个；24个单位本年度无考评事项，未参评。得分居前的单位是：县财政局（85分）、县法院（66.88分）。",
        "",
        "　　二、通报表扬单位",
        "　　对以下单位予以通报表扬：",
        "　　1. 县法院：考评得分66.88分，等次为合格；2025年3月1日受到通报表扬（诉源治理成效明显）；2025年6月1日受到通报表扬（破产案件协调高效）；2025年9月1日受到通报表扬（执行联动配合积极）。",
        "",
        "　　三、需问责及整改单位",
        "　　以下单位需问责或限期整改：",
        "　　1. 县财政局：考评得分85分，等次为良好；2025年8月1日被问责（协办事项逾期未办结）；其中协办事项按期办结率仅为33.33%（1/3）。",
        "　　2. 县司法局：考评得分100分，等次为不合格；2025年11月3日被一票否决（发生严重违纪造成恶劣影响）。",
        "　　请上述单位认真剖析原因，自本通报印发之日起十五个工作日内向府院联动机制办公室书面报送整改情况。",
        "",
        "　　四、下一步要求",
        "　　（一）各成员单位要对照考评结果，认真查找差距，切实履行府院联动工作职责，巩固提升工作成效。",
        "　　（二）具体案件、事项原则上在十个工作日内办结，确需延期的按程序报批；责任单位按期报送重点工作进展。",
        "　　（三）考评结果作为年度考核的重要依据。对不担当不作为造成严重后果的，依法依规予以问责；对主动作为、积极履职、成效明显的，予以通报表扬。",
        "",
        "府院联动机制办公室",
        "2026年12月1日",
      ].join("\n"),
    );
  });

  it("is refused to a unit token", async () => {
    const res = await api("/api/v1/assessment/2025/notice", { token: await tokenFor("unit", "县财政局") });
    expect(res.status).toBe(403);
  });
});
