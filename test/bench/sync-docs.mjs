/**
 * Youth-sized team documents for the sync benchmark, shaped as docs/sync-design.md lays a
 * youth out: the envelope (`_id`, `type`, `layout`, `by`) around a youth with its six
 * assessments (~2.4 KB of JSON each; the `stamp`s are a margin for metadata the bridge may
 * add). Deterministic.
 */
const PRECONDITIONS = ['wonen', 'school', 'werk', 'inkomen', 'netwerk', 'zorg']
const STATUSES = ['groen', 'oranje', 'rood', 'onbekend']
const pad = (n, width) => String(n).padStart(width, '0')

export function youthDoc(i) {
  const id = `bench-${pad(i, 6)}-4c1e-9a7b-${pad(i * 7919, 12).slice(-12)}`
  const stamp = (field) => `r${i % 30}.${(i * 31 + field.length) % 9973}`
  const assessments = {}
  for (const [n, preconditionId] of PRECONDITIONS.entries()) {
    assessments[preconditionId] = {
      youthId: id,
      preconditionId,
      status: STATUSES[(i + n) % STATUSES.length],
      reasonCodes: (i + n) % 3 === 0 ? ['K02'] : [],
      note: (i + n) % 4 === 0 ? 'Woonbegeleiding gezocht, wachtlijst tot het voorjaar.' : '',
      action: (i + n) % 5 === 0 ? 'Aanmelden bij het wijkteam' : '',
      owner: (i + n) % 2 === 0 ? 'mentor' : null,
      dueDate: (i + n) % 2 === 0 ? '2026-12-15' : null,
      changedBy: 'Teamlid',
      changedAt: '2026-11-02T09:15:00.000Z',
      version: 1 + ((i + n) % 12),
      stamp: stamp(preconditionId),
    }
  }
  return {
    _id: `youth:${id}`,
    type: 'youth',
    layout: 1,
    by: 'anna',
    data: {
      id,
      clientRef: `CL-${pad(i, 6)}`,
      displayName: `J.${pad(i % 1000, 3)}`,
      birthDate: `20${pad(8 + (i % 8), 2)}-0${1 + (i % 9)}-1${i % 10}`,
      municipalityCode: `GM0${pad(300 + (i % 300), 3)}`,
      jeugdregio: '',
      location: `Locatie ${i % 40}`,
      livingArrangement: 'groep',
      placementDate: '2025-03-01',
      expectedOutflowDate: i % 3 ? '2027-06-01' : null,
      perspective: null,
      measure: 'geen',
      guardianOrg: '',
      caseOwner: `Mentor ${i % 25}`,
      outflow: null,
      lastReviewDate: '2026-11-02',
      redStreaks: { wonen: i % 4 },
      createdAt: '2025-03-01T08:00:00.000Z',
      updatedAt: '2026-11-02T09:15:00.000Z',
      version: 1 + (i % 12),
      stamps: { details: stamp('details') },
      assessments,
    },
  }
}
