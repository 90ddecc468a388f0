import { applyTint, colourName, hueStatus, isBackground, themeColour } from './cell-colour'

/** Channels within 2 of each other: Office rounds on a 0–255 scale of its own. */
const near = (actual: string | null, expected: string) => {
  expect(actual).not.toBeNull()
  for (const at of [0, 2, 4]) {
    const a = parseInt((actual ?? '').slice(at, at + 2), 16)
    const e = parseInt(expected.slice(at, at + 2), 16)
    expect(Math.abs(a - e)).toBeLessThanOrEqual(2)
  }
}

describe('the status a colour says by its hue', () => {
  it.each([
    ['FF0000', 'rood'],
    ['C00000', 'rood'],
    ['FFC7CE', 'rood'], // Excel's "Slecht" fill
    ['FFC000', 'oranje'],
    ['FFEB9C', 'oranje'], // "Neutraal"
    ['FFFF00', 'oranje'], // yellow counts as orange: amber
    ['F79646', 'oranje'],
    ['00B050', 'groen'],
    ['C6EFCE', 'groen'], // "Goed"
    ['92D050', 'groen'],
  ])('%s is %s', (hex, status) => {
    expect(hueStatus(hex)).toBe(status)
  })

  it.each(['4472C4', '7030A0', 'FF99CC', '808080', '8B7D6B', '000000'])(
    '%s (blue, purple, pink, grey, black) says nothing by itself',
    (hex) => {
      expect(hueStatus(hex)).toBeNull()
    },
  )

  it('takes white and near-white as the background, not a chosen colour', () => {
    expect(isBackground('FFFFFF')).toBe(true)
    expect(isBackground('F2F2F2')).toBe(true)
    expect(isBackground('C6EFCE')).toBe(false)
  })

  it('names colours for the screen', () => {
    expect(colourName('4472C4')).toBe('blue')
    expect(colourName('8B7D6B')).toBe('grey')
    expect(colourName('7030A0')).toBe('purple')
  })
})

describe('theme colours and tints (ECMA-376)', () => {
  const office2007 = { lt1: 'FFFFFF', dk1: '000000', accent2: 'C0504D', accent3: '9BBB59' }

  it('counts the scheme as Excel does: 0 is the background (lt1), 1 the text (dk1)', () => {
    expect(themeColour(office2007, 0)).toBe('FFFFFF')
    expect(themeColour(office2007, 1)).toBe('000000')
    expect(themeColour(office2007, 5)).toBe('C0504D')
    expect(themeColour(office2007, 12)).toBeNull()
  })

  it('lightens and darkens as Excel shows "Lichter 40%" and "Donkerder 25%"', () => {
    near(themeColour(office2007, 5, 0.3999755851924192), 'D99694')
    near(themeColour(office2007, 6, -0.249977111117893), '76923C')
    near(applyTint('000000', 0.5), '808080')
    expect(applyTint('C0504D', 0)).toBe('C0504D')
  })
})
