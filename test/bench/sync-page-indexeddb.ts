/**
 * The sync benchmark page with PouchDB's newer `indexeddb` adapter besides the default `idb`.
 * Built only when SYNC_BENCH_ADAPTERS names it (docs/sync-design.md §11: the comparison chose it).
 */
import PouchDB from 'pouchdb-browser'
import indexeddbAdapter from 'pouchdb-adapter-indexeddb'
import './sync-page'

PouchDB.plugin(indexeddbAdapter)
