import { allJeugdregios, MUNICIPALITIES } from '../domain/municipalities'
import { scopeKey, type Selection } from '../domain/municipal'
import { useT } from '../i18n'
import { Field, type FieldChrome } from './field'

interface ScopeSelectProps extends FieldChrome {
  value: Selection
  onChange: (scope: Selection) => void
}

function parseKey(key: string): Selection | null {
  if (key === 'all') return { kind: 'all' }
  if (key.startsWith('gemeente:')) return { kind: 'gemeente', code: key.slice('gemeente:'.length) }
  if (key.startsWith('regio:')) return { kind: 'regio', name: key.slice('regio:'.length) }
  return null
}

const REGIONS = allJeugdregios()
const BY_NAME = [...MUNICIPALITIES].sort((a, b) => a.name.localeCompare(b.name, 'nl'))

/**
 * All gemeenten, one jeugdregio or one gemeente, from the shipped CBS list. A stored choice the
 * list no longer knows (a merged gemeente) stays visible instead of silently turning into "all".
 */
export function ScopeSelect({ value, onChange, ...chrome }: ScopeSelectProps) {
  const t = useT()
  const current = scopeKey(value)
  const known =
    value.kind === 'all' ||
    (value.kind === 'regio' && REGIONS.includes(value.name)) ||
    (value.kind === 'gemeente' && BY_NAME.some((m) => m.code === value.code))
  return (
    <Field {...chrome}>
      {({ control }) => (
        <select
          {...control}
          className="select"
          value={current}
          onChange={(event) => {
            const picked = parseKey(event.target.value)
            if (picked) onChange(picked)
          }}
        >
          <option value="all">{t.scope.all}</option>
          {!known && <option value={current}>{t.scope.unknown(current)}</option>}
          <optgroup label={t.scope.regions}>
            {REGIONS.map((name) => (
              <option key={name} value={scopeKey({ kind: 'regio', name })}>
                {t.scope.region(name)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t.scope.municipalities}>
            {BY_NAME.map((m) => (
              <option key={m.code} value={scopeKey({ kind: 'gemeente', code: m.code })}>
                {m.name}
              </option>
            ))}
          </optgroup>
        </select>
      )}
    </Field>
  )
}
