import type { AgreementsFile } from '../../src/domain/agreements/agreements-schema'
import { buildAgreementsFile } from '../../src/domain/agreements/build-agreements-file'
import { withEvent } from '../../src/domain/agreements/history'
import { closeAgreement } from '../../src/domain/municipal/agreements'
import type { Agreement } from '../../src/domain/municipal/types'

export const ISSUER = { kind: 'gemeente', code: 'GM0518', name: "'s-Gravenhage" } as const

/** A gemeente's afspraak n with Stichting De Linde, made in `ronde`. */
export function gemeenteAgreement(n: number, overrides: Partial<Agreement> = {}): Agreement {
  const a: Agreement = {
    id: `0000000${n}-0000-4000-8000-00000000000${n}`,
    providerKey: 'stichting de linde',
    providerName: 'Stichting De Linde',
    rondeDate: '2026-10-25',
    reasonCode: 'WON-2',
    clientRefs: [`K-${n}`],
    text: `Afspraak ${n}`,
    owner: 'aanbieder',
    dueDate: '2026-11-30',
    kind: null,
    response: null,
    status: 'open',
    closedRonde: null,
    history: [],
    sentAt: null,
    createdAt: '2026-10-26T10:00:00.000Z',
    updatedAt: '2026-10-26T10:00:00.000Z',
    version: 1,
    ...overrides,
  }
  return withEvent(a, { event: 'gemaakt', ronde: a.rondeDate, at: a.createdAt, by: 'A. de Vries' })
}

/** The afsprakenbestand of `agreements` for De Linde in `ronde`. */
export function agreementsFile(
  agreements: readonly Agreement[],
  ronde = '2026-10-25',
  createdAt = '2026-10-27T09:00:00.000Z',
  provider: { name: string; id: string | null } = { name: 'Stichting De Linde', id: null },
): AgreementsFile {
  return buildAgreementsFile({
    agreements,
    providerKey: 'stichting de linde',
    provider,
    issuer: ISSUER,
    ronde,
    createdAt,
  })
}

export { closeAgreement }

/** The value, or a failed test saying what was missing (instead of a non-null assertion). */
export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected a ${what}`)
  return value
}
