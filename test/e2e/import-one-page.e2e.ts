import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SAMPLE_HEADERS, SAMPLE_ROWS, csvText, utf8 } from '../fixtures/import-sheets'
import { expectNoAxeViolations, type Session, sessionPerTest } from './browser'

const s = sessionPerTest({
  setUp: () => {
    dir = mkdtempSync(join(tmpdir(), 'doorstroombord-one-page-'))
  },
  cleanup: () => {
    rmSync(dir, { recursive: true, force: true })
  },
})
let dir: string

type Page = Session['page']

/** 400 fictitious rows, every fourth with a gemeente that does not exist: a long problems list. */
function longList(): Uint8Array<ArrayBuffer> {
  const [first] = SAMPLE_ROWS
  const rows = Array.from({ length: 400 }, (_, i) => {
    const row = [...(first ?? [])]
    row[0] = `LANG-${String(i + 1).padStart(3, '0')}`
    if (i % 4 === 0) row[3] = 'Atlantis'
    return row
  })
  return utf8(csvText([SAMPLE_HEADERS, ...rows], ';'), true)
}

/** No region of the import page scrolls up and down inside itself: the page does. */
const innerVerticalScroll = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('.page--import *')].filter((el) => {
        const style = getComputedStyle(el)
        return (
          el.scrollHeight > el.clientHeight + 1 &&
          ['auto', 'scroll'].includes(style.overflowY) &&
          el.clientHeight > 0
        )
      }).length,
  )

/** Every region that scrolls sideways can be reached with Tab and has a name. */
const unreachableScrollers = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('.page--import *')].filter((el) => {
        const scrolls = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1
        const style = getComputedStyle(el)
        const overflows = [style.overflowX, style.overflowY].some((o) =>
          ['auto', 'scroll'].includes(o),
        )
        return scrolls && overflows && (el as HTMLElement).tabIndex < 0
      }).length,
  )

describe('the import as one page', () => {
  it('shows mapping and a long problems list on the page itself, keyboard-reachable, axe clean in Dutch and English', async () => {
    const { page } = s
    const path = join(dir, 'lange-lijst.csv')
    writeFileSync(path, longList())
    await page.setViewportSize({ width: 1440, height: 1600 })
    await page.goto('/importeren')
    await page.getByLabel('Spreadsheet (.xlsx of .csv)').setInputFiles(path)
    await expect
      .poll(() => page.getByRole('heading', { name: /Kolommen koppelen/ }).count())
      .toBe(1)
    // Every column's field is on the page, none hidden in a short box.
    expect(await page.getByLabel(/^Veld voor kolom /).count()).toBe(SAMPLE_HEADERS.length)
    expect(await innerVerticalScroll(page)).toBe(0)
    await expectNoAxeViolations(page, 'import: mapping (nl)')

    await page.getByRole('button', { name: 'Controleren' }).click()
    await expect
      .poll(() => page.getByRole('heading', { name: /dit gaat er gebeuren/ }).count())
      .toBe(1)
    const problems = page.getByRole('region', { name: /problemen/i })
    await expect.poll(() => problems.count()).toBe(1)
    expect(await problems.getByRole('row').count()).toBeGreaterThan(100)
    expect(await innerVerticalScroll(page)).toBe(0)
    expect(await unreachableScrollers(page)).toBe(0)
    // The problems table is reached with Tab.
    await problems.focus()
    expect(await problems.evaluate((el) => el === document.activeElement)).toBe(true)
    await expectNoAxeViolations(page, 'import: preview with 100 problems (nl)')

    // Narrow screen: the wide tables scroll sideways inside their reachable region.
    await page.setViewportSize({ width: 480, height: 900 })
    expect(await unreachableScrollers(page)).toBe(0)
    await expectNoAxeViolations(page, 'import: preview on a narrow screen (nl)')

    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Nederlands' }).count()).toBe(1)
    await expectNoAxeViolations(page, 'import: preview (en)')
    await page.getByRole('button', { name: 'Back to columns' }).click()
    await expect.poll(() => page.getByRole('heading', { name: /Match columns/ }).count()).toBe(1)
    await expectNoAxeViolations(page, 'import: mapping (en)')
  })
})
