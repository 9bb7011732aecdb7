// Wire rows as GET /api/v1/matters returns them (see schema/contracts/matters.ts), for the workbook tests.

export function matter(id: number, more: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    title: `协调第${id}号执行案件`,
    task: 26,
    source: "专题会议",
    sourceRef: null,
    lead: "县法院",
    co: ["县公安局", "县自然资源局"],
    assigned: "2026-03-02",
    days: 10,
    deadline: "2026-03-16",
    originalDeadline: "2026-03-16",
    provisional: false,
    status: "办理中",
    state: "正常",
    colour: "green",
    workdaysLeft: 5,
    overdueSince: null,
    settled: null,
    result: null,
    onTime: null,
    version: 1,
    extensions: [],
    contributions: [],
    decision: null,
    ...more,
  };
}

export const LISTS = { units: ["县法院", "县司法局", "县公安局", "县自然资源局", "县财政局"], tasks: [1, 2, 26, 32] };
