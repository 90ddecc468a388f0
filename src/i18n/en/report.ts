import type { nlReport } from '../nl/report'

export const enReport: typeof nlReport = {
  title: 'Report',
}
