import {
  applyRemembered,
  layoutId,
  layoutOf,
  rememberedFrom,
  restoreRememberedLayout,
} from './remembered-layout'

describe('remembered column layouts', () => {
  const remembered = rememberedFrom(
    ['Cliëntnr', 'Geb. datum', 'Opmerkingen'],
    ['Cliëntnr', 'Geb. datum', 'Opmerkingen'],
    ['clientRef', 'birthDate', null],
    'update',
    '2026-11-01T10:00:00.000Z',
  )

  it('knows a layout by its titles in order, whatever the case, accents or spacing', () => {
    expect(layoutOf(['CLIENTNR', 'geb.  datum', 'opmerkingen'])).toBe(remembered.layout)
    expect(layoutOf(['Geb. datum', 'Cliëntnr', 'Opmerkingen'])).not.toBe(remembered.layout)
    expect(layoutId(remembered.layout)).toMatch(/^[0-9a-f]{8}$/)
  })

  it('maps each column as remembered, including a column the user chose to leave out', () => {
    const allowed = () => true
    expect(applyRemembered(remembered, ['Cliëntnr', 'Geb. datum', 'Opmerkingen'], allowed)).toEqual(
      ['clientRef', 'birthDate', null],
    )
  })

  it('drops a field the app no longer offers (a precondition switched off)', () => {
    const withStatus = {
      ...remembered,
      columns: [{ title: 'Netwerk', target: 'status:netwerk' as const }],
    }
    expect(applyRemembered(withStatus, ['Netwerk'], (t) => t !== 'status:netwerk')).toEqual([null])
  })

  it('reads back a stored layout, and ignores a damaged one', () => {
    expect(restoreRememberedLayout(JSON.parse(JSON.stringify(remembered)))).toEqual(remembered)
    expect(restoreRememberedLayout({ ...remembered, columns: 'x' })).toBeNull()
    expect(restoreRememberedLayout(null)).toBeNull()
  })
})
