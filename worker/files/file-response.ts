/**
 * A file for the browser to save: its type, a name that survives any browser (an ASCII
 * fallback and the Chinese name as RFC 5987 `filename*`), and no caching (it holds the
 * caller's rows).
 */
export function fileResponse(bytes: ArrayBuffer | Uint8Array, type: string, name: string, status = 200, headers: Record<string, string> = {}): Response {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(bytes, {
    status,
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "no-store",
      ...headers,
    },
  });
}
