import { integer } from "drizzle-orm/sqlite-core";

// One time representation for instants: epoch milliseconds as integers.
// Calendar days are ISO `YYYY-MM-DD` text columns (they are dates, not instants).
export const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().$defaultFn(() => new Date());
export const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date())
    .$onUpdateFn(() => new Date());
