import { describe, expect, it } from 'vitest'
import { fixtureOverview } from '../../test/fixtures/municipal-overview'
import { agreementsFileName } from '../domain/agreements/build-agreements-file'
import type { AgreementsFile } from '../domain/agreements/agreements-schema'
import { en } from '../i18n/en'
import { nl } from '../i18n/nl'
import { municipalFileName } from './municipal/municipal-file-name'
import { reportDownloadName } from '../i18n/file-names'

// Issue 21 item 10: a user working in English downloads files with English names.

const DUTCH = /peildatum|ronde|regio|alle-gemeenten|Rapportage|Uitwisselbestand|Afspraken|Gemeente/

describe('file names in the user’s language', () => {
  const region = { kind: 'regio', name: 'Haaglanden' } as const
  const parts = { provider: 'De Linde', scope: region, peildatum: '2026-03-29' }

  it('name a Rapportage export and an uitwisselbestand in English, without a Dutch word', () => {
    const report = reportDownloadName(en, { ...parts, prefix: en.report.filePrefix }, 'xlsx')
    expect(report).toBe('Report_De-Linde_region-Haaglanden_reference-date-2026-03-29.xlsx')
    const exchange = reportDownloadName(
      en,
      { ...parts, scope: { kind: 'all' }, prefix: en.report.exchangePrefix },
      'json',
    )
    expect(exchange).toBe('Exchange_De-Linde_all-municipalities_reference-date-2026-03-29.json')
    expect(reportDownloadName(nl, { ...parts, prefix: nl.report.filePrefix }, 'csv')).toBe(
      'Rapportage_De-Linde_regio-Haaglanden_peildatum-2026-03-29.csv',
    )
  })

  it('name the Gemeente-overzicht workbook and CSV in English', () => {
    const all = fixtureOverview({ kind: 'all' }).overview
    expect(municipalFileName(all, en, 'xlsx')).toBe(
      'Municipal-overview_all-municipalities_round-2026-03-29.xlsx',
    )
    const own = fixtureOverview().overview
    const csv = municipalFileName(own, en, 'csv')
    expect(csv).toBe('Municipal-overview-youths_Municipality-s-Gravenhage_round-2026-03-29.csv')
    expect(csv).not.toMatch(DUTCH)
  })

  it('name an afsprakenbestand in English', () => {
    const file = {
      issuer: { name: "'s-Gravenhage" },
      provider: { name: 'De Linde' },
      ronde: '2026-12-06',
    } as AgreementsFile
    expect(agreementsFileName(file, en.agreements.fileName)).toBe(
      "Agreements_'s-Gravenhage_De Linde_round-2026-12-06.json",
    )
    expect(agreementsFileName(file, nl.agreements.fileName)).toBe(agreementsFileName(file))
  })
})
