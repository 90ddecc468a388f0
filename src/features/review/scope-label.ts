import { municipalityName } from '../../domain/municipalities'
import type { ReviewScope } from '../../domain/types'
import type { Dictionary } from '../../i18n'

export function scopeLabel(t: Dictionary, scope: ReviewScope): string {
  switch (scope.kind) {
    case 'all':
      return t.review.scopeAll
    case 'location':
      return t.review.scopeLocation(scope.value)
    case 'municipality':
      return t.review.scopeMunicipality(municipalityName(scope.value))
  }
}
