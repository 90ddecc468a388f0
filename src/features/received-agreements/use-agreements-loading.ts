import { useState } from 'react'
import type { AgreementsFile } from '../../domain/agreements/agreements-schema'
import { todayIso } from '../../domain/dates'
import { useStorageErrorMessage } from '../../hooks/use-storage-error-message'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { useActor } from '../../stores/preferences-store'

/**
 * Reading and storing a file load on demand: the button is on the empty board, which is the
 * first screen of a first visit.
 */
const reading = () =>
  Promise.all([
    import('../../db/received-agreements-repo'),
    import('../../domain/agreements/read-agreements-file'),
    import('../../domain/agreements/received'),
  ])

export type LoadState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  /** The names differ only in spelling: both shown, the user says whether it is theirs. */
  | { kind: 'confirm'; file: AgreementsFile; fileName: string; inFile: string; own: string }
  | { kind: 'refused'; fileName: string; errors: string[] }

/**
 * Afspraken laden: the file is read and checked completely (format, every field, which
 * provider it is for) before anything is stored; a refusal says why and changes nothing.
 */
export function useAgreementsLoading() {
  const t = useT()
  const actor = useActor()
  const show = useNotices((s) => s.show)
  const storageMessage = useStorageErrorMessage()
  const [state, setState] = useState<LoadState>({ kind: 'idle' })

  async function store(file: AgreementsFile, fileName: string) {
    setState({ kind: 'busy' })
    try {
      const [{ storeAgreementsFile }] = await reading()
      const outcome = await storeAgreementsFile(file, fileName, actor)
      if (outcome.kind === 'refused') {
        setState({ kind: 'refused', fileName, errors: [outcome.message] })
        return
      }
      setState({ kind: 'idle' })
      show({
        tone: 'success',
        message: t.agreements.loaded(outcome.issuerName, outcome.added, outcome.updated),
      })
    } catch (error) {
      setState({
        kind: 'refused',
        fileName,
        errors: [storageMessage(error) ?? t.common.unknownError],
      })
    }
  }

  async function load(chosen: File) {
    setState({ kind: 'busy' })
    let text: string
    let modules: Awaited<ReturnType<typeof reading>>
    try {
      ;[text, modules] = await Promise.all([chosen.text(), reading()])
    } catch {
      setState({ kind: 'refused', fileName: chosen.name, errors: [t.municipal.load.unreadable] })
      return
    }
    const [{ ownProviderIdentity }, { readAgreementsFile }, { matchProvider }] = modules
    const read = readAgreementsFile(text, todayIso())
    if (!read.ok) {
      setState({ kind: 'refused', fileName: chosen.name, errors: read.errors })
      return
    }
    const match = matchProvider(read.file, await ownProviderIdentity())
    if (match.kind === 'refused') {
      setState({ kind: 'refused', fileName: chosen.name, errors: [match.message] })
    } else if (match.kind === 'confirm') {
      setState({
        kind: 'confirm',
        file: read.file,
        fileName: chosen.name,
        inFile: match.fileName,
        own: match.ownName,
      })
    } else {
      await store(read.file, chosen.name)
    }
  }

  return {
    state,
    load: (file: File) => void load(file),
    confirm: () => {
      if (state.kind === 'confirm') void store(state.file, state.fileName)
    },
    dismiss: () => setState({ kind: 'idle' }),
  }
}
