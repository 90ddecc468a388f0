import type { ReceivedAgreement } from '../../domain/agreements/received'
import { formatDutchDate } from '../../domain/dates'
import { useOpenAgreementIndex } from '../../hooks/use-received-agreements'
import { useT } from '../../i18n'

/**
 * In the bespreking, beside a youth: the open afspraken with gemeenten that name this youth or
 * one of the knelpuntcodes it has now, with their streefdatum (issue 22 item 3).
 */
export function ReviewAgreements({
  clientRef,
  reasonCodes,
}: {
  clientRef: string
  reasonCodes: readonly string[]
}) {
  const t = useT()
  const g = t.agreements
  const { byClientRef, byReasonCode } = useOpenAgreementIndex()
  const found = new Map<string, ReceivedAgreement>()
  for (const r of byClientRef.get(clientRef) ?? []) found.set(r.id, r)
  for (const code of reasonCodes) for (const r of byReasonCode.get(code) ?? []) found.set(r.id, r)
  if (found.size === 0) return null
  return (
    <aside className="notice-inline review-agreements" aria-labelledby="review-agreements-title">
      <h3 id="review-agreements-title" className="review-agreements__title">
        {g.reviewTitle}
      </h3>
      <ul>
        {[...found.values()].map((r) => (
          <li key={r.id}>
            {r.agreement.text}
            {r.agreement.reasonCode && ` (${r.agreement.reasonCode})`}
            {' — '}
            {r.issuerName}
            {r.agreement.dueDate && `, ${g.dueOn(formatDutchDate(r.agreement.dueDate))}`}
          </li>
        ))}
      </ul>
    </aside>
  )
}
