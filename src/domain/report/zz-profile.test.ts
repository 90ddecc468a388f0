import { assessmentsByYouth } from '../assessments-by-youth'
import { generateSampleDataset } from '../sample-data/generate'
import { sampleHistory } from '../sample-data/history'
import type { AuditEntry } from '../types'
import { buildReport } from './build-report'
import { afterPeildatum, defaultPeriod, previousPeriod, selectablePeriods } from './periods'
import { newestFirst, revertSince } from './point-in-time'
import { stateOnDate } from './youth-state'
import { keyFigures } from './key-figures'
import { stoplight } from './stoplight'
import { bottlenecks } from './bottlenecks'
import { eighteenPlus } from './eighteen-plus'
import { youthRows } from './youth-rows'

it('profile', async () => {
  const { Session } = await import('node:inspector/promises')
  const session = new Session()
  session.connect()
  const TODAY = '2026-11-23'
  const n = Number(process.env.N ?? 50000)
  const data = generateSampleDataset({ seed: 41000 + n, youthCount: n, today: TODAY, months: 12, nationwide: true })
  const history = sampleHistory(data)
  const settings = data.settings
  const period = defaultPeriod(selectablePeriods(settings, TODAY))
  const previous = previousPeriod(period, settings, TODAY)
  const since = afterPeildatum(previous.end)
  const entries = newestFirst(history.audit.map((a, i) => ({ ...a, id: i + 1 }) as AuditEntry).filter((a) => a.at >= since))
  const counts = new Map<string, number>()
  for (const y of history.youths) counts.set(y.municipalityCode, (counts.get(y.municipalityCode) ?? 0) + 1)
  const largest = [...counts].sort((a, b) => b[1] - a[1])[0]![0]
  console.log('entries since', since, entries.length, 'of', history.audit.length, 'period', period.end, previous.end)
  const current = { youths: new Map(history.youths.map((y) => [y.id, y])), assessments: assessmentsByYouth(data.assessments), settings }
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  for (let r = 0; r < 3; r++) buildReport({ current, history: entries, period, previous, scope: { kind: 'all' }, createdAt: 'x' })
  const { profile } = await session.post('Profiler.stop')
  const self = new Map<string, number>()
  const dt = new Map<number, number>()
  profile.timeDeltas!.forEach((d, i) => dt.set(profile.samples![i]!, (dt.get(profile.samples![i]!) ?? 0) + d))
  for (const node of profile.nodes) {
    const k = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').slice(-2).join('/')}:${node.callFrame.lineNumber}`
    self.set(k, (self.get(k) ?? 0) + (dt.get(node.id) ?? 0) / 1000)
  }
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(0).padStart(6)} ${k}`).join('\n'))
  for (const scope of [{ kind: 'all' } as const, { kind: 'gemeente', code: largest } as const]) {
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now()
      buildReport({ current, history: entries, period, previous, scope, createdAt: 'x' })
      const t1 = performance.now()
      const afterEnd = afterPeildatum(period.end)
      const atEnd = revertSince(current, entries, afterEnd)
      const t2 = performance.now()
      const atPrev = revertSince(atEnd, entries, afterPeildatum(previous.end))
      const t3 = performance.now()
      const onEnd = stateOnDate(atEnd, period.end, scope)
      const onPrev = stateOnDate(atPrev, previous.end, scope)
      const t4 = performance.now()
      keyFigures(atEnd, onEnd, onPrev, period, scope)
      const t5 = performance.now()
      stoplight(onEnd, onPrev)
      bottlenecks(onEnd, period.end)
      eighteenPlus(onEnd, period.end)
      const t6 = performance.now()
      youthRows(onEnd, onPrev, atEnd.settings)
      const t7 = performance.now()
      console.log(scope.kind, 'total', (t1 - t0).toFixed(0), 'revertEnd', (t2 - t1).toFixed(0), 'revertPrev', (t3 - t2).toFixed(0), 'states', (t4 - t3).toFixed(0), 'key', (t5 - t4).toFixed(0), 'stop/bott/18', (t6 - t5).toFixed(0), 'rows', (t7 - t6).toFixed(0))
    }
  }
}, 600000)
