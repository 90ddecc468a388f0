import type { AgreementSource, ReceivedAgreement } from '../domain/agreements/received'
import { db } from './database'

/* Reads only: the board's marks need these, not the file loading of received-agreements-repo. */

/** Every afspraak gemeenten sent this board, with its progress. */
export function listReceivedAgreements(): Promise<ReceivedAgreement[]> {
  return db.receivedAgreements.toArray()
}

export function listAgreementSources(): Promise<AgreementSource[]> {
  return db.agreementSources.toArray()
}
