import { readErrorFrom, type WorkerReply, type WorkerRequest } from './read-errors'
import { isZip, readWorkbook, type Workbook } from './read-import-file'
import type { UnpackProgress } from './stored-zip'
import { checkUnpackedSize } from './zip-budget'

/**
 * Reads a workbook (.xlsx, .ods) in a Web Worker so the page keeps responding, with progress
 * while unpacking. A workbook too large to unpack is refused here at once, before a worker
 * starts. CSV stays on this thread (it is parsed in one quick pass), as does everything where
 * workers are missing (tests in jsdom).
 */
export async function readWorkbookOffThread(
  file: Blob,
  name: string,
  onUnpack?: UnpackProgress,
): Promise<Workbook> {
  const buffer = await file.arrayBuffer()
  const bytes = new Uint8Array(buffer)
  if (!isZip(bytes) || typeof Worker === 'undefined') return readWorkbook(file, name, onUnpack)
  checkUnpackedSize(bytes)
  const worker = new Worker(new URL('./read-workbook.worker.ts', import.meta.url), {
    type: 'module',
  })
  try {
    return await new Promise<Workbook>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
        if (data.type === 'progress') onUnpack?.(data.done, data.total)
        else if (data.type === 'done') resolve(data.workbook)
        else reject(readErrorFrom(data.error))
      }
      worker.onerror = (event) => reject(new Error(event.message || 'Worker failed'))
      const request: WorkerRequest = { buffer, name }
      worker.postMessage(request, [buffer])
    })
  } finally {
    worker.terminate()
  }
}
