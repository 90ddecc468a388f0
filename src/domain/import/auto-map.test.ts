import { autoMapColumns, doublyMappedTargets } from './auto-map'

const preconditions = [
  { id: 'wonen', names: ['Wonen', 'Housing'] },
  { id: 'school', names: ['School & dagbesteding', 'School & daytime activities'] },
  { id: 'toekomstplan', names: ['Toekomstplan 18+', 'Future plan 18+'] },
  { id: 'eigen-werk', names: ['Werk & inkomen'] },
]

describe('autoMapColumns', () => {
  it('matches the common Dutch column titles', () => {
    const headers = [
      'Cliëntnummer',
      'Roepnaam/Initialen',
      'Geb. datum',
      'Gemeente',
      'Locatie/Groep',
      'Verblijfsvorm',
      'Plaatsingsdatum',
      'Beoogde uitstroomdatum',
      'Perspectief',
      'Maatregel',
      'Regiebehandelaar/Mentor',
      'Wonen',
      'School & dagbesteding',
      'Toekomstplan 18+',
    ]
    expect(autoMapColumns(headers, preconditions)).toEqual([
      'clientRef',
      'displayName',
      'birthDate',
      'municipalityCode',
      'location',
      'livingArrangement',
      'placementDate',
      'expectedOutflowDate',
      'perspective',
      'measure',
      'caseOwner',
      'status:wonen',
      'status:school',
      'status:toekomstplan',
    ])
  })

  it('knows variants: Client nr, Geboortedatum, Groep, School, Mentor, the own precondition', () => {
    const headers = ['Client nr', 'Geboortedatum', 'Groep', 'School', 'Mentor', 'Werk & inkomen']
    expect(autoMapColumns(headers, preconditions)).toEqual([
      'clientRef',
      'birthDate',
      'location',
      'status:school',
      'caseOwner',
      'status:eigen-werk',
    ])
  })

  it('matches a title that starts with a known one and leaves unknown columns out', () => {
    expect(
      autoMapColumns(['Geboortedatum (dd-mm-jjjj)', 'Kledingmaat', 'Clientnummer'], preconditions),
    ).toEqual(['birthDate', null, 'clientRef'])
  })

  it('keeps remarks as the note on the youth instead of dropping them (issue #11)', () => {
    expect(autoMapColumns(['Opmerkingen', 'Acties'], preconditions)).toEqual(['note', 'note'])
  })

  it('uses every field once: the leftmost column wins', () => {
    expect(autoMapColumns(['Locatie', 'Groep'], preconditions)).toEqual(['location', null])
  })
})

describe('doublyMappedTargets', () => {
  it('names a field chosen for two columns', () => {
    expect(doublyMappedTargets(['birthDate', null, 'birthDate', 'clientRef'])).toEqual([
      'birthDate',
    ])
  })
})
