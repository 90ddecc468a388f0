import ExcelJS from 'exceljs'
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations, sessionPerTest } from './browser'
import {
  distinctRows,
  downloadNewestSamples,
  dutchNumber,
  openLoadDialog,
  openWithSamples,
  removeSaved,
  tableCell,
  tempPath,
} from './municipal-helpers'

const s = sessionPerTest({ cleanup: removeSaved })

const TABS = ['Overzicht', 'Per aanbieder', 'Jongeren', 'Trend', 'Signalen', 'Afspraken']

describe('the Gemeente-overzicht', () => {
  it('adds up the sample files of the ronde, opens a provider report and exports to Excel', async () => {
    const { page } = s
    await openWithSamples(page)
    const samples = await downloadNewestSamples(page)
    const rows = distinctRows(samples)

    // Geplaatst, rood and instroom: worked out here from the files themselves.
    const placed = await tableCell(
      page,
      /^Tabel 1\./,
      /^Geplaatste jongeren op de peildata/,
      'Waarde',
    )
    expect(dutchNumber(placed)).toBe(rows.length)
    const rood = await tableCell(page, /^Tabel 6\./, /^rood/, 'Jongeren')
    expect(dutchNumber(rood)).toBe(rows.filter((r) => r.totalStatus === 'rood').length)
    const inflow = await tableCell(page, /^Tabel 1\./, /^Instroom/, 'Waarde')
    expect(dutchNumber(inflow)).toBe(samples.reduce((sum, x) => sum + x.file.summary.inflow, 0))

    // The most frequent knelpuntcode: youths and providers.
    const perCode = new Map<string, { youths: number; providers: Set<string> }>()
    for (const r of rows) {
      for (const code of new Set(r.reasonCodes)) {
        const c = perCode.get(code) ?? { youths: 0, providers: new Set<string>() }
        c.youths++
        c.providers.add(r.provider)
        perCode.set(code, c)
      }
    }
    const [code, top] = [...perCode].sort((a, b) => b[1].youths - a[1].youths)[0] ?? []
    if (!code || !top) throw new Error('the sample files have no knelpunten')
    const codeRow = new RegExp(`^${code}`)
    expect(dutchNumber(await tableCell(page, /^Tabel 9\./, codeRow, 'Jongeren'))).toBe(top.youths)
    expect(dutchNumber(await tableCell(page, /^Tabel 9\./, codeRow, 'Aanbieders'))).toBe(
      top.providers.size,
    )
    expect(
      await page.getByText(`${top.youths} jongeren met ${code} (`, { exact: false }).count(),
    ).toBe(1)

    // Per aanbieder: a provider's own report, read from its file.
    const linde = samples.find((x) => x.file.provider.name === 'Stichting De Linde (fictief)')
    if (!linde) throw new Error('no file of De Linde in the newest ronde')
    await page.getByRole('tab', { name: 'Per aanbieder' }).click()
    await page
      .getByRole('button', { name: 'Rapportage van Stichting De Linde (fictief) openen' })
      .click()
    await expect
      .poll(() =>
        page.getByRole('heading', { name: 'Rapportage van Stichting De Linde (fictief)' }).count(),
      )
      .toBe(1)
    const lindePlaced = await tableCell(
      page,
      /^Tabel 1\. Kerncijfers op de peildatum/,
      /^Geplaatste jongeren op de peildatum/,
      'Waarde',
    )
    expect(dutchNumber(lindePlaced)).toBe(linde.file.summary.placed)
    await expectNoAxeViolations(page, 'provider report')
    await page.getByRole('button', { name: 'Terug naar Per aanbieder' }).click()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Rapportage van Stichting De Linde (fictief) openen')

    // Excel: downloaded and read back.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteren naar Excel' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^Gemeente-overzicht_.*\.xlsx$/)
    const path = tempPath(download.suggestedFilename())
    await download.saveAs(path)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(readFileSync(path)).buffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Samenvatting',
      'Per aanbieder',
      'Knelpunten',
      'Jongeren',
      'Signalen',
      'Afspraken',
      'Toelichting',
    ])
    const perProvider = workbook.getWorksheet('Per aanbieder') as ExcelJS.Worksheet
    const texts: string[] = []
    perProvider.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)))
    expect(texts).toContain('Stichting De Linde (fictief)')
  })

  it('refuses a version-3 file and a wrong status word, and asks before replacing a file', async () => {
    const { page } = s
    await openWithSamples(page)
    const [sample] = await downloadNewestSamples(page)
    if (!sample) throw new Error('no sample file')
    const placedBefore = await tableCell(
      page,
      /^Tabel 1\./,
      /^Geplaatste jongeren op de peildata/,
      'Waarde',
    )

    const v3 = tempPath('versie-3.json')
    writeFileSync(v3, JSON.stringify({ ...sample.file, version: 3 }))
    const purple = structuredClone(sample.file)
    const firstId = Object.keys(purple.youths[0]?.statuses ?? {})[0] ?? 'wonen'
    ;(purple.youths[0] as { statuses: Record<string, string> }).statuses[firstId] = 'paars'
    const wrong = tempPath('paars.json')
    writeFileSync(wrong, JSON.stringify(purple))

    let dialog = await openLoadDialog(page)
    await dialog.getByLabel('Bestanden kiezen').setInputFiles([v3, wrong])
    await expect.poll(() => dialog.getByText('2 geweigerd.').count()).toBe(1)
    expect(
      await dialog.getByText(/^Versie 3 van het uitwisselbestand wordt niet ondersteund/).count(),
    ).toBe(1)
    expect(
      await dialog
        .getByText(
          `Veld "youths[0].statuses.${firstId}" (jongere 1 in de lijst) heeft de ongeldige waarde "paars"`,
          {
            exact: false,
          },
        )
        .count(),
    ).toBe(1)
    expect(await dialog.getByRole('button', { name: 'Laden', exact: true }).isDisabled()).toBe(true)
    await expectNoAxeViolations(page, 'load dialog with refused files')
    await dialog.getByRole('button', { name: 'Sluiten', exact: true }).click()
    expect(
      await tableCell(page, /^Tabel 1\./, /^Geplaatste jongeren op de peildata/, 'Waarde'),
    ).toBe(placedBefore)

    // The same file again: it replaces the stored one only after the tick.
    dialog = await openLoadDialog(page)
    await dialog.getByLabel('Bestanden kiezen').setInputFiles([sample.path])
    await expect
      .poll(() => dialog.getByText(/^Vervangt een eerder geladen bestand \(/).count())
      .toBe(1)
    const tick = dialog.getByRole('checkbox', { name: `Vervangen ${sample.name}` })
    expect(await tick.isChecked()).toBe(false)
    expect(await dialog.getByRole('button', { name: 'Laden', exact: true }).isDisabled()).toBe(true)
    await tick.check()
    await dialog.getByRole('button', { name: '1 bestand laden' }).click()
    await expect.poll(() => dialog.getByText('1 bestand geladen.').count()).toBe(1)
    await dialog.getByRole('button', { name: 'Klaar' }).click()
    expect(
      await tableCell(page, /^Tabel 1\./, /^Geplaatste jongeren op de peildata/, 'Waarde'),
    ).toBe(placedBefore)
  })

  it('refuses a file dated after today, naming the field, and changes nothing', async () => {
    const { page } = s
    await openWithSamples(page)
    const [sample] = await downloadNewestSamples(page)
    if (!sample) throw new Error('no sample file')
    const rondes = await page.getByRole('combobox', { name: 'Ronde', exact: true }).innerText()
    const placedBefore = await tableCell(
      page,
      /^Tabel 1\./,
      /^Geplaatste jongeren op de peildata/,
      'Waarde',
    )

    const future = structuredClone(sample.file)
    future.period = {
      ...future.period,
      start: '2030-01-01',
      end: '2030-02-11',
      peildatum: '2030-02-11',
      previousPeildatum: '2029-12-31',
      provisional: false, // a newest-ronde sample file may be voorlopig
    }
    const peildatum2030 = tempPath('peildatum-2030.json')
    writeFileSync(peildatum2030, JSON.stringify(future))
    const created2031 = tempPath('gemaakt-2031.json')
    writeFileSync(
      created2031,
      JSON.stringify({ ...sample.file, createdAt: '2031-01-27T10:00:00Z' }),
    )

    const dialog = await openLoadDialog(page)
    await dialog.getByLabel('Bestanden kiezen').setInputFiles([peildatum2030, created2031])
    await expect.poll(() => dialog.getByText('2 geweigerd.').count()).toBe(1)
    expect(await dialog.getByText(/^Veld "period\.peildatum" ligt na vandaag/).count()).toBe(1)
    expect(await dialog.getByText(/^Veld "createdAt" ligt na vandaag/).count()).toBe(1)
    expect(await dialog.getByRole('button', { name: 'Laden', exact: true }).isDisabled()).toBe(true)
    await dialog.getByRole('button', { name: 'Sluiten', exact: true }).click()

    // Nothing stored: the same rondes, the same figures, also after a reload.
    await page.reload()
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Ronde', exact: true }).innerText())
      .toBe(rondes)
    expect(
      await tableCell(page, /^Tabel 1\./, /^Geplaatste jongeren op de peildata/, 'Waarde'),
    ).toBe(placedBefore)
  })

  for (const language of ['nl', 'en'] as const) {
    it(`has no accessibility violations on any tab or in the load dialog (${language})`, async () => {
      const { page } = s
      await page.goto('/gemeente-overzicht')
      if (language === 'en') {
        await page.getByRole('button', { name: 'English' }).click()
        // Away from the header: its hover colour is not what is being checked here.
        await page.mouse.move(700, 700)
      }
      const sampleButton = language === 'nl' ? 'Voorbeeldbestanden laden' : 'Load sample files'
      await expect.poll(() => page.getByRole('button', { name: sampleButton }).count()).toBe(1)
      await expectNoAxeViolations(page, `empty (${language})`)
      await page.getByRole('button', { name: sampleButton }).click()
      const tabs = page.getByRole('tab')
      await expect.poll(() => tabs.count(), { timeout: 30_000 }).toBe(6)
      for (let i = 0; i < 6; i++) {
        await tabs.nth(i).click()
        await expect.poll(() => tabs.nth(i).getAttribute('aria-selected')).toBe('true')
        const name = (await tabs.nth(i).textContent()) ?? ''
        if (language === 'nl') expect(name).toBe(TABS[i])
        await expectNoAxeViolations(page, `${name} (${language})`)
      }
      await page
        .getByRole('button', {
          name: language === 'nl' ? 'Uitwisselbestanden laden' : 'Load exchange files',
        })
        .click()
      await expect.poll(() => page.getByRole('dialog').count()).toBe(1)
      await expectNoAxeViolations(page, `load dialog (${language})`)
      await page.keyboard.press('Escape')
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0)

      // Arrow keys move between the tabs; the open tab survives a reload.
      await tabs.first().click()
      await page.keyboard.press('End')
      await expect.poll(() => tabs.last().getAttribute('aria-selected')).toBe('true')
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => tabs.first().getAttribute('aria-selected')).toBe('true')
      await page.keyboard.press('ArrowLeft')
      await page.keyboard.press('ArrowLeft')
      await expect.poll(() => tabs.nth(4).getAttribute('aria-selected')).toBe('true')
      await page.reload()
      await expect
        .poll(() => page.getByRole('tab').nth(4).getAttribute('aria-selected'), { timeout: 20_000 })
        .toBe('true')
    })
  }
})
