// Records as the app's sync writes them, for the tests of the server's rules.

export const youthDoc = (id: string, extra: Record<string, unknown> = {}) => ({
  _id: `youth:${id}`,
  type: 'youth',
  layout: 1,
  by: 'anna',
  data: { id, clientRef: `C-${id}`, displayName: 'Testjongere', ...extra },
})

export const auditDoc = {
  _id: 'audit:replica-a:1',
  type: 'audit',
  layout: 1,
  by: 'anna',
  data: {
    lines: [
      { uid: 'replica-a.1', at: '2026-03-01T10:00:00.000Z', actor: 'Anna', kind: 'youth' },
      { uid: 'replica-a.2', at: '2026-03-01T10:00:01.000Z', actor: 'Anna', kind: 'assessment' },
    ],
  },
}

export const snapshotDoc = (key: string, part: number) => ({
  _id: `snapshot:${key}`,
  type: 'snapshot',
  layout: 1,
  by: 'anna',
  data: { reviewId: 'rv1', part, parts: 2, youthIds: [], columns: {} },
})

export const keyslotDoc = { _id: 'keyslot:anna', type: 'keyslot', layout: 1, by: 'anna' }
