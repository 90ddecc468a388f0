/// <reference lib="webworker" />
import { describeReadError, type WorkerReply, type WorkerRequest } from './read-errors'
import { readWorkbookBytes } from './read-import-file'

/**
 * Reads a workbook off the page's thread: unpacking and parsing a large .xlsx or .ods takes
 * seconds, and the page must keep responding (and show progress) meanwhile.
 */
declare const self: DedicatedWorkerGlobalScope

/** Progress at most this often: each message costs the page a render. */
const PROGRESS_EVERY_MS = 100

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  const post = (reply: WorkerReply) => self.postMessage(reply)
  let last = 0
  try {
    const workbook = await readWorkbookBytes(data.buffer, data.name, (done, total) => {
      const now = Date.now()
      if (now - last < PROGRESS_EVERY_MS && done < total) return
      last = now
      post({ type: 'progress', done, total })
    })
    post({ type: 'done', workbook })
  } catch (error) {
    post({ type: 'failed', error: describeReadError(error) })
  }
}
