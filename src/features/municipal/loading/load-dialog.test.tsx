import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { makeExchangeFile, makeExchangeYouth } from '../../../../test/factories/exchange'
import { renderWithApp } from '../../../../test/render'
import { db } from '../../../db/database'
import { failNextWrite } from '../../../db/fault-injection'
import {
  listExchangeFiles,
  loadSampleExchangeFiles,
  storeExchangeFiles,
} from '../../../db/municipal-repo'
import { toStoredFile } from '../../../domain/municipal'
import { LoadDialog } from './load-dialog'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

function jsonFile(name: string, content: unknown): File {
  return new File([JSON.stringify(content)], name, { type: 'application/json' })
}

function renderDialog() {
  let closed = 0
  const view = renderWithApp(<LoadDialog today="2026-04-01" onClose={() => closed++} />)
  return { ...view, closed: () => closed }
}

async function choose(user: ReturnType<typeof renderDialog>['user'], files: File[]) {
  await user.upload(screen.getByLabelText('Bestanden kiezen'), files)
  return screen.findByRole('heading', { name: 'Controle' })
}

/** The result line of the file with this name. */
const outcome = (name: string) => {
  const item = screen.getByText(name, { selector: '.load-outcome__name' }).closest('li')
  if (!item) throw new Error(`no outcome for ${name}`)
  return within(item)
}

describe('Uitwisselbestanden laden', () => {
  it('shows a new file as new and stores it only after Laden', async () => {
    const { user } = renderDialog()
    await choose(user, [jsonFile('linde.json', makeExchangeFile({ provider: 'De Linde' }))])
    expect(outcome('linde.json').getByText('Nieuw: wordt geladen')).toBeInTheDocument()
    expect(await listExchangeFiles()).toHaveLength(0)

    await user.click(screen.getByRole('button', { name: '1 bestand laden' }))
    expect(await screen.findByText('1 bestand geladen.')).toHaveFocus()
    expect(outcome('linde.json').getByText('Geladen')).toBeInTheDocument()
    const stored = await listExchangeFiles()
    expect(stored.map((f) => [f.providerName, f.fileName])).toEqual([['De Linde', 'linde.json']])
  })

  it('says the disk is full when storing fails for lack of space, and stores nothing', async () => {
    const { user } = renderDialog()
    await choose(user, [jsonFile('linde.json', makeExchangeFile({ provider: 'De Linde' }))])
    failNextWrite('chromium-no-space', 'exchangeFiles')
    await user.click(screen.getByRole('button', { name: '1 bestand laden' }))
    expect(await screen.findByText(/De opslag is vol: de wijziging is niet bewaard/)).toBeVisible()
    expect(await listExchangeFiles()).toHaveLength(0)
    // Space freed: the same choice loads without choosing the files again.
    await user.click(screen.getByRole('button', { name: '1 bestand laden' }))
    expect(await screen.findByText('1 bestand geladen.')).toBeInTheDocument()
    expect(await listExchangeFiles()).toHaveLength(1)
  })

  it('refuses a version-3 file and a wrong status word with their Dutch reasons, storing nothing', async () => {
    const { user } = renderDialog()
    const v3 = { ...makeExchangeFile(), version: 3 }
    const wrongStatus = makeExchangeFile({ youths: [makeExchangeYouth()] })
    ;(wrongStatus.youths[0] as { statuses: Record<string, string> }).statuses.wonen = 'paars'
    await choose(user, [jsonFile('versie3.json', v3), jsonFile('paars.json', wrongStatus)])

    expect(screen.getByText('2 geweigerd.')).toBeInTheDocument()
    expect(
      outcome('versie3.json').getByText(/Versie 3 van het uitwisselbestand wordt niet ondersteund/),
    ).toBeInTheDocument()
    expect(
      outcome('paars.json').getByText(
        /Veld "youths\[0\]\.statuses\.wonen" \(jongere 1 in de lijst\) heeft de ongeldige waarde "paars"/,
      ),
    ).toBeInTheDocument()
    expect(screen.getByText('Er is niets om te laden.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Laden' })).toBeDisabled()
    expect(await listExchangeFiles()).toHaveLength(0)
  })

  it('asks before replacing a file loaded earlier, and replaces it only when ticked', async () => {
    const file = makeExchangeFile({ provider: 'Het Anker' })
    await storeExchangeFiles([toStoredFile(file, 'anker-eerder.json', '2026-03-30T08:00:00.000Z')])
    const { user } = renderDialog()
    await choose(user, [jsonFile('anker-opnieuw.json', file)])

    const result = outcome('anker-opnieuw.json')
    expect(
      result.getByText(
        /^Vervangt een eerder geladen bestand \(anker-eerder\.json, geladen op 30-03-2026/,
      ),
    ).toBeInTheDocument()
    const tick = result.getByRole('checkbox', { name: 'Vervangen anker-opnieuw.json' })
    expect(tick).not.toBeChecked()
    expect(screen.getByRole('button', { name: 'Laden' })).toBeDisabled()

    await user.click(tick)
    await user.click(screen.getByRole('button', { name: '1 bestand laden' }))
    await screen.findByText('1 bestand geladen.')
    const stored = await listExchangeFiles()
    expect(stored.map((f) => f.fileName)).toEqual(['anker-opnieuw.json'])
  })

  it('marks the same provider, area and peildatum twice in one selection as a duplicate', async () => {
    const { user } = renderDialog()
    const file = makeExchangeFile({ provider: 'Kompas' })
    await choose(user, [jsonFile('kompas-a.json', file), jsonFile('kompas-b.json', file)])
    expect(outcome('kompas-a.json').getByText('Nieuw: wordt geladen')).toBeInTheDocument()
    expect(
      outcome('kompas-b.json').getByText(/^Dubbel in deze selectie: .* als kompas-a\.json/),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '1 bestand laden' }))
    await screen.findByText('1 bestand geladen.')
    expect((await listExchangeFiles()).map((f) => f.fileName)).toEqual(['kompas-a.json'])
  })

  it('offers for download the very sample files that Voorbeeldbestanden laden stores', async () => {
    // No ronde rhythm set yet: the samples end today, whether downloaded or loaded.
    const { user } = renderDialog()
    await user.click(screen.getByText('Voorbeeldbestanden downloaden'))
    expect(await screen.findByRole('heading', { name: 'Ronde 01-04-2026' })).toBeInTheDocument()
    const offered = screen
      .getAllByRole('button', { name: / downloaden$/ })
      .map((b) => b.textContent)
      .sort()
    await loadSampleExchangeFiles('2026-04-01')
    const stored = (await listExchangeFiles()).map((f) => f.fileName).sort()
    expect(offered).toEqual(stored)
  })
})
