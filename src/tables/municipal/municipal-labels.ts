import { municipalityName } from '../../domain/municipalities'
import type {
  FileScope,
  NbReason,
  PreconditionFigure,
  Selection,
  StuckKey,
} from '../../domain/municipal'
import type { Owner } from '../../domain/types'
import type { Dictionary } from '../../i18n'

/**
 * A selection, or the area a provider made its file for, as titles and file names say it:
 * "Alle gemeenten", "Gemeente 's-Gravenhage", "Jeugdregio Haaglanden".
 */
export function scopeText(scope: FileScope | Selection, t: Dictionary): string {
  const m = t.municipalExport
  switch (scope.kind) {
    case 'all':
      return m.selectionAll
    case 'gemeente':
      return m.selectionMunicipality(municipalityName(scope.code))
    case 'regio':
      return m.selectionRegion(scope.name)
  }
}

export const selectionName: (selection: Selection, t: Dictionary) => string = scopeText

export function scopesText(scopes: readonly FileScope[], t: Dictionary): string {
  return scopes.map((s) => scopeText(s, t)).join(', ')
}

/** At most three names, then "en 12 andere": a note must stay readable with 60 providers. */
export function someNames(names: readonly string[], t: Dictionary): string {
  if (names.length <= 3) return names.join(', ')
  return `${names.slice(0, 3).join(', ')} ${t.municipalExport.moreProviders(names.length - 3)}`
}

/** Why a figure is n.b., in words naming the providers (the domain keeps it as data). */
export function nbReasonText(reason: NbReason, t: Dictionary): string {
  const m = t.municipalExport
  switch (reason.cause) {
    case 'scope-wider':
      return m.nbReason.scopeWider(
        someNames(
          reason.providers.map((p) =>
            m.providerWithScopes(p.providerName, scopesText(p.scopes, t)),
          ),
          t,
        ),
        reason.providers.length,
      )
    case 'not-in-file':
      return m.nbReason.notInFile(
        someNames(
          reason.providers.map((p) => p.providerName),
          t,
        ),
      )
    case 'version-1':
      return m.nbReason.version1(
        someNames(
          reason.providers.map((p) => p.providerName),
          t,
        ),
      )
    case 'no-files':
      return m.nbReason.noFiles
  }
}

/** A standard randvoorwaarde by today's name; a provider's own one with the provider. */
export function preconditionLabel(figure: PreconditionFigure, t: Dictionary): string {
  if (figure.provider) {
    return t.municipalExport.ownPrecondition(figure.name, figure.provider.providerName)
  }
  return t.preconditions[figure.preconditionId] ?? figure.name
}

/** A klaar-maar-vast key: a standard randvoorwaarde by name, a provider's own ones, or none. */
export function stuckLabel(key: StuckKey, t: Dictionary): string {
  const s = t.municipalFigures.stuck
  return key === 'eigen' ? s.own : key === 'geen' ? s.none : (t.preconditions[key] ?? key)
}

export const codeLabel = (code: string, t: Dictionary): string => t.reasonCodes[code] ?? ''

export const ownerLabel = (owner: Owner | null, t: Dictionary): string =>
  owner ? t.owners[owner] : t.municipalExport.rows.noOwner
