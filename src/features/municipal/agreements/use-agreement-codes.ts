import { useMemo } from 'react'
import type { MunicipalOverview } from '../../../domain/municipal'
import { useT } from '../../../i18n'

/**
 * The knelpuntcodes an afspraak may name: the codes the providers use in this ronde and the
 * standard ones. The form suggests them and refuses any other new code.
 */
export function useAgreementCodes(overview: MunicipalOverview): string[] {
  const t = useT()
  return useMemo(
    () => [
      ...new Set([
        ...overview.figures.reasonCodes.map((c) => c.code),
        ...Object.keys(t.reasonCodes),
      ]),
    ],
    [overview.figures.reasonCodes, t.reasonCodes],
  )
}
