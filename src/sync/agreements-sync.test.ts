import { describe, expect, it } from 'vitest'
import {
  syncServerPerFile,
  edit,
  idle,
  makeLaptop,
  newTeam,
  until,
  type TestLaptop,
} from '../../test/support/sync-laptops'

const shared = syncServerPerFile()
const laptops = shared.laptops

const entry = (id: string, by: string, at: string, text: string) => ({
  id,
  status: 'loopt',
  reason: null,
  text,
  by,
  at,
})

const received = (progress: unknown[]) => ({
  id: 'afspraak-1',
  issuerKey: 'gm0518',
  issuerName: "'s-Gravenhage",
  agreement: { id: 'afspraak-1', text: 'Kamertraining starten voor twee jongeren' },
  fileRonde: '2026-10-25',
  fileCreatedAt: '2026-10-25T10:00:00.000Z',
  progress,
  createdAt: '2026-10-26T10:00:00.000Z',
  updatedAt: '2026-10-26T10:00:00.000Z',
  version: 1,
})

const progressOn = (laptop: TestLaptop) => async () =>
  (await laptop.database.table('receivedAgreements').get('afspraak-1')) as
    { progress: { id: string }[] } | undefined

describe('the provider’s afspraken in team sync', () => {
  it('reach the other laptop, and progress added on both while apart is kept on both', async () => {
    const { connect } = await newTeam(shared.server)
    const a = makeLaptop(shared.server.url, 'anna', { own: true })
    const b = makeLaptop(shared.server.url, 'bo')
    laptops.push(a, b)
    await a.database.table('receivedAgreements').put(received([]))
    await connect(a)
    await connect(b)
    await until('afspraak on B', progressOn(b), (r) => r !== undefined)
    await Promise.all([idle(a), idle(b)])
    await a.api.stop()
    await b.api.stop()

    const fromA = entry('p-a', 'anna', '2026-11-03T09:00:00.000Z', 'Aanmelding gedaan')
    const fromB = entry('p-b', 'bo', '2026-11-02T09:00:00.000Z', 'Gesprek met de jongere')
    await edit(a, 'receivedAgreements', received([fromA]))
    await edit(b, 'receivedAgreements', received([fromB]))
    await a.reload().resume()
    await idle(a)
    await b.reload().resume()
    const both = (r: { progress: { id: string }[] } | undefined) => r?.progress.length === 2
    const onA = await until('both entries on A', progressOn(a), both)
    const onB = await until('both entries on B', progressOn(b), both)
    expect(onA?.progress.map((p) => p.id)).toEqual(['p-b', 'p-a'])
    expect(onB?.progress.map((p) => p.id)).toEqual(['p-b', 'p-a'])
    expect(onB).not.toHaveProperty('syncConflicts')
  }, 60_000)
})
