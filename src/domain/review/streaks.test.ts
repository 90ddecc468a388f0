import { describe, expect, it } from 'vitest'
import { nextRedStreaks } from './streaks'

describe('langdurig rood streaks', () => {
  it('grows by one for every review in which the precondition is rood', () => {
    let streaks = {}
    for (let i = 0; i < 3; i++)
      streaks = nextRedStreaks(streaks, { wonen: 'rood', school: 'groen' })
    expect(streaks).toEqual({ wonen: 3 })
  })

  it('starts again when the precondition is anything but rood in between', () => {
    expect(nextRedStreaks({ wonen: 5 }, { wonen: 'oranje' })).toEqual({})
    expect(nextRedStreaks({ wonen: 5 }, { wonen: 'onbekend' })).toEqual({})
  })

  it('counts each precondition on its own', () => {
    expect(nextRedStreaks({ wonen: 2, school: 1 }, { wonen: 'rood', school: 'rood' })).toEqual({
      wonen: 3,
      school: 2,
    })
  })
})
