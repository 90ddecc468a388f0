import { useLiveQuery } from 'dexie-react-hooks'
import { assessmentsOfYouth } from '../../db/assessments-repo'
import { auditForYouth } from '../../db/audit-repo'
import { getYouth } from '../../db/youths-repo'

/** One youth with its assessments and change history, live. Null when it does not exist. */
export function useYouthDetails(youthId: string) {
  return useLiveQuery(async () => {
    const youth = await getYouth(youthId)
    if (!youth) return null
    const [assessments, audit] = await Promise.all([
      assessmentsOfYouth(youthId),
      auditForYouth(youthId),
    ])
    return { youth, assessments: new Map(assessments.map((a) => [a.preconditionId, a])), audit }
  }, [youthId])
}
