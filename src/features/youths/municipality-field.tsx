import { useId } from 'react'
import { InputField } from '../../components/field'
import { findMunicipality, MUNICIPALITIES } from '../../domain/municipalities'
import { useT } from '../../i18n'

interface MunicipalityFieldProps {
  value: string
  onChange: (value: string) => void
  error?: string | undefined
}

/**
 * The suggestions, made once: the same elements on every render, so React skips the ~340
 * options while the user types (each keystroke renders the form again).
 */
const SUGGESTIONS = MUNICIPALITIES.map((m) => <option key={m.code} value={m.name} />)

/**
 * Free typing with suggestions from the shipped CBS list; "Den Haag" or "0518" resolve too.
 * The resolved official name and jeugdregio are shown as confirmation.
 */
export function MunicipalityField({ value, onChange, error }: MunicipalityFieldProps) {
  const t = useT()
  const listId = useId()
  const match = findMunicipality(value)
  const hint = match
    ? `${match.name} (${match.code})${match.jeugdregio ? ` · ${t.forms.youth.jeugdregioKnown(match.jeugdregio)}` : ''}`
    : t.forms.youth.municipalityHint
  return (
    <>
      <InputField
        label={t.forms.youth.municipality}
        hint={hint}
        value={value}
        onChange={onChange}
        error={error}
        list={listId}
        required
      />
      <datalist id={listId}>{SUGGESTIONS}</datalist>
    </>
  )
}
