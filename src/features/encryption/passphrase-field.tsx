import { Field, type FieldChrome } from '../../components/field'

interface PassphraseFieldProps extends FieldChrome {
  value: string
  onChange: (value: string) => void
  /** new-password: browsers offer to generate and store one; current-password: to fill it. */
  autoComplete: 'new-password' | 'current-password'
  initialFocus?: boolean
}

/** A password input with the shared label, hint and error wiring. */
export function PassphraseField(props: PassphraseFieldProps) {
  const { value, onChange, autoComplete, initialFocus, ...chrome } = props
  return (
    <Field {...chrome}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="input"
          type="password"
          value={value}
          autoComplete={autoComplete}
          spellCheck={false}
          required={chrome.required}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          data-initial-focus={initialFocus ? '' : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
