/**
 * Loaded into pouchdb-server with `node --import` (sync-server.mjs). pouchdb-validation 4.2.0
 * (pouchdb-server 4.2's validate_doc_update) overwrites the written document's `_revisions` with
 * the stored document's before it calls the function, so a replicated update (`_bulk_docs` with
 * `new_edits: false`, the replicator's path) loses its revision history and is silently dropped:
 * the server answers 201 and keeps the old revision. CouchDB 3 passes the document unchanged.
 * This gives the function a copy instead, and leaves the written document as it came.
 */
import { patchModule } from './patch-module.mjs'

patchModule(
  'pouchdb-validation',
  'newDoc._revisions = (oldDoc || {})._revisions;',
  'newDoc = Object.assign({}, newDoc, { _revisions: (oldDoc || {})._revisions });',
)
