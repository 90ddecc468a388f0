import type { ExchangeFile, ExchangeYouth } from '../exchange/exchange-schema-v2'
import type { IsoDate, IsoTimestamp, Owner, ReportScope } from '../types'
import type { FieldConflict } from '../sync/types'

// The municipal settings are part of Settings, so they live with the base types.
export type { DailyTariffs, MunicipalSettings, RondeSettings } from '../types'

/** What the Gemeente-overzicht looks at: everything, one gemeente (CBS code) or one jeugdregio. */
export type Selection = ReportScope

/** The scope a provider chose when it made an uitwisselbestand. */
export type FileScope = ExchangeFile['scope']

export type YouthChange = ExchangeYouth['change']

/** A loaded uitwisselbestand as stored (table `exchangeFiles`); keys from ./identity. */
export interface StoredExchangeFile {
  /** fileKey: providerKey | scopeKey | peildatum. */
  key: string
  providerKey: string
  providerName: string
  scopeKey: string
  peildatum: IsoDate
  fileName: string
  loadedAt: IsoTimestamp
  file: ExchangeFile
}

/** What the combining logic needs of a stored file. */
export type LoadedFile = Pick<
  StoredExchangeFile,
  'key' | 'providerKey' | 'providerName' | 'peildatum' | 'file'
>

/** An afspraak made with a provider in the meeting of one ronde (table `agreements`). */
export interface Agreement {
  id: string
  providerKey: string
  providerName: string
  /** The ronde in which it was made. */
  rondeDate: IsoDate
  reasonCode: string | null
  clientRef: string | null
  text: string
  owner: Owner | null
  dueDate: IsoDate | null
  status: 'open' | 'afgerond'
  /** The ronde in which it was closed; null while open. */
  closedRonde: IsoDate | null
  createdAt: IsoTimestamp
  updatedAt: IsoTimestamp
  version: number
  /** Open team-sync conflicts (see Youth). */
  syncConflicts?: FieldConflict[]
}

export const DEFAULT_RONDE_WEEKS = 6
export const DEFAULT_RONDE_WINDOW_WEEKS = 6

/** Why a figure is not known for the selection. Data, not words: the UI words it. */
export type NbReason =
  | {
      /** These providers' files cover a wider area than the selection. */
      cause: 'scope-wider'
      providers: { providerKey: string; providerName: string; scopes: FileScope[] }[]
    }
  | {
      /** These providers' files leave the figure empty (null), e.g. no previous count. */
      cause: 'not-in-file'
      providers: { providerKey: string; providerName: string }[]
    }
  | {
      /** These providers' files are version 1, which does not hold the figure at all. */
      cause: 'version-1'
      providers: { providerKey: string; providerName: string }[]
    }
  | { cause: 'no-files' }

/** A figure that is either known or *n.b.* with the reason. Never made up. */
export type Figure<T> = { kind: 'value'; value: T } | { kind: 'nb'; reason: NbReason }
