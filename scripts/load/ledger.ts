/**
 * What the load run accepted, to be compared with what the database holds afterwards: every
 * report text the server took (a fresh write, not a replay), by row, and every idempotent replay.
 */
export type RowKey = `${string}|${number}`;
export const rowKey = (unit: string, task: number): RowKey => `${unit}|${task}`;

export class Ledger {
  /** Texts the server accepted as writes, per row, in the order the answers came. */
  readonly accepted = new Map<RowKey, string[]>();
  replays = 0;
  replayMismatches = 0;
  /** A retry with the same key that the server wrote again instead of replaying. */
  retriesWrittenTwice = 0;
  conflicts = 0;
  refusals = 0;
  limited = 0;
  lost = 0;
  inFlightRefusals = 0;

  accept(rows: { unit: string; task: number; progress: string }[]) {
    for (const r of rows) {
      const key = rowKey(r.unit, r.task);
      if (!this.accepted.has(key)) this.accepted.set(key, []);
      this.accepted.get(key)!.push(r.progress);
    }
  }

  get acceptedChanges() {
    let n = 0;
    for (const texts of this.accepted.values()) n += texts.length;
    return n;
  }
}
