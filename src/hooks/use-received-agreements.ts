import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { listReceivedAgreements } from '../db/received-agreements-read'
import type { ReceivedAgreement } from '../domain/agreements/received'
import { openAgreementIndex } from '../domain/agreements/received-index'

/** The afspraken gemeenten sent this board, live; undefined while the first read runs. */
export function useReceivedAgreements(): ReceivedAgreement[] | undefined {
  return useLiveQuery(listReceivedAgreements, [])
}

const EMPTY: ReceivedAgreement[] = []

/** The open afspraken per cliëntnummer and per knelpuntcode (board mark, bespreking). */
export function useOpenAgreementIndex() {
  const list = useReceivedAgreements() ?? EMPTY
  return useMemo(() => openAgreementIndex(list), [list])
}
