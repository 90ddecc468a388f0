import { formatDutchDate } from '../dates'
import type { AgreementProgress } from '../exchange/exchange-schema-v2'
import { jeugdregioOf } from '../municipalities'
import { providerKey } from '../municipal/identity'
import type { IsoDate, IsoTimestamp, ReportScope } from '../types'
import type { AgreementsFile, FileAgreement } from './agreements-schema'
import { issuerKey } from './build-agreements-file'
import { sortReceived } from './received-index'

export { openAgreementIndex, sortReceived } from './received-index'

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

/** The current progress: the entry with the greatest `at` (ties: `id`). */
export function latestProgress(progress: readonly ProgressEntry[]): ProgressEntry | null {
  let best: ProgressEntry | null = null
  for (const p of progress) {
    if (!best || p.at > best.at || (p.at === best.at && p.id > best.id)) best = p
  }
  return best
}

/** Letters and digits only, without accents: "Stichting De Linde" ≈ "stichting de-linde". */
function looseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/[^\p{L}\p{N}]/gu, '')
}

/** Levenshtein distance: how many letters to add, drop or change to get from a to b. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost)
    }
    row = next
  }
  return row[b.length] ?? 0
}

export type ProviderMatch =
  | { kind: 'ours' }
  /** Names that differ only in spelling: shown side by side, the user confirms. */
  | { kind: 'confirm'; fileName: string; ownName: string }
  | { kind: 'refused'; message: string }

/**
 * Is this file for this board? By the provider key when the file has one, else by name: the
 * same name (case and spaces aside) is ours, a name that differs only in spelling asks, another
 * name is refused (docs/agreements-file-design.md §2).
 */
export function matchProvider(
  file: AgreementsFile,
  own: { id: string | null; name: string },
): ProviderMatch {
  const fileName = file.provider.name
  const other = (why: string): ProviderMatch => ({
    kind: 'refused',
    message: `Dit afsprakenbestand is voor ${why}: ‘${fileName}’ — dit bord is ‘${own.name}’. Vraag de gemeente om het bestand voor uw organisatie.`,
  })
  if (file.provider.id !== null) {
    return file.provider.id === own.id ? { kind: 'ours' } : other('een ander bord')
  }
  if (providerKey(fileName) === providerKey(own.name)) return { kind: 'ours' }
  const a = looseName(fileName)
  const b = looseName(own.name)
  const close =
    a === b || editDistance(a, b) <= Math.max(2, Math.floor(Math.min(a.length, b.length) / 10))
  return close && own.name.trim() !== ''
    ? { kind: 'confirm', fileName, ownName: own.name }
    : other('een andere aanbieder')
}

export type LoadPlan =
  | {
      kind: 'apply'
      records: ReceivedAgreement[]
      source: AgreementSource
      added: number
      updated: number
    }
  | { kind: 'refused'; message: string }

/**
 * What loading a checked file does, given the gemeente's last loaded file and the afspraken the
 * board holds with these ids: a newer file replaces each afspraak's state and keeps its progress,
 * adds the new ones and never duplicates; the same file or an older one changes nothing.
 */
export function planAgreementsLoad(input: {
  file: AgreementsFile
  fileName: string
  source: AgreementSource | undefined
  known: readonly ReceivedAgreement[]
  now: IsoTimestamp
}): LoadPlan {
  const { file, source, now } = input
  const key = issuerKey(file.issuer)
  if (source) {
    const same = source.ronde === file.ronde && source.createdAt === file.createdAt
    if (same) {
      return {
        kind: 'refused',
        message: `Dit afsprakenbestand is al geladen (ronde ${formatDutchDate(file.ronde)}).`,
      }
    }
    const older =
      file.ronde < source.ronde ||
      (file.ronde === source.ronde && file.createdAt < source.createdAt)
    if (older) {
      return {
        kind: 'refused',
        message: `Dit bestand (ronde ${formatDutchDate(file.ronde)}) is ouder dan het al geladen bestand van ronde ${formatDutchDate(source.ronde)} van ${source.issuerName}.`,
      }
    }
  }
  const known = new Map(input.known.map((r) => [r.id, r]))
  const records: ReceivedAgreement[] = []
  let added = 0
  let updated = 0
  for (const [i, agreement] of file.agreements.entries()) {
    const before = known.get(agreement.id)
    if (before && before.issuerKey !== key) {
      return {
        kind: 'refused',
        message: `Afspraak ${i + 1} (agreements[${i}].id) hoort bij een andere gemeente.`,
      }
    }
    const state = {
      agreement,
      fileRonde: file.ronde,
      fileCreatedAt: file.createdAt,
      issuer: file.issuer,
      issuerName: file.issuer.name,
    }
    if (before) {
      if (JSON.stringify(before.agreement) !== JSON.stringify(agreement)) updated++
      records.push({ ...before, ...state, updatedAt: now, version: before.version + 1 })
    } else {
      added++
      records.push({
        id: agreement.id,
        issuerKey: key,
        ...state,
        progress: [],
        createdAt: now,
        updatedAt: now,
        version: 1,
      })
    }
  }
  return {
    kind: 'apply',
    records,
    added,
    updated,
    source: {
      issuerKey: key,
      issuerName: file.issuer.name,
      ronde: file.ronde,
      createdAt: file.createdAt,
      fileName: input.fileName,
      loadedAt: now,
    },
  }
}

/** Whether a gemeente's or jeugdregio's afspraken concern a file made for `scope`. */
function issuerInScope(issuer: AgreementsFile['issuer'], scope: ReportScope): boolean {
  if (scope.kind === 'all') return true
  if (issuer.kind === 'gemeente') {
    return scope.kind === 'gemeente'
      ? scope.code === issuer.code
      : jeugdregioOf(issuer.code) === scope.name
  }
  return scope.kind === 'regio'
    ? scope.name === issuer.name
    : jeugdregioOf(scope.code) === issuer.name
}

/**
 * The `agreements` of the next uitwisselbestand (exchange-v2-design §2.4): per afspraak held
 * from a gemeente or jeugdregio whose area overlaps the file's scope, the newest Voortgang at
 * the moment the file is made, or null (received, nothing written yet). Afspraken withdrawn
 * before the period started are left out.
 */
export function progressForExchange(
  list: readonly ReceivedAgreement[],
  scope: ReportScope,
  periodStart: IsoDate,
  createdAt: IsoTimestamp,
): AgreementProgress[] {
  return sortReceived(list)
    .filter((r) => issuerInScope(r.issuer, scope))
    .filter(
      (r) =>
        r.agreement.status !== 'ingetrokken' || (r.agreement.closedInRonde ?? '') >= periodStart,
    )
    .map((r) => {
      const latest = latestProgress(r.progress.filter((p) => p.at <= createdAt))
      return {
        agreementId: r.id,
        issuer: r.issuer,
        fileRonde: r.fileRonde,
        fileCreatedAt: r.fileCreatedAt,
        latest: latest && {
          id: latest.id,
          status: latest.status,
          reason: latest.reason,
          text: latest.text,
          by: latest.by,
          at: latest.at,
        },
      }
    })
}
