/**
 * Back-up maken and terugzetten of the whole history dataset (`window.__bench.backup`), in a
 * browser of its own: one run each (at 50,000 a run takes tens of seconds).
 */
async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return Math.round((usedSize / 1024 / 1024) * 10) / 10
}

export const backupTimings = {
  async measure(page, size) {
    const call = (name, ...args) =>
      page.evaluate(([n, a]) => window.__bench.backup[n](...a), [name, args])
    const seeded = await page.evaluate((n) => window.__bench.seed(n), size)
    console.log(`  back-up: database of ${size} seeded in ${Math.round(seeded.ms)} ms`)
    const t = {}
    const write = await call('write', false)
    t.backupMb = write.result.mb
    t.backupWriteMs = Math.round(write.ms)
    const check = await call('check', false)
    t.backupCheckMs = Math.round(check.ms)
    // The checked records are held (as objects) until the user confirms, as in the dialog.
    t.backupHeapMb = await heapMb(page)
    t.backupRestoreMs = Math.round((await call('restore')).ms)
    t.backupRawWriteMs = Math.round((await call('rawWrite')).ms)
    t.backupRestoreRatio = Math.round((t.backupRestoreMs / t.backupRawWriteMs) * 100) / 100
    console.log(
      `  back-up ${t.backupMb} MB written in ${t.backupWriteMs} ms; checked in ${t.backupCheckMs} ms (heap ${t.backupHeapMb} MB); restored in ${t.backupRestoreMs} ms, raw IndexedDB write ${t.backupRawWriteMs} ms (${t.backupRestoreRatio}×)`,
      check.result,
    )
    await call('release')
    const sealed = await call('write', true)
    t.backupEncryptedWriteMs = Math.round(sealed.ms)
    t.backupEncryptedCheckMs = Math.round((await call('check', true)).ms)
    await call('release')
    console.log(
      `  encrypted back-up ${sealed.result.mb} MB written in ${t.backupEncryptedWriteMs} ms; checked in ${t.backupEncryptedCheckMs} ms`,
    )
    return t
  },
  targets: [
    ['backupMb', 'Back-upbestand (MB)', null],
    ['backupWriteMs', 'Back-up maken (ms)', null],
    ['backupCheckMs', 'Back-up controleren (ms)', null],
    ['backupHeapMb', 'JS-heap met gecontroleerde back-up (MB)', null],
    ['backupRestoreMs', 'Back-up terugzetten, vervangen (ms)', null],
    ['backupRawWriteMs', 'Zelfde records rechtstreeks in IndexedDB (ms)', null],
    ['backupRestoreRatio', 'Terugzetten / rechtstreeks schrijven (×)', null],
    ['backupEncryptedWriteMs', 'Versleutelde back-up maken (ms)', null],
    ['backupEncryptedCheckMs', 'Versleutelde back-up controleren (ms)', null],
  ],
}
