import { formatMoment, formatMomentDate, momentDate, momentParts } from './moments'

const AMSTERDAM = 'Europe/Amsterdam'

describe('showing stored UTC timestamps in the user’s time zone', () => {
  it('shows 21:10 UTC in winter as 22:10 in Amsterdam', () => {
    expect(formatMoment('2026-01-14T21:10:00.000Z', AMSTERDAM)).toBe('14-01-2026 22:10')
  })

  it('shows 20:10 UTC in summer as 22:10 in Amsterdam (daylight saving time)', () => {
    expect(formatMoment('2026-07-14T20:10:00.000Z', AMSTERDAM)).toBe('14-07-2026 22:10')
  })

  it('puts a change between midnight and 02:00 local time on the local day', () => {
    expect(formatMomentDate('2026-07-14T22:30:00.000Z', AMSTERDAM)).toBe('15-07-2026')
    expect(momentDate('2026-12-31T23:15:00.000Z', AMSTERDAM)).toBe('2027-01-01')
    expect(formatMoment('2026-12-31T23:15:00.000Z', AMSTERDAM, ' om ')).toBe('01-01-2027 om 00:15')
  })

  it('uses a 24-hour clock, also at midnight', () => {
    expect(momentParts('2026-03-01T23:00:00.000Z', AMSTERDAM)).toEqual({
      date: '2026-03-02',
      time: '00:00',
    })
  })

  it('follows the zone it is given, not UTC', () => {
    expect(formatMoment('2026-01-14T21:10:00.000Z', 'America/New_York')).toBe('14-01-2026 16:10')
    expect(formatMoment('2026-01-14T21:10:00.000Z', 'UTC')).toBe('14-01-2026 21:10')
  })

  it('shows something that is not a timestamp as it is', () => {
    expect(formatMoment('onbekend', AMSTERDAM)).toBe('onbekend')
  })
})
