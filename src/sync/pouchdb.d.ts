/**
 * The part of PouchDB 9's API the sync chunk and the sync benchmark use. pouchdb-browser ships
 * no types, and @types/pouchdb-* describe PouchDB 7 across many packages; these few lines are
 * checked against PouchDB 9's documentation (pouchdb.com/api.html).
 */
declare module 'pouchdb-browser' {
  type Fetch = (url: string | Request, init?: RequestInit) => Promise<Response>
  interface Options {
    adapter?: string
    auto_compaction?: boolean
    skip_setup?: boolean
    fetch?: Fetch
  }
  interface Doc {
    _id: string
    _rev?: string
    _deleted?: boolean
    _conflicts?: string[]
    _revisions?: { start: number; ids: string[] }
    [field: string]: unknown
  }
  interface WriteResult {
    ok?: boolean
    id: string
    rev?: string
    error?: boolean | string
    name?: string
    status?: number
    message?: string
    reason?: string
  }
  interface ChangesResult {
    results: { id: string; seq: number | string; doc?: Doc; deleted?: boolean }[]
    last_seq: number | string
  }
  interface ChangesOptions {
    /** A sequence, or `'now'`. */
    since?: number | string
    limit?: number
    live?: boolean
    include_docs?: boolean
    conflicts?: boolean
  }
  interface Emitter {
    on(event: string, listener: (info: never) => void): void
    cancel(): void
  }
  interface ReplicateOptions {
    live?: boolean
    retry?: boolean
    batch_size?: number
    batches_limit?: number
    back_off_function?: (delay: number) => number
    /** A Mango selector the source applies to its changes (CouchDB: `filter=_selector`). */
    selector?: object
    /** Start here instead of at the checkpoint (PouchDB writes it as the checkpoint first). */
    since?: number | string
    /** PouchDB.sync: options of the pull alone. */
    pull?: ReplicateOptions
  }
  class PouchDB {
    constructor(name: string, options?: Options)
    name: string
    info(): Promise<{ doc_count: number; update_seq: number | string }>
    get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean }): Promise<Doc>
    put(doc: Doc): Promise<WriteResult>
    allDocs(options: {
      startkey?: string
      endkey?: string
      include_docs?: boolean
    }): Promise<{ rows: { id: string; value: { rev: string }; doc?: Doc }[] }>
    bulkDocs(docs: Doc[], options?: { new_edits?: boolean }): Promise<WriteResult[]>
    allDocs(options?: {
      keys?: string[]
      startkey?: string
      endkey?: string
      include_docs?: boolean
    }): Promise<{ rows: { id: string; value: { rev: string }; doc?: Doc | null }[] }>
    /** Drops the bodies of non-leaf revisions of documents changed since the last compaction. */
    compact(): Promise<{ ok: boolean }>
    changes(options: ChangesOptions & { live: true }): Emitter
    changes(options: ChangesOptions): Promise<ChangesResult>
    close(): Promise<void>
    destroy(): Promise<void>
    static plugin(plugin: unknown): void
    static replicate(
      source: PouchDB,
      target: PouchDB,
      options?: ReplicateOptions,
    ): Emitter & Promise<{ docs_written: number; docs_read: number }>
    static sync(local: PouchDB, remote: PouchDB, options?: ReplicateOptions): Emitter
  }
  export type { Doc, WriteResult, ChangesResult, Emitter, Fetch }
  export default PouchDB
}

declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown
  export default plugin
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown
  export default plugin
}
