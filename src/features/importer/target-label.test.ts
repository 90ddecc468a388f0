import { nl } from '../../i18n/nl'
import { problemText } from './target-label'

describe('problemText', () => {
  it('names a date from the sheet as dd-mm-jjjj in every reason that quotes the value', () => {
    const problem = { rowNumber: 4, column: 'Gemeente', target: 'municipalityCode' as const }
    expect(
      problemText(nl, { ...problem, code: 'unknownMunicipality', value: '2007-06-08' }),
    ).toContain('08-06-2007')
    expect(problemText(nl, { ...problem, code: 'dateInFuture', value: '2031-01-27' })).toContain(
      '27-01-2031',
    )
    expect(
      problemText(nl, { ...problem, code: 'unknownMunicipality', value: 'Atlantis' }),
    ).toContain('Atlantis')
  })
})
