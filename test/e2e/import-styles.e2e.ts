import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { styleBytes } from '../fixtures/import-styles-data'
import { styleLists, type StyleList } from '../fixtures/import-styles'
import { expectNoAxeViolations, type Session, sessionPerTest } from './browser'

const s = sessionPerTest({
  setUp: () => {
    dir = mkdtempSync(join(tmpdir(), 'doorstroombord-styles-'))
  },
  cleanup: () => {
    rmSync(dir, { recursive: true, force: true })
  },
})
let dir: string
let first: StyleList | undefined

type Page = Session['page']

/** Chooses the file, checks that every column was mapped by itself as expected, runs it. */
async function importList(page: Page, list: StyleList) {
  const path = join(dir, list.file)
  writeFileSync(path, await styleBytes(list.grid, list.format))
  await page.goto('/importeren')
  await page.getByLabel('Spreadsheet (.xlsx of .csv)').setInputFiles(path)
  await expect.poll(() => page.getByRole('heading', { name: /Kolommen koppelen/ }).count()).toBe(1)
  for (const column of list.columns) {
    const select = page.getByLabel(`Veld voor kolom ${column.title}`, { exact: true })
    expect({ column: column.title, field: await select.inputValue() }).toEqual({
      column: column.title,
      field: column.target ?? '',
    })
  }
  // Every list keeps roepnamen or initials: the screen says the values confirmed the column.
  const names = page.getByText('Herkend aan de inhoud: alle waarden zijn voornamen of initialen.')
  expect({ file: list.file, names: await names.count() }).toEqual({ file: list.file, names: 1 })
  if (list === first) await expectNoAxeViolations(page, `import: mapping of ${list.file}`)
  await page.getByRole('button', { name: 'Controleren' }).click()
  await expect
    .poll(() => page.getByRole('heading', { name: /dit gaat er gebeuren/ }).count())
    .toBe(1)
  expect(await page.getByText('Geen problemen gevonden.').count()).toBe(1)
  await page.getByRole('button', { name: 'Import uitvoeren' }).click()
  await expect.poll(() => page.getByText('Import voltooid').count()).toBe(1)
  const added = `${list.youths.length} jongeren toegevoegd en 0 jongeren bijgewerkt.`
  expect({ file: list.file, done: await page.getByText(added).count() }).toEqual({
    file: list.file,
    done: 1,
  })
}

/** The first youth of the list on the board: its locatie and its status for Wonen. */
async function checkBoard(page: Page, list: StyleList) {
  const [youth] = list.youths
  const [ref] = list.refs
  if (!youth || !ref) throw new Error(`${list.file} has no youths`)
  await page.getByRole('link', { name: 'Bord', exact: true }).click()
  await page.getByLabel('Zoeken').fill(ref)
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: ref }) })
  await expect.poll(() => row.count()).toBe(1)
  expect(await row.getByRole('button', { name: `Wonen: ${youth.wonen}` }).count()).toBe(1)
  if (list.hasLocation) {
    expect(await row.getByText(youth.location).count()).toBeGreaterThan(0)
  }
}

describe('lists in many styles', () => {
  it('imports each list with no manual mapping and shows its youths with the right statuses', async () => {
    const { page } = s
    const lists = styleLists()
    expect(lists.length).toBeGreaterThanOrEqual(10)
    first = lists[0]
    for (const list of lists) {
      await importList(page, list)
      await checkBoard(page, list)
    }
    // Twelve imports in one session take 35–45 s here; room for a busy machine.
  }, 240_000)
})
