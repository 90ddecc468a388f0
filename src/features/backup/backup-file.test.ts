import { makeYouthValues } from '../../../test/factories/youth'
import { seed } from '../../../test/bench/seed'
import { readAllData, schemaVersion } from '../../db/backup-repo'
import { db } from '../../db/database'
import { addYouth } from '../../db/youths-repo'
import { createBackupText } from '../../domain/backup/make-backup'
import type { ReadBackupResult } from '../../domain/backup/read-backup'
import { nl } from '../../i18n'
import { createBackup } from './create-backup'
import { problemMessage } from './problem-message'
import { checkBackupFile, restoreBackup } from './restore-backup'

const PASSPHRASE = 'een lange zin als wachtwoord'
const file = (text: string) => new File([text], 'back-up.json', { type: 'application/json' })

/** The database without the restore's own audit line, to compare with what was backed up. */
async function dataWithoutLastAudit() {
  const data = await readAllData()
  return { ...data, audit: data.audit?.slice(0, -1) }
}

async function restoreChecked(result: ReadBackupResult) {
  if (!result.ok) throw new Error(`refused: ${result.problem.code}`)
  await restoreBackup(result.backup, 'replace', 'Test')
  return result.backup
}

/** What a refusal tells the user, in Dutch. */
function refusal(result: ReadBackupResult): string {
  if (result.ok) throw new Error('the file was accepted')
  return problemMessage(nl, result.problem)
}

/** A generated provider of 300 youths with a year of monthly reviews and audit history. */
const seedProvider = () => seed(300)

describe('a back-up file (layout 2, written line by line)', () => {
  beforeEach(seedProvider)

  it.each([
    ['plain', undefined],
    ['encrypted', PASSPHRASE],
  ])('%s: back-up then restore gives the same database', async (_, passphrase) => {
    const original = await readAllData()
    const made = await createBackup(passphrase)
    const text = await made.file.text()
    // Several batches per large table, each on its own line.
    expect(text.split('\n').length).toBeGreaterThan(8)
    const name = (original.youths?.[0] as { displayName: string }).displayName
    expect(text.includes(name)).toBe(passphrase === undefined)

    await db.youths.clear()
    await addYouth(makeYouthValues({ clientRef: 'WEG-1' }), 'A')
    const backup = await restoreChecked(await checkBackupFile(made.file, passphrase))
    expect(backup.encrypted).toBe(passphrase !== undefined)
    expect(await dataWithoutLastAudit()).toEqual(original)
  })
})

describe('a damaged layout-2 file is refused with a Dutch reason, nothing changed', () => {
  // Made once from the generated database. Checking a file writes nothing, so the tests need
  // no 300 youths of their own to show that: a row and the settings a restore would replace.
  let plain = ''
  let sealed = ''
  let before: Awaited<ReturnType<typeof readAllData>>

  beforeEach(async () => {
    if (!plain || !sealed) {
      await seedProvider()
      plain = await (await createBackup()).file.text()
      sealed = await (await createBackup(PASSPHRASE)).file.text()
    }
    // Something a wrongly accepted restore would remove.
    await addYouth(makeYouthValues({ clientRef: 'NA-BACKUP' }), 'A')
    before = await readAllData()
  })

  afterEach(async () => {
    expect(await readAllData()).toEqual(before)
  })

  /** The file's lines (the last, after the final newline, is empty). */
  const lines = (text: string) => text.split('\n')
  /** A line in the middle of the data, well away from header and end. */
  const middle = (text: string) => Math.floor(lines(text).length / 2)

  function flipByte(text: string): string {
    const all = lines(text)
    const at = middle(text)
    const line = all[at] as string
    const pos = Math.floor(line.length / 2)
    const bytes = new TextEncoder().encode(line)
    bytes[pos] = (bytes[pos] as number) ^ 0x01
    all[at] = new TextDecoder().decode(bytes)
    return all.join('\n')
  }

  function swapChunks(text: string): string {
    const all = lines(text)
    const at = middle(text)
    ;[all[at], all[at + 1]] = [all[at + 1] as string, all[at] as string]
    return all.join('\n')
  }

  /** Without the end line; the line before it closes the array, so it is still valid JSON. */
  function withoutEnd(text: string): string {
    const all = lines(text).slice(0, -2)
    return `${all.join('\n')}]\n`
  }

  const check = (text: string, passphrase?: string) => checkBackupFile(file(text), passphrase)

  it('a truncated file', async () => {
    const cut = plain.slice(0, Math.floor(plain.length * 0.6))
    expect(refusal(await check(cut))).toMatch(/beschadigd of onvolledig: het einde .* ontbreekt/)
    const cutSealed = sealed.slice(0, Math.floor(sealed.length * 0.6))
    expect(refusal(await check(cutSealed, PASSPHRASE))).toMatch(/het einde .* ontbreekt/)
  })

  it('one flipped byte in a middle chunk', async () => {
    expect(refusal(await check(flipByte(plain)))).toMatch(/De controlesom klopt niet/)
    expect(refusal(await check(flipByte(sealed), PASSPHRASE))).toMatch(
      new RegExp(`^Deel ${middle(sealed)} van de back-up is na het maken gewijzigd`),
    )
  })

  it('two chunks in the wrong order', async () => {
    expect(refusal(await check(swapChunks(plain)))).toMatch(/De controlesom klopt niet/)
    expect(refusal(await check(swapChunks(sealed), PASSPHRASE))).toMatch(
      /^Deel \d+ van de back-up is na het maken gewijzigd, beschadigd of verplaatst/,
    )
  })

  it('a missing final chunk', async () => {
    expect(refusal(await check(withoutEnd(plain)))).toMatch(/het einde van de back-up ontbreekt/)
    expect(refusal(await check(withoutEnd(sealed), PASSPHRASE))).toMatch(
      /het einde van de back-up ontbreekt/,
    )
  })

  it('a wrong passphrase, and a header altered after encryption', async () => {
    expect(refusal(await check(sealed, 'een andere lange zin'))).toMatch(/wachtwoord is onjuist/)
    const altered = sealed.replace(/"createdAt":"[^"]+"/, '"createdAt":"2020-01-01T00:00:00.000Z"')
    expect(refusal(await check(altered, PASSPHRASE))).toMatch(/wachtwoord is onjuist/)
  })
})

describe('older back-up files still restore', () => {
  const meta = { appVersion: '0.1.0', createdAt: '2026-11-01T10:00:00.000Z' }
  beforeEach(seedProvider)

  it.each([
    ['plain', undefined],
    ['encrypted', PASSPHRASE],
  ])('layout 1 (one JSON object), %s, of this schema version', async (_, passphrase) => {
    const original = await readAllData()
    const text = await createBackupText(
      original,
      { ...meta, schemaVersion: schemaVersion() },
      passphrase,
    )
    await db.youths.clear()
    await restoreChecked(await checkBackupFile(file(text), passphrase))
    expect(await dataWithoutLastAudit()).toEqual(original)
  })

  it('layout 1 of schema version 1: upgraded on the way in', async () => {
    const { youths = [], assessments = [], settings = [] } = await readAllData()
    const v1Youths = youths.slice(0, 5).map((y) => {
      const old = { ...(y as Record<string, unknown>) }
      delete old.redStreaks
      return old
    })
    const text = await createBackupText(
      { youths: v1Youths, assessments: assessments.slice(0, 5), settings, audit: [] },
      { ...meta, schemaVersion: 1 },
    )
    await restoreChecked(await checkBackupFile(file(text)))
    const restored = await db.youths.toArray()
    expect(restored).toHaveLength(5)
    expect(restored.every((y) => typeof y.redStreaks === 'object')).toBe(true)
    expect(await db.reviews.count()).toBe(0)
  })
})
