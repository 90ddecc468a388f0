import { useState } from 'react'
import {
  checkExchangeFiles,
  storeExchangeFiles,
  type LoadOutcome,
} from '../../../db/municipal-repo'
import { useT } from '../../../i18n'
import { useActor } from '../../../stores/preferences-store'
import { useStorageErrorMessage } from '../../../hooks/use-storage-error-message'

export type LoadPhase =
  | { kind: 'choose' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'checked'; outcomes: LoadOutcome[] }
  | { kind: 'storing'; outcomes: LoadOutcome[] }
  | { kind: 'stored'; outcomes: LoadOutcome[]; stored: number }

/** Lets the browser paint the progress between files. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Loading uitwisselbestanden in two steps: every file is read and checked completely
 * (nothing is written), then only the files the user accepts are stored in one transaction.
 * A refused or duplicate file is never stored; a replacing one only when confirmed.
 */
export function useExchangeLoading() {
  const t = useT()
  const storageMessage = useStorageErrorMessage()
  const actor = useActor()
  const [phase, setPhase] = useState<LoadPhase>({ kind: 'choose' })
  const [confirmed, setConfirmed] = useState<ReadonlySet<number>>(new Set())
  const [error, setError] = useState<string | null>(null)

  async function check(files: readonly File[]) {
    if (files.length === 0) return
    setError(null)
    setConfirmed(new Set())
    const texts: { name: string; text: string }[] = []
    const unreadable: LoadOutcome[] = []
    for (const [i, file] of files.entries()) {
      setPhase({ kind: 'reading', done: i, total: files.length })
      try {
        texts.push({ name: file.name, text: await file.text() })
      } catch {
        unreadable.push({
          kind: 'refused',
          fileName: file.name,
          errors: [t.municipal.load.unreadable],
        })
      }
      if (i % 10 === 9) await nextFrame()
    }
    setPhase({ kind: 'reading', done: files.length, total: files.length })
    await nextFrame()
    try {
      const outcomes = await checkExchangeFiles(texts, new Date().toISOString())
      setPhase({ kind: 'checked', outcomes: [...outcomes, ...unreadable] })
    } catch (error) {
      setError(storageMessage(error) ?? t.municipal.load.storeFailed)
      setPhase({ kind: 'choose' })
    }
  }

  /** The files that Laden would store: every new one and each confirmed replacement. */
  function accepted(outcomes: readonly LoadOutcome[]) {
    return outcomes.flatMap((o, i) =>
      o.kind === 'new' || (o.kind === 'replaces' && confirmed.has(i)) ? [o.stored] : [],
    )
  }

  async function store() {
    if (phase.kind !== 'checked') return
    const files = accepted(phase.outcomes)
    if (files.length === 0) return
    setError(null)
    setPhase({ kind: 'storing', outcomes: phase.outcomes })
    try {
      await storeExchangeFiles(files, actor)
      setPhase({ kind: 'stored', outcomes: phase.outcomes, stored: files.length })
    } catch (error) {
      setError(storageMessage(error) ?? t.municipal.load.storeFailed)
      setPhase({ kind: 'checked', outcomes: phase.outcomes })
    }
  }

  /** Confirms (or not) replacing for the outcome at this index. */
  function confirm(index: number, yes: boolean) {
    setConfirmed((before) => {
      const next = new Set(before)
      if (yes) next.add(index)
      else next.delete(index)
      return next
    })
  }

  return {
    phase,
    error,
    confirmed,
    check,
    store,
    confirm,
    accepted,
    reset: () => {
      setError(null)
      setPhase({ kind: 'choose' })
    },
  }
}
