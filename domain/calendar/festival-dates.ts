/**
 * The lunar and solar-term festivals by year (Gregorian dates): 春节 (正月初一), 清明节 (the
 * solar term 清明), 端午节 (五月初五), 中秋节 (八月十五). 元旦, 劳动节 and 国庆节 are fixed
 * (1 January, 1 May, 1 October). Source: 中国科学院紫金山天文台《中国天文年历》 (the dates the
 * State Council's yearly 部分节假日安排 notices build on). Add a year's line before loading its
 * arrangement; a year without one names its holidays by the fixed festivals only.
 */
export const FESTIVAL_DATES: Readonly<Record<number, { spring: string; qingming: string; duanwu: string; midAutumn: string }>> = {
  2016: { spring: "2016-02-08", qingming: "2016-04-04", duanwu: "2016-06-09", midAutumn: "2016-09-15" },
  2017: { spring: "2017-01-28", qingming: "2017-04-04", duanwu: "2017-05-30", midAutumn: "2017-10-04" },
  2018: { spring: "2018-02-16", qingming: "2018-04-05", duanwu: "2018-06-18", midAutumn: "2018-09-24" },
  2019: { spring: "2019-02-05", qingming: "2019-04-05", duanwu: "2019-06-07", midAutumn: "2019-09-13" },
  2020: { spring: "2020-01-25", qingming: "2020-04-04", duanwu: "2020-06-25", midAutumn: "2020-10-01" },
  2021: { spring: "2021-02-12", qingming: "2021-04-04", duanwu: "2021-06-14", midAutumn: "2021-09-21" },
  2022: { spring: "2022-02-01", qingming: "2022-04-05", duanwu: "2022-06-03", midAutumn: "2022-09-10" },
  2023: { spring: "2023-01-22", qingming: "2023-04-05", duanwu: "2023-06-22", midAutumn: "2023-09-29" },
  2024: { spring: "2024-02-10", qingming: "2024-04-04", duanwu: "2024-06-10", midAutumn: "2024-09-17" },
  2025: { spring: "2025-01-29", qingming: "2025-04-04", duanwu: "2025-05-31", midAutumn: "2025-10-06" },
  2026: { spring: "2026-02-17", qingming: "2026-04-05", duanwu: "2026-06-19", midAutumn: "2026-09-25" },
  2027: { spring: "2027-02-06", qingming: "2027-04-05", duanwu: "2027-06-09", midAutumn: "2027-09-15" },
  2028: { spring: "2028-01-26", qingming: "2028-04-04", duanwu: "2028-05-28", midAutumn: "2028-10-03" },
  2029: { spring: "2029-02-13", qingming: "2029-04-04", duanwu: "2029-06-16", midAutumn: "2029-09-22" },
  2030: { spring: "2030-02-03", qingming: "2030-04-05", duanwu: "2030-06-05", midAutumn: "2030-09-12" },
};
