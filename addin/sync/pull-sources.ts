/**
 * What a pull downloads: each resource once, all in parallel, every one named here with its request.
 * A resource the server may not offer yet (an older worker, a role it refuses) comes back null
 * (optional.ts) and its sheets are skipped; the tasks, units and reports every sheet needs are required.
 */
import type { ApiClient } from "../api/client";
import * as endpoints from "../api/endpoints";
import { optional } from "./optional";

type Options = { signal: AbortSignal };

const SOURCES = {
  tasks: (api: ApiClient, o: Options) => endpoints.tasks(api, o),
  units: (api: ApiClient, o: Options) => endpoints.units(api, o),
  matters: (api: ApiClient, o: Options) => optional(endpoints.matters(api, o)),
  reports: (api: ApiClient, o: Options) => endpoints.reports(api, o),
  years: (api: ApiClient, o: Options) => optional(endpoints.calendars(api, o)),
  meetings: (api: ApiClient, o: Options) => optional(endpoints.meetings(api, o)),
  topics: (api: ApiClient, o: Options) => optional(endpoints.topics(api, o)),
  research: (api: ApiClient, o: Options) => optional(endpoints.research(api, o)),
  taskforces: (api: ApiClient, o: Options) => optional(endpoints.taskforces(api, o)),
  hearings: (api: ApiClient, o: Options) => optional(endpoints.hearings(api, o)),
  suggestions: (api: ApiClient, o: Options) => optional(endpoints.suggestions(api, o)),
  risks: (api: ApiClient, o: Options) => optional(endpoints.petitionRisks(api, o)),
  enterprises: (api: ApiClient, o: Options) => optional(endpoints.enterprises(api, o)),
  settings: (api: ApiClient, o: Options) => optional(endpoints.settings(api, o)),
};

export type SourceKey = keyof typeof SOURCES;
/** Every resource of a pull as the server answered it (null: not offered). */
export type Downloaded = { [K in SourceKey]: Awaited<ReturnType<(typeof SOURCES)[K]>> };

/** Downloads every resource in parallel, reporting `已下载 n/N` as each one arrives. */
export async function downloadAll(api: ApiClient, signal: AbortSignal, report: (text: string, f?: number) => void): Promise<Downloaded> {
  const keys = Object.keys(SOURCES) as SourceKey[];
  let done = 0;
  const arrived = () => report(`已下载 ${++done}/${keys.length}`, done / keys.length);
  const values = await Promise.all(keys.map((k) => SOURCES[k](api, { signal }).finally(arrived)));
  return Object.fromEntries(keys.map((k, i) => [k, values[i]])) as Downloaded;
}
