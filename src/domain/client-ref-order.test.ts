import { compareClientRefs } from './client-ref-order'

const collator = new Intl.Collator('nl', { numeric: true })
const sign = (n: number) => Math.sign(n)

/** A deterministic pseudo-random generator, so a failure can be reproduced. */
function random(seed: number) {
  let s = seed
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648
    return s / 2_147_483_648
  }
}

describe('compareClientRefs', () => {
  it('orders plain cliëntnummers exactly as the Dutch numeric collator does', () => {
    const next = random(14)
    const alphabet = 'AB-0123456789Z'
    const refs = [
      'DSB-010000',
      'DSB-10000',
      'DSB-9',
      'DSB-09',
      'DSB',
      'DSB-',
      'K-2025-017',
      'K-2025-17',
      'K-2025-0170',
      '',
      '0',
      '00',
      '-',
      'A-1',
      'A1',
      '1A',
      ...Array.from({ length: 400 }, () =>
        Array.from(
          { length: 1 + Math.floor(next() * 8) },
          () => alphabet[Math.floor(next() * alphabet.length)],
        ).join(''),
      ),
    ]
    const differ: string[] = []
    for (const a of refs)
      for (const b of refs)
        if (sign(compareClientRefs(a, b)) !== sign(collator.compare(a, b)))
          differ.push(`${a} ? ${b}`)
    expect(differ).toEqual([])
  })

  it('leaves other cliëntnummers (lower case, accents, spaces) to the collator', () => {
    const refs = ['dsb-12', 'DSB-12', 'Één 3', 'een 3', 'DSB 12', 'dsb-012']
    for (const a of refs)
      for (const b of refs) expect(sign(compareClientRefs(a, b))).toBe(sign(collator.compare(a, b)))
  })
})
