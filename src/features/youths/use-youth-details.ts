import { useLiveQuery } from 'dexie-react-hooks'
import { assessmentsOfYouth } from '../../db/assessments-repo'
import { auditForYouth } from '../../db/audit-repo'
import { closedSnapshots } from '../../db/review-repo'
import { getYouth } from '../../db/youths-repo'

/** One youth with its assessments, change history and the reviews it was in, live. Null when it does not exist. */
export function useYouthDetails(youthId: string) {
  return useLiveQuery(async () => {
    const youth = await getYouth(youthId)
    if (!youth) return null
    const [assessments, audit, snapshots] = await Promise.all([
      assessmentsOfYouth(youthId),
      auditForYouth(youthId),
      closedSnapshots(),
    ])
    return {
      youth,
      assessments: new Map(assessments.map((a) => [a.preconditionId, a])),
      audit,
      snapshots: snapshots.filter((s) => s.youthIds.includes(youthId)),
    }
  }, [youthId])
}
