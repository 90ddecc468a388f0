import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Replica, type Rev } from '../../../test/support/rev-tree'
import { openConflictsOf } from './conflict-list'
import { assessmentPath } from './flatten'
import { sameData } from './merge-doc'

/** The fields the laptops edit: youth details and assessments, one never assessed at the start. */
const FIELDS = [
  'details.displayName',
  'details.location',
  'assessments.wonen.note',
  'assessments.wonen.status',
  'assessments.school.note',
] as const
type Field = (typeof FIELDS)[number]

type Op =
  | { kind: 'edit'; replica: number; field: Field }
  | { kind: 'resolve'; replica: number; pick: number }
  | { kind: 'delete'; replica: number }
  | { kind: 'sync'; from: number; to: number; withAncestor: boolean }

const op = (replicas: number): fc.Arbitrary<Op> => {
  const replica = fc.integer({ min: 0, max: replicas - 1 })
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('edit'),
        replica,
        field: fc.constantFrom(...FIELDS),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('resolve'), replica, pick: fc.nat(3) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete'), replica }) },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('sync'),
        from: replica,
        to: replica,
        // Mostly with the ancestor; sometimes as after a compaction, when every difference is asked.
        withAncestor: fc.nat(3).map((n) => n > 0),
      }),
    },
  )
}

const initial = {
  id: 'y1',
  clientRef: 'C-1',
  displayName: 'start',
  location: 'start',
  version: 1,
  assessments: {
    wonen: {
      youthId: 'y1',
      preconditionId: 'wonen',
      status: 'onbekend',
      reasonCodes: [],
      note: 'start',
      action: '',
      owner: null,
      dueDate: null,
      changedBy: 'x',
      changedAt: 't',
      version: 1,
    },
  },
}

function read(data: Record<string, unknown>, field: string): unknown {
  const at = assessmentPath(field)
  if (!at) return data[field.slice('details.'.length)]
  const a = (data.assessments as Record<string, Record<string, unknown>>)[at[0]]
  return a?.[at[1]]
}

function write(data: Record<string, unknown>, field: string, value: unknown) {
  const at = assessmentPath(field)
  if (!at) return { ...data, [field.slice('details.'.length)]: value }
  const all = data.assessments as Record<string, Record<string, unknown>>
  const a = all[at[0]] ?? {
    youthId: 'y1',
    preconditionId: at[0],
    status: 'onbekend',
    reasonCodes: [],
    note: '',
    action: '',
    owner: null,
    dueDate: null,
  }
  return {
    ...data,
    assessments: { ...all, [at[0]]: { ...a, [at[1]]: value, changedBy: 'me', changedAt: 't' } },
  }
}

/** Every value of `field` the record shows: the field itself and its open conflict's values. */
function valuesOf(data: Record<string, unknown> | null, field: string): unknown[] {
  if (!data) return []
  const open = openConflictsOf(data).find((c) => c.field === field)
  return [read(data, field), ...(open?.values.map((v) => v.value) ?? [])]
}

/** The list's entry at `i` (the generators only make valid indexes). */
function nth<T>(list: readonly T[], i: number): T {
  const x = list[i]
  if (x === undefined) throw new Error(`no entry ${i}`)
  return x
}

function run(replicaCount: number, ops: Op[]) {
  let counter = 0
  // Random-looking, deterministic rev hashes: the winner's tie-break is on them.
  const nextId = () => ((++counter * 2654435761) % 2 ** 32).toString(16).padStart(8, '0')
  const replicas = Array.from(
    { length: replicaCount },
    (_, i) => new Replica(`r${i}`, 'youth', nextId),
  )
  const first = nth(replicas, 0)
  first.write(null, initial)
  for (const r of replicas) r.pullFrom(first)
  /** Edit tokens a person replaced, resolved or deleted knowingly (so gone on purpose). */
  const superseded = new Set<string>()
  const edits: { token: string; field: Field }[] = []
  const supersede = (winner: Rev, fields: readonly string[]) => {
    for (const f of fields) for (const v of valuesOf(winner.data, f)) superseded.add(String(v))
  }

  ops.forEach((o, i) => {
    if (o.kind === 'sync') {
      if (o.from === o.to) return
      nth(replicas, o.to).pullFrom(nth(replicas, o.from))
      nth(replicas, o.to).resolve(o.withAncestor)
      return
    }
    const replica = nth(replicas, o.replica)
    const winner = replica.winner()
    if (!winner?.data) return
    if (o.kind === 'edit') {
      const token = `e${i}`
      // The value on screen is replaced; an open conflict's values stay in the record.
      superseded.add(String(read(winner.data, o.field)))
      edits.push({ token, field: o.field })
      replica.write(winner, write(winner.data, o.field, token))
    } else if (o.kind === 'delete') {
      supersede(winner, FIELDS)
      replica.write(winner, null, { userDeletion: true })
    } else {
      const open = openConflictsOf(winner.data)[0]
      if (!open) return
      const chosen = nth(open.values, o.pick % open.values.length).value
      supersede(winner, [open.field])
      const rest = openConflictsOf(winner.data).filter((c) => c !== open)
      const data = { ...write(winner.data, open.field, chosen), syncConflicts: rest }
      if (rest.length === 0) delete (data as { syncConflicts?: unknown }).syncConflicts
      replica.write(winner, data)
    }
  })

  // Back online: replicate every pair until nothing changes any more.
  for (let round = 0; round < 20; round++) {
    const before = replicas.map((r) => r.revs.size).join()
    for (const to of replicas)
      for (const from of replicas)
        if (from !== to) {
          to.pullFrom(from)
          to.resolve(true)
        }
    if (replicas.map((r) => r.revs.size).join() === before) break
  }
  return { replicas, edits, superseded }
}

describe('merging concurrent edits of one youth on two or three laptops', () => {
  it('ends with the same record everywhere, holding every edit no one replaced knowingly', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 3 })
          .chain((n) => fc.tuple(fc.constant(n), fc.array(op(n), { maxLength: 40 }))),
        ([n, ops]) => {
          const { replicas, edits, superseded } = run(n, ops)
          for (const r of replicas) expect(r.conflicts()).toEqual([])
          const finals = replicas.map((r) => r.winner()?.data ?? null)
          const final = nth(finals, 0)
          for (const data of finals) expect(sameData(data, final)).toBe(true)
          for (const { token, field } of edits) {
            if (superseded.has(token)) continue
            expect(valuesOf(final, field)).toContain(token)
          }
        },
      ),
      { numRuns: 400 },
    )
  })
})
