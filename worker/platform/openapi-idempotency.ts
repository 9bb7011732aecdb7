import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from "./middleware/idempotency";

type Operation = { parameters?: unknown[]; responses?: Record<string, unknown> };
type Document = { paths?: Record<string, Record<string, Operation>>; components?: Record<string, Record<string, unknown>> };

const WRITE_METHODS = ["post", "put", "patch", "delete"];
const PARAMETER_REF = { $ref: "#/components/parameters/IdempotencyKey" };

/**
 * Adds the `Idempotency-Key` header, which the idempotency middleware accepts on every write, to
 * each write operation of the generated document (the middleware applies to all of them at once,
 * so the document says so in one place rather than in every route).
 */
export function documentIdempotencyKey<T extends object>(doc: T): T {
  const d = doc as Document;
  d.components = { ...d.components };
  d.components.parameters = {
    ...d.components.parameters,
    IdempotencyKey: {
      name: IDEMPOTENCY_HEADER,
      in: "header",
      required: false,
      description:
        `Makes a retry safe: the same key with the same body again (same token, within 48 hours) replays the first response ` +
        `with \`${REPLAYED_HEADER}: true\` and writes nothing; the same key with another body is 422; while the first request ` +
        `with the key runs, another gets 409 \`in_progress\` with Retry-After. 1–200 printable ASCII characters.`,
      schema: { type: "string", minLength: 1, maxLength: 200, pattern: "^[\\x20-\\x7e]+$" },
    },
  };
  for (const item of Object.values(d.paths ?? {})) {
    for (const method of WRITE_METHODS) {
      const op = item[method];
      if (op) op.parameters = [...(op.parameters ?? []), PARAMETER_REF];
    }
  }
  return doc;
}
