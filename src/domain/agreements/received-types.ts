import type { IsoDate, IsoTimestamp } from '../types'
import type { AgreementsFile, FileAgreement } from './agreements-schema'

/** Voortgang: the provider's own progress on an afspraak; entries are never changed. */
export const PROGRESS_STATUSES = ['loopt', 'gedaan', 'lukt-niet'] as const
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number]

export interface ProgressEntry {
  id: string
  status: ProgressStatus
  /** Why it does not work out: required for `lukt-niet`, else null. */
  reason: string | null
  text: string
  by: string
  at: IsoTimestamp
}

/** An afspraak a gemeente sent this provider (table `receivedAgreements`). */
export interface ReceivedAgreement {
  id: string
  issuerKey: string
  issuerName: string
  issuer: AgreementsFile['issuer']
  /** Exactly as in the newest file that held it. */
  agreement: FileAgreement
  fileRonde: IsoDate
  fileCreatedAt: IsoTimestamp
  /** Append-only; loading a file never writes it. */
  progress: ProgressEntry[]
  createdAt: IsoTimestamp
  updatedAt: IsoTimestamp
  version: number
}

/** The newest afsprakenbestand loaded per gemeente (table `agreementSources`). */
export interface AgreementSource {
  issuerKey: string
  issuerName: string
  ronde: IsoDate
  createdAt: IsoTimestamp
  fileName: string
  loadedAt: IsoTimestamp
}
