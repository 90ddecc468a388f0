/**
 * The sync benchmark page with PouchDB's newer `indexeddb` adapter besides the default `idb`.
 * Built only when SYNC_BENCH_ADAPTERS names it, after
 * `npm install --no-save pouchdb-adapter-indexeddb@9.0.0` (not a dependency of the project:
 * the comparison decided against it, docs/sync-design.md §11).
 */
import PouchDB from 'pouchdb-browser'
import indexeddbAdapter from 'pouchdb-adapter-indexeddb'
import './sync-page'

PouchDB.plugin(indexeddbAdapter)
