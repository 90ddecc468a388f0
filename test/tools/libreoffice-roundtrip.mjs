/**
 * CI step: the Excel export of the Gemeente-overzicht opened by LibreOffice Calc (headless):
 * printed to PDF and saved again as .xlsx (test/tools/workbook-roundtrip.libreoffice.ts).
 * Installs LibreOffice Calc and poppler-utils when missing (Debian, as root), so the check
 * never silently skips. Ends with one line: "libreoffice round trip: passed" or "… failed".
 * CI_REPORT_FILE, when set, gets vitest's JSON report (to total the tests with the others).
 */
import { spawnSync } from 'node:child_process'

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0

function install() {
  console.log('::: installing libreoffice-calc-nogui and poppler-utils')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0
  return (
    run(['update', '-qq']) &&
    run([
      'install',
      '-y',
      '-qq',
      '--no-install-recommends',
      'libreoffice-calc-nogui',
      'poppler-utils',
    ])
  )
}

let ok = true
if (!has('soffice') || !has('pdftotext') || !has('pdfinfo')) ok = install()
if (ok) {
  const result = spawnSync(
    'npx',
    ['vitest', 'run', '--config', 'test/tools/libreoffice.vitest.config.ts'],
    { stdio: 'inherit', cwd: new URL('../..', import.meta.url).pathname },
  )
  ok = result.status === 0
}
console.log(`libreoffice round trip: ${ok ? 'passed' : 'failed'}`)
process.exit(ok ? 0 : 1)
