import { parseAssessmentInput } from '../assessment-input'
import { ageOn } from '../dates'
import { passesBsnElfproef } from '../bsn'
import { MUNICIPALITIES, municipalityByCode } from '../municipalities'
import { enabledPreconditions, PRECONDITION_IDS } from '../preconditions'
import { reasonCodesFor } from '../reason-codes'
import { validateSettings } from '../settings-input'
import { parseYouthInput, youthToInput } from '../youth-input'
import { generateSampleDataset, type SampleOptions } from './generate'

const TODAY = '2026-11-23'
const OPTIONS: SampleOptions = { seed: 7, youthCount: 300, today: TODAY, months: 12 }
const dataset = generateSampleDataset(OPTIONS)

describe('generateSampleDataset', () => {
  it('gives the identical dataset for the same seed', () => {
    expect(generateSampleDataset(OPTIONS)).toEqual(dataset)
  })

  it('gives a different dataset for a different seed', () => {
    const other = generateSampleDataset({ ...OPTIONS, seed: 8 })
    expect(other.youths.map((y) => y.birthDate)).not.toEqual(dataset.youths.map((y) => y.birthDate))
    expect(other.assessments).not.toEqual(dataset.assessments)
  })

  it('makes the requested number of youths, each with a unique id and cliëntnummer', () => {
    expect(dataset.youths).toHaveLength(300)
    expect(new Set(dataset.youths.map((y) => y.id)).size).toBe(300)
    expect(new Set(dataset.youths.map((y) => y.clientRef)).size).toBe(300)
  })

  it('never uses a cliëntnummer that could be a BSN', () => {
    const big = generateSampleDataset({ ...OPTIONS, youthCount: 3000, months: 1 })
    for (const youth of big.youths) expect(passesBsnElfproef(youth.clientRef)).toBe(false)
  })

  it.each([
    [7, TODAY],
    [8, TODAY],
    [2024, '2028-02-29'],
    [99, '2027-01-01'],
  ])(
    'only makes youths that the youth form accepts on the day of generation (seed %d, %s)',
    (seed, today) => {
      const { youths } = generateSampleDataset({ ...OPTIONS, seed, today })
      const rejected = youths.flatMap((youth) => {
        const result = parseYouthInput(youthToInput(youth), today)
        return result.ok ? [] : [{ id: youth.id, errors: result.errors }]
      })
      expect(rejected).toEqual([])
    },
  )

  it('makes only youths aged 12 to 17, placed and entered no later than today', () => {
    for (const youth of dataset.youths) {
      const age = ageOn(youth.birthDate, TODAY)
      expect(age).toBeGreaterThanOrEqual(12)
      expect(age).toBeLessThanOrEqual(17)
      expect(youth.placementDate < TODAY).toBe(true)
      expect(youth.createdAt.slice(0, 10) <= TODAY).toBe(true)
    }
  })

  it('lets about one in ten youths leave care in recent months, after their placement', () => {
    const left = dataset.youths.filter((y) => y.outflow)
    expect(left.length).toBeGreaterThan(0)
    expect(left.length).toBeLessThan(dataset.youths.length / 4)
    for (const youth of left) {
      expect(youth.outflow && youth.outflow.date > youth.placementDate).toBe(true)
      expect(youth.outflow && youth.outflow.date < TODAY).toBe(true)
    }
  })

  it('produces settings that the settings screen accepts', () => {
    expect(validateSettings(dataset.settings)).toEqual({})
    expect(dataset.settings.providerName).not.toBe('')
    expect(dataset.settings.locations.length).toBeGreaterThan(0)
  })

  describe('assessments', () => {
    const enabled = enabledPreconditions(dataset.settings).map((p) => p.id)
    const youthsById = new Map(dataset.youths.map((y) => [y.id, y]))

    it('assesses only enabled preconditions of youths in the dataset', () => {
      for (const a of dataset.assessments) {
        expect(enabled).toContain(a.preconditionId)
        expect(youthsById.has(a.youthId)).toBe(true)
      }
    })

    it('has at most one current assessment per youth and precondition', () => {
      const keys = dataset.assessments.map((a) => `${a.youthId}/${a.preconditionId}`)
      expect(new Set(keys).size).toBe(keys.length)
    })

    it('uses only knelpuntcodes offered for that precondition', () => {
      for (const a of dataset.assessments) {
        const offered = reasonCodesFor(a.preconditionId, dataset.settings.reasonCodes).map(
          (c) => c.code,
        )
        for (const code of a.reasonCodes) expect(offered).toContain(code)
      }
    })

    it('only stores assessments that the assessment form accepts, never onbekend', () => {
      for (const a of dataset.assessments) {
        expect(parseAssessmentInput(a).ok).toBe(true)
        expect(a.status).not.toBe('onbekend')
      }
    })

    it('assesses Toekomstplan 18+ only for youths of the configured age or older', () => {
      const plans = dataset.assessments.filter(
        (a) => a.preconditionId === PRECONDITION_IDS.futurePlan,
      )
      expect(plans.length).toBeGreaterThan(0)
      for (const a of plans) {
        const youth = youthsById.get(a.youthId)
        expect(youth && ageOn(youth.birthDate, TODAY)).toBeGreaterThanOrEqual(
          dataset.settings.futurePlanAge,
        )
      }
    })

    it('gives open (rood/oranje) assessments a knelpunt, an action and an eigenaar', () => {
      const open = dataset.assessments.filter((a) => a.status === 'rood' || a.status === 'oranje')
      expect(open.length).toBeGreaterThan(0)
      for (const a of open) {
        expect(a.reasonCodes.length).toBeGreaterThan(0)
        expect(a.action).not.toBe('')
        expect(a.owner).not.toBeNull()
      }
    })
  })

  describe('history', () => {
    it('simulates one monthly review per requested month, all before today', () => {
      // 12 months before 23 November 2026 is 23 November 2025; the last review is 23 October 2026.
      expect(dataset.reviewDates).toHaveLength(12)
      expect(dataset.reviewDates[0]).toBe('2025-11-23')
      expect(dataset.reviewDates.at(-1)).toBe('2026-10-23')
      expect([...dataset.reviewDates].sort()).toEqual(dataset.reviewDates)
    })

    it('has no statuses in reviews before a youth was placed, and statuses from then on', () => {
      const youthsById = new Map(dataset.youths.map((y) => [y.id, y]))
      for (const timeline of dataset.timelines) {
        const youth = youthsById.get(timeline.youthId)
        expect(youth).toBeDefined()
        timeline.statuses.forEach((statuses, i) => {
          const date = dataset.reviewDates[i] ?? ''
          expect(statuses === null).toBe(youth !== undefined && date < youth.placementDate)
        })
      }
    })
  })

  describe('municipalities', () => {
    it('keeps a regional provider within a handful of real municipalities', () => {
      const codes = new Set(dataset.youths.map((y) => y.municipalityCode))
      expect(codes.size).toBeLessThanOrEqual(10)
      for (const code of codes) expect(municipalityByCode(code)).toBeDefined()
    })

    it('fills in the jeugdregio of each youth from the municipality list', () => {
      for (const youth of dataset.youths)
        expect(youth.jeugdregio).toBe(municipalityByCode(youth.municipalityCode)?.jeugdregio)
    })

    it('spreads youths over many municipalities across the country when asked', () => {
      const nationwide = generateSampleDataset({ ...OPTIONS, youthCount: 1000, nationwide: true })
      const codes = new Set(nationwide.youths.map((y) => y.municipalityCode))
      // 1000 uniform picks from 342 municipalities reach about 342·(1 − e^(−1000/342)) ≈ 324.
      expect(codes.size).toBeGreaterThan(250)
      expect(codes.size).toBeLessThanOrEqual(MUNICIPALITIES.length)
      const regions = new Set(nationwide.youths.map((y) => y.jeugdregio))
      expect(regions.size).toBeGreaterThan(30)
    })
  })
})
