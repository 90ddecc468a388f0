/**
 * Timings of work that does not go through the board's DOM (summary, exports, import),
 * called on the benchmark page through `window.__bench`.
 */
export const workTimings = {
  /** Before the history dataset is written: the import of a generated CSV into an empty database. */
  async beforeSeed() {
    return {}
  },
  async afterSeed() {
    return {}
  },
  targets: [],
}
