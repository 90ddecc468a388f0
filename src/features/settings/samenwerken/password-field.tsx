import { Field, type FieldChrome } from '../../../components/field'

interface PasswordFieldProps extends FieldChrome {
  value: string
  onChange: (value: string) => void
}

/** The member's server password: filled by the browser's password manager, never stored here. */
export function PasswordField({ value, onChange, ...chrome }: PasswordFieldProps) {
  return (
    <Field {...chrome}>
      {({ control }) => (
        <input
          {...control}
          className="input"
          type="password"
          name="password"
          value={value}
          autoComplete="current-password"
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
