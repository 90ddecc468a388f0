import type { ExchangeFile } from '../exchange/exchange-schema-v2'
import type { IsoTimestamp } from '../types'
import type { FileScope, Selection, StoredExchangeFile } from './types'

/**
 * Identities that are the same on every laptop (see shared direction notes): derived from the
 * file's own content, never from the order in which files were loaded.
 */

/** The provider's name trimmed, inner whitespace collapsed, lower case. */
export function providerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl')
}

/** `all`, `gemeente:GM0518` or `regio:<name>`. */
export function scopeKey(scope: FileScope | Selection): string {
  switch (scope.kind) {
    case 'all':
      return 'all'
    case 'gemeente':
      return `gemeente:${scope.code}`
    case 'regio':
      return `regio:${scope.name}`
  }
}

/** Loading a file with a key already stored replaces that file (after the user confirms). */
export function fileKey(file: ExchangeFile): string {
  return `${providerKey(file.provider.name)}|${scopeKey(file.scope)}|${file.period.peildatum}`
}

/** A youth across rondes: the provider and its own cliëntnummer. */
export function youthKey(provider: string, clientRef: string): string {
  return `${provider}\u0000${clientRef}`
}

/** The record to store for a file that passed `readExchangeFile`. */
export function toStoredFile(
  file: ExchangeFile,
  fileName: string,
  loadedAt: IsoTimestamp,
): StoredExchangeFile {
  return {
    key: fileKey(file),
    providerKey: providerKey(file.provider.name),
    providerName: file.provider.name.trim(),
    scopeKey: scopeKey(file.scope),
    peildatum: file.period.peildatum,
    fileName,
    loadedAt,
    file,
  }
}
