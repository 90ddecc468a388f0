import {
  addDays,
  differenceInCalendarDays,
  differenceInYears,
  lightFormat,
  parseISO,
} from 'date-fns'
import {
  addDaysIso,
  addMonthsIso,
  ageOn,
  daysBetween,
  eighteenthBirthday,
  formatDutchDate,
  isIsoDate,
  lengthOfStayDays,
  parseIsoDate,
  todayIso,
  toIsoDate,
  turns18Within,
} from './dates'

describe('parseIsoDate', () => {
  it.each(['2025-02-30', '2025-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00'])(
    'rejects %s because that day does not exist',
    (value) => {
      expect(parseIsoDate(value)).toBeNull()
      expect(isIsoDate(value)).toBe(false)
    },
  )

  it.each([
    '05-01-2025',
    '2025-1-5',
    '2025/01/05',
    '20250105',
    '2025-01-05T10:00',
    ' 2025-01-05',
    '',
  ])('rejects %j because it is not written as YYYY-MM-DD', (value) => {
    expect(parseIsoDate(value)).toBeNull()
  })

  it('accepts 29 February in a leap year as that calendar day', () => {
    const date = parseIsoDate('2024-02-29')
    expect(date).not.toBeNull()
    expect([date?.getFullYear(), date?.getMonth(), date?.getDate()]).toEqual([2024, 1, 29])
  })

  it('gives local midnight of that day, as date-fns parseISO does, for every day of two centuries', () => {
    const differ: string[] = []
    for (let day = new Date(1900, 0, 1); day.getFullYear() < 2100; day.setDate(day.getDate() + 1)) {
      const iso = lightFormat(day, 'yyyy-MM-dd')
      if (parseIsoDate(iso)?.getTime() !== parseISO(iso).getTime()) differ.push(iso)
    }
    expect(differ).toEqual([])
    expect(parseIsoDate('0050-06-01')?.getFullYear()).toBe(50)
  })

  it('formats, counts days and ages exactly as date-fns does (leap days and DST included)', () => {
    const days: string[] = []
    for (
      let day = new Date(1999, 11, 20);
      day.getFullYear() < 2031;
      day.setDate(day.getDate() + 13)
    )
      days.push(lightFormat(day, 'yyyy-MM-dd'))
    days.push('2000-02-29', '2024-02-29', '2023-03-01', '2025-03-30', '2025-10-26', '2026-02-28')
    const differ: string[] = []
    for (const a of days) {
      const date = parseISO(a)
      if (toIsoDate(date) !== lightFormat(date, 'yyyy-MM-dd')) differ.push(`format ${a}`)
      for (const n of [-400, -35, -1, 0, 1, 35, 183, 366])
        if (addDaysIso(a, n) !== lightFormat(addDays(date, n), 'yyyy-MM-dd'))
          differ.push(`add ${a} ${n}`)
      for (const b of days.filter((_, i) => i % 10 === 0 || i >= days.length - 6)) {
        if (daysBetween(a, b) !== differenceInCalendarDays(parseISO(b), parseISO(a)))
          differ.push(`days ${a} ${b}`)
        if (ageOn(a, b) !== differenceInYears(parseISO(b), parseISO(a)))
          differ.push(`age ${a} ${b}`)
      }
    }
    expect(differ).toEqual([])
  })

  it('follows the century rule: 2000 was a leap year, 1900 was not', () => {
    expect(isIsoDate('2000-02-29')).toBe(true)
    expect(isIsoDate('1900-02-29')).toBe(false)
  })

  it('reads the date as a local calendar day, so it prints back unchanged', () => {
    for (const value of ['2026-01-01', '2026-03-29', '2026-10-25', '2026-12-31']) {
      const date = parseIsoDate(value)
      expect(date && toIsoDate(date)).toBe(value)
    }
  })
})

describe('toIsoDate and todayIso', () => {
  it('writes a date as YYYY-MM-DD with leading zeros', () => {
    expect(toIsoDate(new Date(2026, 0, 5))).toBe('2026-01-05')
  })

  it('takes today from the local calendar day of the given moment, also late in the evening', () => {
    expect(todayIso(new Date(2026, 10, 23, 23, 59))).toBe('2026-11-23')
  })
})

describe('ageOn', () => {
  it('counts whole years: one day before the birthday the youth is still a year younger', () => {
    expect(ageOn('2010-06-15', '2026-06-14')).toBe(15)
  })

  it('adds the year on the birthday itself', () => {
    expect(ageOn('2010-06-15', '2026-06-15')).toBe(16)
    expect(ageOn('2010-06-15', '2026-06-16')).toBe(16)
  })

  it('makes a youth born on 29 February a year older on 1 March in a non-leap year', () => {
    // Dutch legal practice: a "schrikkelkind" gets a year older on 1 March, not on 28 February.
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17)
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18)
  })

  it('makes a youth born on 29 February a year older on 29 February in a leap year', () => {
    expect(ageOn('2008-02-29', '2024-02-28')).toBe(15)
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16)
  })

  it('refuses to compute an age from a date that does not exist', () => {
    expect(() => ageOn('2010-02-30', '2026-01-01')).toThrow(RangeError)
  })
})

describe('eighteenthBirthday', () => {
  it('is the same calendar day eighteen years after birth', () => {
    expect(eighteenthBirthday('2008-11-23')).toBe('2026-11-23')
  })

  it('puts the 18th birthday of someone born on 29 February on 1 March in a common year', () => {
    expect(eighteenthBirthday('2008-02-29')).toBe('2026-03-01')
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17)
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18)
    expect(eighteenthBirthday('2004-02-29')).toBe('2022-03-01')
  })

  it('agrees with ageOn: 17 the day before, 18 on the day itself', () => {
    const birthday = eighteenthBirthday('2009-07-01')
    expect(birthday).toBe('2027-07-01')
    expect(ageOn('2009-07-01', addDaysIso(birthday, -1))).toBe(17)
    expect(ageOn('2009-07-01', birthday)).toBe(18)
  })
})

describe('turns18Within', () => {
  // Six months after 20 May 2026 is 20 November 2026.
  const on = '2026-05-20'

  it('includes a youth who turns 18 exactly six months from now', () => {
    expect(turns18Within('2008-11-20', on, 6)).toBe(true)
  })

  it('excludes a youth who turns 18 one day after the six months', () => {
    expect(turns18Within('2008-11-21', on, 6)).toBe(false)
  })

  it('includes a youth who turns 18 tomorrow', () => {
    expect(turns18Within('2008-05-21', on, 6)).toBe(true)
  })

  it('excludes a youth who turns 18 today: that youth is already 18', () => {
    expect(turns18Within('2008-05-20', on, 6)).toBe(false)
  })

  it('excludes a youth who is long past 18', () => {
    expect(turns18Within('2005-01-01', on, 6)).toBe(false)
  })

  it('excludes a young child whose 18th birthday is years away', () => {
    expect(turns18Within('2014-01-01', on, 6)).toBe(false)
  })

  it('honours the window length it is given', () => {
    // 18 on 20 March 2027: ten months after `on`, so within 12 months but not within 6.
    expect(turns18Within('2009-03-20', on, 6)).toBe(false)
    expect(turns18Within('2009-03-20', on, 12)).toBe(true)
  })

  it('ends a window that starts on 31 August on the last day of February', () => {
    // There is no 31 February: six months after 31 August 2025 is 28 February 2026.
    expect(turns18Within('2008-02-28', '2025-08-31', 6)).toBe(true)
    expect(turns18Within('2008-03-01', '2025-08-31', 6)).toBe(false)
  })
})

describe('addMonthsIso and addDaysIso', () => {
  it('moves to the last day of a shorter month instead of overflowing', () => {
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29')
  })

  it('goes back in time with negative numbers', () => {
    expect(addMonthsIso('2026-03-15', -3)).toBe('2025-12-15')
    expect(addDaysIso('2026-01-01', -1)).toBe('2025-12-31')
  })

  it('crosses the end of the year and leap days', () => {
    expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDaysIso('2025-02-28', 1)).toBe('2025-03-01')
  })
})

describe('daysBetween', () => {
  it('counts calendar days, negative when the second date is earlier', () => {
    expect(daysBetween('2026-01-01', '2026-02-01')).toBe(31)
    expect(daysBetween('2026-02-01', '2026-01-01')).toBe(-31)
    expect(daysBetween('2026-05-05', '2026-05-05')).toBe(0)
  })

  it('counts a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1)
  })

  it('counts whole days across the switch to and from summer time', () => {
    // 29 March and 25 October 2026 are the Dutch DST switches.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2)
  })
})

describe('lengthOfStayDays', () => {
  it('is 0 on the day of placement', () => {
    expect(lengthOfStayDays('2026-11-23', '2026-11-23')).toBe(0)
  })

  it('counts the days since placement', () => {
    // 1 Jan → 1 Nov 2026: 31+28+31+30+31+30+31+31+30+31 = 304 days, then 22 more to 23 Nov.
    expect(lengthOfStayDays('2026-01-01', '2026-11-23')).toBe(326)
  })

  it('is never negative, even for a placement date after the given day', () => {
    expect(lengthOfStayDays('2026-12-01', '2026-11-23')).toBe(0)
  })
})

describe('formatDutchDate', () => {
  it('writes dates the Dutch way: dd-mm-jjjj', () => {
    expect(formatDutchDate('2026-03-05')).toBe('05-03-2026')
    expect(formatDutchDate('2024-02-29')).toBe('29-02-2024')
  })

  it('shows nothing for a missing or impossible date', () => {
    expect(formatDutchDate(null)).toBe('')
    expect(formatDutchDate('')).toBe('')
    expect(formatDutchDate('2026-02-30')).toBe('')
  })
})
