/**
 * A channel's address as reads show it: scheme, host and path kept, every query value (the
 * robot's key or access_token) and any user:password replaced, so a read never hands out the
 * credential that lets anyone post to the group.
 */
export function maskUrl(raw: string): string {
  if (!URL.canParse(raw)) return "***";
  const u = new URL(raw);
  const masked = [...u.searchParams.keys()].map((k) => `${encodeURIComponent(k)}=***`).join("&");
  return `${u.protocol}//${u.host}${u.pathname}${masked ? `?${masked}` : ""}`;
}
