/**
 * Loaded into pouchdb-server with `node --import` (sync-server.mjs). express-pouchdb 4.2 reads
 * only `doc_ids` from a `POST /<db>/_changes` body, so a replication with a Mango `selector`
 * (`filter=_selector`, the selector in the body, as CouchDB 2+ takes it) reached PouchDB without
 * its selector and failed. This hands the body's selector on, as CouchDB does. The app's first
 * download pulls the board before the history with two selectors (docs/sync-design.md §13).
 */
import { patchModule } from './patch-module.mjs'

const anchor = 'if (req.body && req.body.doc_ids) {'
patchModule(
  'express-pouchdb/lib/routes/changes.js',
  anchor,
  `if (req.body && req.body.selector) {
      req.query.selector = req.body.selector;
    }
    ${anchor}`,
)
