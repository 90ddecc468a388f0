import type { FieldConflict } from './sync/types'

/** A calendar date as stored and exchanged: `YYYY-MM-DD`, no time zone. */
export type IsoDate = string
/** A moment as stored: ISO 8601 timestamp in UTC (`2026-11-23T10:15:00.000Z`). */
export type IsoTimestamp = string

export const STATUSES = ['rood', 'oranje', 'groen', 'onbekend', 'nvt'] as const
export type Status = (typeof STATUSES)[number]
/** A status that counts towards the totaalstatus (n.v.t. never does). */
export type TotalStatus = Exclude<Status, 'nvt'>

export const LIVING_ARRANGEMENTS = [
  'pleegzorg',
  'gezinshuis',
  'open-residentieel',
  'gesloten',
  'behandelgroep',
  'kamertraining',
  'crisisopvang',
  'overig',
] as const
export type LivingArrangement = (typeof LIVING_ARRANGEMENTS)[number]

export const DESTINATIONS = [
  'thuis-netwerk',
  'pleeggezin',
  'gezinshuis',
  'kamertraining',
  'zelfstandig',
  'beschermd-wonen',
  'wlz',
  'andere-jeugdhulp',
  'volwassen-ggz',
  'onbekend',
] as const
/** Perspectief and actual uitstroom bestemming share one list. */
export type Destination = (typeof DESTINATIONS)[number]

export const MEASURES = ['geen', 'ots', 'voogdij', 'jeugdreclassering'] as const
export type Measure = (typeof MEASURES)[number]

/** CBS reden beëindiging jeugdhulptraject. */
export const END_REASONS = ['01', '02', '03', '04', '05'] as const
export type EndReason = (typeof END_REASONS)[number]

export const OWNERS = [
  'aanbieder',
  'gemeente',
  'gi',
  'woningcorporatie',
  'school',
  'wlz-ciz',
  'zorgverzekeraar',
  'jongere-ouders',
  'overig',
] as const
/** Who must act on an assessment's next step (eigenaar). */
export type Owner = (typeof OWNERS)[number]

export interface Outflow {
  date: IsoDate
  destination: Destination
  reason: EndReason
  note: string
}

export interface Youth {
  id: string
  /** The provider's pseudonymous reference; never a BSN. */
  clientRef: string
  /** Roepnaam/initialen: shown in the app only, never exported unless asked. */
  displayName: string
  birthDate: IsoDate
  /** CBS code of the responsible municipality, e.g. GM0518. */
  municipalityCode: string
  /** Chosen jeugdregio when the municipality has none on record. */
  jeugdregio: string
  location: string
  livingArrangement: LivingArrangement
  placementDate: IsoDate
  expectedOutflowDate: IsoDate | null
  perspective: Destination | null
  measure: Measure
  /** Name of the gecertificeerde instelling when a measure applies. */
  guardianOrg: string
  caseOwner: string
  /**
   * A general note on the youth (e.g. the remarks column of an imported list). Optional:
   * youths stored before it existed have none.
   */
  note?: string
  outflow: Outflow | null
  /** Date of the last review (bespreking) in which this youth was discussed. */
  lastReviewDate: IsoDate | null
  /**
   * Per precondition id: in how many consecutive closed reviews this youth was rood on it
   * (maintained when a review closes; drives the *langdurig rood* signal).
   */
  redStreaks: Record<string, number>
  createdAt: IsoTimestamp
  updatedAt: IsoTimestamp
  /** Last-changed version (see versions/record-version.ts); absent on older records: 0. */
  version?: number
  /** Fields two laptops changed differently while apart (domain/sync/merge-doc.ts). */
  syncConflicts?: FieldConflict[]
}

export interface Assessment {
  youthId: string
  preconditionId: string
  status: Status
  reasonCodes: string[]
  note: string
  action: string
  owner: Owner | null
  dueDate: IsoDate | null
  changedBy: string
  changedAt: IsoTimestamp
  /** Last-changed version (see versions/record-version.ts); absent on older records: 0. */
  version?: number
}

/** The editable part of an assessment. */
export type AssessmentInput = Pick<
  Assessment,
  'status' | 'reasonCodes' | 'note' | 'action' | 'owner' | 'dueDate'
>

export interface Criteria {
  groen: string
  oranje: string
  rood: string
}

export interface PreconditionDef {
  /** Stable id; history keeps it, so renames never break reports. */
  id: string
  /** A user-given name; null shows the built-in name in the UI language. */
  name: string | null
  enabled: boolean
  builtin: boolean
  /** User-edited criteria; null shows the built-in criteria. */
  criteria: Criteria | null
}

export interface ReasonCodeDef {
  code: string
  /** User-edited label; null shows the built-in label. */
  label: string | null
  /** The precondition the code belongs to; null: any precondition. */
  preconditionId: string | null
  enabled: boolean
  builtin: boolean
}

export interface Settings {
  providerName: string
  preconditions: PreconditionDef[]
  reasonCodes: ReasonCodeDef[]
  /** Age from which Toekomstplan 18+ applies (below it: n.v.t.). */
  futurePlanAge: number
  /** A youth not reviewed for more days than this is "verouderd". */
  reviewCadenceDays: number
  /** Length of a reporting period in weeks. */
  reportPeriodWeeks: number
  /** First day of the first reporting period. */
  reportAnchorDate: IsoDate
  /** Locations used before, offered in the youth form. */
  locations: string[]
  /** The Gemeente-overzicht: own gemeente or jeugdregio, ronde rhythm, tariffs. */
  municipal: MunicipalSettings
  /** The board's provider key (UUID): `provider.id` in its uitwisselbestanden. */
  providerId?: string
}

/** Which youths a report covers: one gemeente (CBS code), one jeugdregio, or all. */
export type ReportScope =
  { kind: 'all' } | { kind: 'gemeente'; code: string } | { kind: 'regio'; name: string }

export interface RondeSettings {
  /** A ronde date; the others lie every `rondeWeeks` weeks before and after it. */
  rondeAnchorDate: IsoDate
  rondeWeeks: number
  /** A ronde takes per provider the latest file with a peildatum in this many weeks before it. */
  rondeWindowWeeks: number
}

/** Euro per day per verblijfsvorm; an empty record shows no money. */
export type DailyTariffs = Partial<Record<LivingArrangement, number>>

/** The municipal part of Instellingen. */
export interface MunicipalSettings extends RondeSettings {
  /** Own gemeente or jeugdregio: the selection the overview opens with. */
  municipalScope: ReportScope
  dailyTariffs: DailyTariffs
  hideProviderScreens: boolean
}

export type AuditKind =
  'assessment' | 'youth' | 'outflow' | 'settings' | 'review' | 'municipal' | 'agreement'

/** One append-only line of the change history: who changed what, old → new. */
export interface AuditEntry {
  id?: number
  at: IsoTimestamp
  actor: string
  kind: AuditKind
  youthId: string | null
  preconditionId: string | null
  before: unknown
  after: unknown
  /**
   * The version of the record this line changed from (0: it did not exist yet, or predates
   * versions). Absent on lines about the data as a whole and on lines from before versions.
   */
  fromVersion?: number
  /** The same on every laptop (db/sync/audit-uids.ts); `id` is only this browser's order. */
  uid?: string
}

/** Which placed youths a review walks through. */
export type ReviewScope =
  { kind: 'all' } | { kind: 'location'; value: string } | { kind: 'municipality'; value: string }

export interface ReviewTotals {
  /** Youths per totaalstatus at closing. */
  total: Record<TotalStatus, number>
  /** Youths rood per precondition id at closing. */
  redPerPrecondition: Record<string, number>
}

/** A monthly doorstroombespreking: stored when started, so it can be paused and resumed. */
export interface Review {
  id: string
  date: IsoDate
  participants: string[]
  scope: ReviewScope
  /**
   * Youths in scope when the review started, in walk order. Emptied at closing — the snapshot
   * keeps them — so closed reviews stay small records that the board's trend reads quickly.
   */
  youthIds: string[]
  status: 'open' | 'closed'
  /** Index into `youthIds` of the youth on screen, so a resumed review continues there. */
  position: number
  startedAt: IsoTimestamp
  startedBy: string
  closedAt: IsoTimestamp | null
  closedBy?: string // who closed it, for a laptop still in it (absent: closed before team sync)
  /** Counts at closing, for the trend on the board; null while open. */
  totals: ReviewTotals | null
  syncConflicts?: FieldConflict[]
}

/** One youth within one review. */
export interface ReviewItem {
  reviewId: string
  youthId: string
  discussedAt: IsoTimestamp | null
  discussedBy: string
  /** Precondition ids (and 'youth' for perspectief/uitstroomdatum) changed during this review. */
  changed: string[]
  syncConflicts?: FieldConflict[]
}

/** The assessments of all youths of one precondition, column-wise (parallel to `youthIds`). */
export interface SnapshotColumn {
  status: Status[]
  /** Knelpuntcodes joined by a space. */
  reasonCodes: string[]
  owner: (Owner | null)[]
  dueDate: (IsoDate | null)[]
}

/**
 * The immutable record of every assessment as of a closed review. Stored column-wise in one
 * record: reading 50,000 youths' statuses is then one fast read instead of 150,000.
 * Free text (toelichting, actie) is deliberately not copied; the audit log holds it.
 */
export interface ReviewSnapshot {
  reviewId: string
  date: IsoDate
  closedAt: IsoTimestamp
  youthIds: string[]
  /** Parallel to `youthIds`: was the youth discussed (marked besproken) in this review. */
  discussed: boolean[]
  /** Per precondition id enabled at closing. */
  columns: Record<string, SnapshotColumn>
}

/** The provider's own words for one report period and scope (section Signalen). */
export interface ReportNote {
  /** `${periodEnd}|${scopeKey}` */
  id: string
  text: string
  updatedAt: IsoTimestamp
  updatedBy: string
  syncConflicts?: FieldConflict[]
}
