/**
 * The few PouchDB calls the sync benchmark makes. pouchdb-browser ships no types; the app's
 * sync code (docs/sync-design.md) will choose between @types/pouchdb-* and its own.
 */
declare module 'pouchdb-browser' {
  interface Options {
    adapter?: string
    fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>
  }
  interface ReplicateOptions {
    batch_size?: number
    batches_limit?: number
  }
  class PouchDB {
    constructor(name: string, options?: Options)
    info(): Promise<{ doc_count: number; update_seq: number | string }>
    close(): Promise<void>
    destroy(): Promise<void>
    static plugin(plugin: unknown): void
    static replicate(
      source: PouchDB,
      target: PouchDB,
      options?: ReplicateOptions,
    ): Promise<{ docs_written: number; docs_read: number }>
  }
  export default PouchDB
}

declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown
  export default plugin
}
