import { describe, expect, it } from 'vitest'
import { checkConnectInput, checkTeamName } from './connect-input'

describe('the team name (a CouchDB database name under /db/)', () => {
  it.each([
    ['', 'required'],
    ['Demo', 'uppercase'],
    ['1team', 'firstLetter'],
    ['_team', 'firstLetter'],
    ['team a', 'characters'],
    ['team/a', 'characters'],
    ['t'.repeat(65), 'tooLong'],
  ])('refuses %j (%s)', (name, problem) => {
    expect(checkTeamName(name)).toBe(problem)
  })

  it.each(['demo', 'team-noord_2', 't'.repeat(64)])('accepts %j', (name) => {
    expect(checkTeamName(name)).toBeNull()
  })
})

describe('the Verbinden form', () => {
  it('names every missing field at once', () => {
    expect(checkConnectInput({ team: ' ', username: '', password: '' })).toEqual({
      team: 'required',
      username: 'required',
      password: 'required',
    })
  })

  it('refuses a user name with a colon and accepts a complete form', () => {
    expect(checkConnectInput({ team: 'demo', username: 'a:b', password: 'x' })).toEqual({
      username: 'colon',
    })
    expect(checkConnectInput({ team: ' demo ', username: 'anna ', password: ' x' })).toEqual({})
  })
})
