import type { ReceivedAgreement } from './received'

/*
 * Kept apart from received.ts (reading and merging files): the board's first screen needs
 * only this, and the rest stays out of the first load.
 */

/** Open afspraken first, by streefdatum (none last), then by text. */
export function sortReceived(list: readonly ReceivedAgreement[]): ReceivedAgreement[] {
  return [...list].sort(
    (x, y) =>
      (x.agreement.status === 'open' ? 0 : 1) - (y.agreement.status === 'open' ? 0 : 1) ||
      (x.agreement.dueDate ?? '9999').localeCompare(y.agreement.dueDate ?? '9999') ||
      x.agreement.text.localeCompare(y.agreement.text),
  )
}

/** The open afspraken per cliëntnummer and per knelpuntcode, for the board and the bespreking. */
export function openAgreementIndex(list: readonly ReceivedAgreement[]): {
  byClientRef: Map<string, ReceivedAgreement[]>
  byReasonCode: Map<string, ReceivedAgreement[]>
} {
  const byClientRef = new Map<string, ReceivedAgreement[]>()
  const byReasonCode = new Map<string, ReceivedAgreement[]>()
  const add = (map: Map<string, ReceivedAgreement[]>, key: string, r: ReceivedAgreement) =>
    map.set(key, [...(map.get(key) ?? []), r])
  for (const r of sortReceived(list)) {
    if (r.agreement.status !== 'open') continue
    for (const ref of r.agreement.clientRefs) add(byClientRef, ref, r)
    if (r.agreement.reasonCode) add(byReasonCode, r.agreement.reasonCode, r)
  }
  return { byClientRef, byReasonCode }
}
