import { municipalityName } from '../municipalities'
import type { Agreement, MunicipalSettings } from '../municipal/types'
import type { IsoDate, IsoTimestamp } from '../types'
import { asStoodAt } from './history'
import {
  AGREEMENTS_FORMAT,
  AGREEMENTS_VERSION,
  type AgreementIssuer,
  type AgreementsFile,
  type FileAgreement,
} from './agreements-schema'

/**
 * Who sends afspraken: the eigen gemeente or jeugdregio of Instellingen. "Alle gemeenten" is no
 * party to an afspraak, so it gives null (the screen asks to set one first).
 */
export function issuerOf(scope: MunicipalSettings['municipalScope']): AgreementIssuer | null {
  if (scope.kind === 'gemeente') {
    return { kind: 'gemeente', code: scope.code, name: municipalityName(scope.code) }
  }
  if (scope.kind === 'regio') return { kind: 'regio', name: scope.name }
  return null
}

/** `gemeente:GM0518` or `regio:<name>`, as `scopeKey`: which gemeente a file comes from. */
export function issuerKey(issuer: AgreementIssuer): string {
  return issuer.kind === 'gemeente' ? `gemeente:${issuer.code}` : `regio:${issuer.name}`
}

/** An afspraak as the file carries it. */
export function fileAgreementOf(a: Agreement): FileAgreement {
  return {
    id: a.id,
    madeInRonde: a.rondeDate,
    text: a.text,
    owner: a.owner,
    dueDate: a.dueDate,
    reasonCode: a.reasonCode,
    clientRefs: a.clientRefs,
    kind: a.kind,
    status: a.status,
    closedInRonde: a.closedRonde,
    response: a.response,
    history: a.history,
  }
}

export interface AgreementsFileInput {
  /** The afspraken with this provider (current records; others are left out here). */
  agreements: readonly Agreement[]
  providerKey: string
  provider: { name: string; id: string | null }
  issuer: AgreementIssuer
  ronde: IsoDate
  createdAt: IsoTimestamp
}

/**
 * Afsprakenbestand for one provider and ronde R: every afspraak with it made in a ronde ≤ R,
 * as it stood at R, with its history up to R. A complete state, not a delta, so a provider that
 * skipped a file is right again with the next one.
 */
export function buildAgreementsFile(input: AgreementsFileInput): AgreementsFile {
  const agreements = input.agreements
    .filter((a) => a.providerKey === input.providerKey)
    .map((a) => asStoodAt(a, input.ronde))
    .filter((a): a is Agreement => a !== null)
    .sort(
      (x, y) => x.rondeDate.localeCompare(y.rondeDate) || x.createdAt.localeCompare(y.createdAt),
    )
    .map(fileAgreementOf)
  return {
    format: AGREEMENTS_FORMAT,
    version: AGREEMENTS_VERSION,
    createdAt: input.createdAt,
    issuer: input.issuer,
    ronde: input.ronde,
    provider: input.provider,
    agreements,
  }
}

/** A name made safe for a file name: letters, digits, space, `-`, `_` and `'` only. */
export function fileNamePart(name: string): string {
  return name.replace(/[^\p{L}\p{N} _'-]/gu, '-').trim() || '-'
}

/**
 * `Afspraken_<gemeente of regio>_<aanbieder>_ronde-<jjjj-mm-dd>.json`; `words` name the file
 * in the user's language (English: `Agreements_…_round-…`).
 */
export function agreementsFileName(
  file: AgreementsFile,
  words: { prefix: string; ronde: string } = { prefix: 'Afspraken', ronde: 'ronde' },
): string {
  return `${words.prefix}_${fileNamePart(file.issuer.name)}_${fileNamePart(file.provider.name)}_${words.ronde}-${file.ronde}.json`
}

/**
 * Each provider's key (`provider.id`) from its newest loaded file that carries one (version 2);
 * a provider with only version 1 files has none, and its afsprakenbestand says `null`.
 */
export function providerIdsOf(
  files: readonly { providerKey: string; peildatum: IsoDate; file: { provider: object } }[],
): Map<string, string> {
  const newest = new Map<string, { peildatum: IsoDate; id: string }>()
  for (const f of files) {
    const id = (f.file.provider as { id?: unknown }).id
    if (typeof id !== 'string') continue
    const known = newest.get(f.providerKey)
    if (!known || f.peildatum > known.peildatum)
      newest.set(f.providerKey, { peildatum: f.peildatum, id })
  }
  return new Map([...newest].map(([key, v]) => [key, v.id]))
}
