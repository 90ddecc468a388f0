export interface SyncServer {
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string
  port: number
  admin: { name: string; password: string }
  /** The server's working folder (config.json, log.txt; with `dir` also the databases). */
  dir: string
  stop(): Promise<void>
}
export declare function freePort(): Promise<number>
export declare function basicAuth(name: string, password: string): string
export declare function startSyncServer(options?: {
  dir?: string
  port?: number
  admin?: { name: string; password: string }
  log?: boolean
}): Promise<SyncServer>
