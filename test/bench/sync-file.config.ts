import { defineConfig } from 'vitest/config'

/**
 * `npm run bench:sync-file`: a loaded uitwisselbestand of 50,000 rows from one laptop to
 * another through a real pouchdb-server (sync-file.measure.ts). Not part of `npm run bench`.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/bench/sync-file.measure.ts'],
    environment: 'node',
    setupFiles: ['./test/setup/database.ts'],
    testTimeout: 600_000,
    // PouchDB 9 reads the server's info after a batch without handling a failure; with Node busy
    // for seconds on a 32 MB record, the server closes an idle keep-alive socket under it
    // ("other side closed"). Replication retries; the measurement asserts the file arrived whole.
    dangerouslyIgnoreUnhandledErrors: true,
    hookTimeout: 60_000,
  },
})
