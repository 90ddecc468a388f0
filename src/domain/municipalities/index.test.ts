import {
  allJeugdregios,
  findMunicipality,
  jeugdregioOf,
  municipalityByCode,
  municipalityName,
  MUNICIPALITIES,
  MUNICIPALITIES_YEAR,
  normaliseName,
  regionOfYouth,
} from './index'

describe('the shipped municipality list', () => {
  it('holds the 342 municipalities of 2026', () => {
    expect(MUNICIPALITIES_YEAR).toBe(2026)
    expect(MUNICIPALITIES).toHaveLength(342)
  })

  it('gives every municipality a unique CBS code of the form GM plus four digits', () => {
    const codes = MUNICIPALITIES.map((m) => m.code)
    for (const code of codes) expect(code).toMatch(/^GM\d{4}$/)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('lets every name and alias point to exactly one municipality', () => {
    const owner = new Map<string, string>()
    const clashes: string[] = []
    for (const m of MUNICIPALITIES) {
      for (const name of [m.name, ...(m.aliases ?? [])]) {
        const key = normaliseName(name)
        const previous = owner.get(key)
        if (previous !== undefined && previous !== m.code) clashes.push(name)
        owner.set(key, m.code)
      }
    }
    expect(clashes).toEqual([])
  })

  it('finds every municipality back by its own name and by its code', () => {
    for (const m of MUNICIPALITIES) {
      expect(findMunicipality(m.name)?.code).toBe(m.code)
      expect(findMunicipality(m.code)?.code).toBe(m.code)
    }
  })

  it('spreads the municipalities over the 42 jeugdregio’s', () => {
    expect(MUNICIPALITIES.every((m) => m.jeugdregio)).toBe(true)
    expect(allJeugdregios()).toHaveLength(42)
  })
})

describe('findMunicipality', () => {
  it.each(['GM0518', 'gm0518', '0518', '518', ' GM0518 ', 'GM 518'])(
    'finds ’s-Gravenhage by the code %j',
    (input) => {
      expect(findMunicipality(input)?.name).toBe("'s-Gravenhage")
    },
  )

  it.each([
    ['Den Haag', 'GM0518'],
    ['den haag', 'GM0518'],
    ["'s-Gravenhage", 'GM0518'],
    ['s Gravenhage', 'GM0518'],
    ['Den Bosch', 'GM0796'],
    ["'s-Hertogenbosch", 'GM0796'],
    ['UTRECHT', 'GM0344'],
    ['Súdwest-Fryslân', 'GM1900'],
    ['sudwest fryslan', 'GM1900'],
    ['Bergen (NH.)', 'GM0373'],
    ['Bergen NH', 'GM0373'],
    ['Bergen (L.)', 'GM0893'],
    ['Alphen a/d Rijn', 'GM0484'],
    ['  Zoetermeer  ', 'GM0637'],
  ])('finds %j as %s, ignoring case, diacritics and punctuation', (input, code) => {
    expect(findMunicipality(input)?.code).toBe(code)
  })

  it.each(['Atlantis', 'Bergen', '', '   ', 'GM9999', '9999', '12345', 'GM05181'])(
    'finds nothing for %j',
    (input) => {
      expect(findMunicipality(input)).toBeUndefined()
    },
  )
})

describe('normaliseName', () => {
  it('lower-cases and drops diacritics, quotes and brackets', () => {
    expect(normaliseName("'s-Gravenhage")).toBe('s gravenhage')
    expect(normaliseName('Súdwest-Fryslân')).toBe('sudwest fryslan')
    expect(normaliseName('Bergen (NH.)')).toBe('bergen nh')
  })
})

describe('lookups by code', () => {
  it('looks up only the exact CBS code', () => {
    expect(municipalityByCode('GM0518')?.name).toBe("'s-Gravenhage")
    expect(municipalityByCode('0518')).toBeUndefined()
  })

  it('shows the name of a municipality, or the code itself when unknown', () => {
    expect(municipalityName('GM0344')).toBe('Utrecht')
    expect(municipalityName('GM9999')).toBe('GM9999')
  })

  it('knows the jeugdregio of a municipality', () => {
    expect(jeugdregioOf('GM0518')).toBe('Haaglanden')
    expect(jeugdregioOf('GM9999')).toBeUndefined()
  })

  it('takes the jeugdregio of a youth from the list, and the chosen one only when unknown', () => {
    expect(regionOfYouth({ municipalityCode: 'GM0518', jeugdregio: 'Rijnmond' })).toBe('Haaglanden')
    expect(regionOfYouth({ municipalityCode: 'GM9999', jeugdregio: 'Rijnmond' })).toBe('Rijnmond')
  })

  it('lists the jeugdregio’s sorted and without duplicates', () => {
    const regions = allJeugdregios()
    expect(new Set(regions).size).toBe(regions.length)
    expect(regions).toEqual([...regions].sort((a, b) => a.localeCompare(b, 'nl')))
    expect(regions).toContain('Haaglanden')
  })
})
