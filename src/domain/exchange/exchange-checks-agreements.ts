import type { ExchangeFileV2 } from './exchange-schema-v2'

/**
 * The provider's progress on afspraken (docs/exchange-v2-design.md §2.4, §6): each afspraak
 * once, a reason exactly when it did not work out, nothing dated after the file.
 */
export function agreementErrors(file: ExchangeFileV2): string[] {
  const errors: string[] = []
  const created = file.createdAt
  const ids = new Set<string>()
  file.agreements.forEach((a, i) => {
    const where = (field: string) => `Afspraak ${i + 1} (agreements[${i}].${field})`
    if (ids.has(a.agreementId)) errors.push(`${where('agreementId')} komt twee keer voor.`)
    ids.add(a.agreementId)
    if (a.fileCreatedAt > created) {
      errors.push(`${where('fileCreatedAt')} ligt na de datum waarop het bestand is gemaakt.`)
    }
    const latest = a.latest
    if (!latest) return
    if (latest.status === 'lukt-niet' && latest.reason === null) {
      errors.push(`${where('latest.reason')}: bij ‘lukt niet’ is een reden verplicht.`)
    }
    if (latest.status !== 'lukt-niet' && latest.reason !== null) {
      errors.push(`${where('latest.reason')}: een reden hoort alleen bij ‘lukt niet’.`)
    }
    if (latest.at > created) {
      errors.push(`${where('latest.at')} ligt na de datum waarop het bestand is gemaakt.`)
    }
  })
  return errors
}
