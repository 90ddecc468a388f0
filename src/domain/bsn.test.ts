import { passesBsnElfproef } from './bsn'

describe('passesBsnElfproef', () => {
  it('recognises 111222333 as BSN-like', () => {
    // 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 1·3 = 9+8+7+12+10+8+9+6−3 = 66 = 6·11
    expect(passesBsnElfproef('111222333')).toBe(true)
  })

  it('recognises 123456782 as BSN-like', () => {
    // 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 = 156; 156 − 1·2 = 154 = 14·11
    expect(passesBsnElfproef('123456782')).toBe(true)
  })

  it('recognises a BSN-like number that starts with a zero', () => {
    // 9·0 + 8·1 + 7·2 + 6·3 + 5·4 + 4·5 + 3·6 + 2·7 = 112; 112 − 1·2 = 110 = 10·11
    expect(passesBsnElfproef('012345672')).toBe(true)
  })

  it('still recognises a BSN pasted with spaces around it', () => {
    expect(passesBsnElfproef(' 111222333 ')).toBe(true)
  })

  it('rejects a number with the last digit changed', () => {
    // As 111222333 but ending in 4: 66 − 1 = 65, not divisible by 11.
    expect(passesBsnElfproef('111222334')).toBe(false)
  })

  it('rejects a number with the first digit changed', () => {
    // As 111222333 but starting with 2: 66 + 9 = 75, not divisible by 11.
    expect(passesBsnElfproef('211222333')).toBe(false)
  })

  it('rejects eight digits and ten digits', () => {
    expect(passesBsnElfproef('11122233')).toBe(false)
    expect(passesBsnElfproef('1112223330')).toBe(false)
  })

  it('rejects anything with letters or other characters in it', () => {
    expect(passesBsnElfproef('11122233A')).toBe(false)
    expect(passesBsnElfproef('K111222333')).toBe(false)
    expect(passesBsnElfproef('11122233.')).toBe(false)
    expect(passesBsnElfproef('')).toBe(false)
  })

  it('recognises a BSN written with dots or spaces between the digits', () => {
    expect(passesBsnElfproef('1112.22.333')).toBe(true)
    expect(passesBsnElfproef('111 222 333')).toBe(true)
  })

  it('rejects all zeros even though its weighted sum (0) is divisible by 11', () => {
    expect(passesBsnElfproef('000000000')).toBe(false)
  })
})
