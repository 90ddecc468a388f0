import { jeugdregioOf } from '../domain/municipalities'
import { restoreSettings } from '../domain/settings'
import type { Outflow, Youth } from '../domain/types'
import { ValidationError } from '../domain/validation'
import type { YouthField, YouthValues } from '../domain/youth-input'
import { appendAudit, lastYouthChange } from './audit-repo'
import { db } from './database'
import { changeRecord } from './record-change'
import { putSettings, SETTINGS_KEY } from './settings-repo'
import { youthOf } from './youth-record'

export { MissingRecordError } from './record-change'

async function assertClientRefFree(clientRef: string, exceptId?: string) {
  const existing = await db.youths.where('clientRef').equals(clientRef).first()
  if (existing && existing.id !== exceptId) {
    throw new ValidationError<YouthField>({ clientRef: 'clientRefTaken' })
  }
}

/** Remembers a new location in the settings so the form can offer it next time. */
async function rememberLocation(location: string, actor: string) {
  if (!location) return
  const record = await db.settings.get(SETTINGS_KEY)
  const settings = restoreSettings(record?.value)
  if (settings.locations.includes(location)) return
  const locations = [...settings.locations, location].sort((a, b) => a.localeCompare(b, 'nl'))
  await putSettings({ ...settings, locations }, actor, record)
}

/** A jeugdregio typed by the user is kept only when the municipality has none on record. */
function withRegion(values: YouthValues): YouthValues {
  const known = jeugdregioOf(values.municipalityCode)
  return { ...values, jeugdregio: known ?? values.jeugdregio }
}

export async function addYouth(values: YouthValues, actor: string): Promise<Youth> {
  const now = new Date().toISOString()
  const youth: Youth = {
    ...withRegion(values),
    id: crypto.randomUUID(),
    outflow: null,
    lastReviewDate: null,
    redStreaks: {},
    createdAt: now,
    updatedAt: now,
    version: 1,
  }
  await db.transaction('rw', db.youths, db.settings, db.audit, async () => {
    await assertClientRefFree(youth.clientRef)
    await db.youths.add(youth)
    await rememberLocation(youth.location, actor)
    await appendAudit({
      actor,
      kind: 'youth',
      youthId: youth.id,
      preconditionId: null,
      before: null,
      after: youth,
      at: now,
      fromVersion: 0,
    })
  })
  return youth
}

/**
 * Changes the details of a youth. `expectedVersion` is the version the edit started from: a
 * newer stored version throws StaleRecordError and writes nothing.
 */
export async function updateYouth(
  id: string,
  values: YouthValues,
  actor: string,
  expectedVersion?: number,
): Promise<Youth> {
  return db.transaction('rw', db.youths, db.settings, db.audit, async () => {
    const after = await changeRecord(db.youths, id, {
      missing: 'Youth',
      expectedVersion,
      lastChange: () => lastYouthChange(id),
      async next(before) {
        await assertClientRefFree(values.clientRef, id)
        return { ...before, ...withRegion(values), updatedAt: new Date().toISOString() }
      },
      audit: (before, after) => ({
        actor,
        kind: 'youth',
        youthId: id,
        preconditionId: null,
        // The youth's own fields: its assessments have their own lines.
        before: youthOf(before),
        after: youthOf(after),
      }),
    })
    await rememberLocation(after.location, actor)
    return youthOf(after)
  })
}

/** Sets or clears the uitstroom of a youth, with an audit line old → new. */
async function setOutflow(
  id: string,
  outflow: Outflow | null,
  actor: string,
  expectedVersion: number | undefined,
): Promise<Youth> {
  return db.transaction('rw', db.youths, db.audit, async () => {
    const after = await changeRecord(db.youths, id, {
      missing: 'Youth',
      expectedVersion,
      lastChange: () => lastYouthChange(id),
      next: (before) => ({ ...before, outflow, updatedAt: new Date().toISOString() }),
      audit: (before) => ({
        actor,
        kind: 'outflow',
        youthId: id,
        preconditionId: null,
        before: before.outflow,
        after: outflow,
      }),
    })
    return youthOf(after)
  })
}

/**
 * Registers uitstroom: the youth leaves the board but stays in history and reports.
 * `expectedVersion`: as for updateYouth.
 */
export async function registerOutflow(
  id: string,
  outflow: Outflow,
  actor: string,
  expectedVersion?: number,
): Promise<Youth> {
  return setOutflow(id, outflow, actor, expectedVersion)
}

/** Takes back a registered uitstroom (for a mistake): the youth returns to the board. */
export async function undoOutflow(
  id: string,
  actor: string,
  expectedVersion?: number,
): Promise<Youth> {
  return setOutflow(id, null, actor, expectedVersion)
}

export async function getYouth(id: string): Promise<Youth | undefined> {
  const stored = await db.youths.get(id)
  return stored && youthOf(stored)
}

export async function countYouths(): Promise<number> {
  return db.youths.count()
}
