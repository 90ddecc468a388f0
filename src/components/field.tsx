import { useId, type ReactNode } from 'react'

export interface FieldChrome {
  label: ReactNode
  hint?: ReactNode
  error?: string | undefined
  required?: boolean
}

/** What every control inside a Field spreads, so none can forget a label link or error state. */
export interface ControlProps {
  id: string
  required: boolean | undefined
  'aria-required': boolean | undefined
  'aria-invalid': boolean
  'aria-describedby': string | undefined
}

export interface FieldIds {
  id: string
  describedBy: string | undefined
  invalid: boolean
  control: ControlProps
}

interface FieldProps extends FieldChrome {
  children: (ids: FieldIds) => ReactNode
  className?: string
}

/** Label, hint and error wiring shared by every form control (aria-describedby, aria-invalid). */
export function Field({ label, hint, error, required, children, className }: FieldProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  const invalid = Boolean(error)
  const control: ControlProps = {
    id,
    required,
    'aria-required': required,
    'aria-invalid': invalid,
    'aria-describedby': describedBy,
  }
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {required && (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {children({ id, describedBy, invalid, control })}
    </div>
  )
}

/** The props every text-like field takes besides its label, hint and error. */
export interface TextValueProps {
  value: string
  onChange: (value: string) => void
  name?: string
  /** Focus this field when its dialog opens. */
  initialFocus?: boolean
}

interface InputFieldProps extends FieldChrome, TextValueProps {
  type?: 'text' | 'date' | 'number' | 'search' | 'password'
  list?: string
  autoComplete?: string
  inputMode?: 'text' | 'numeric'
  min?: string | number
  max?: string | number
}

export function InputField(props: InputFieldProps) {
  const { value, onChange, name, initialFocus, type = 'text', list, autoComplete, ...rest } = props
  const { inputMode, min, max, ...chrome } = rest
  return (
    <Field {...chrome}>
      {({ control }) => (
        <input
          {...control}
          className="input"
          type={type}
          name={name}
          value={value}
          list={list}
          min={min}
          max={max}
          autoComplete={autoComplete ?? 'off'}
          inputMode={inputMode}
          data-initial-focus={initialFocus ? '' : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}

interface TextAreaFieldProps extends FieldChrome, TextValueProps {
  rows?: number
}

export function TextAreaField(props: TextAreaFieldProps) {
  const { value, onChange, name, initialFocus, rows = 3, ...chrome } = props
  return (
    <Field {...chrome}>
      {({ control }) => (
        <textarea
          {...control}
          className="textarea"
          name={name}
          rows={rows}
          value={value}
          data-initial-focus={initialFocus ? '' : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}

export interface SelectOption<V extends string> {
  value: V
  label: string
}

/** Options from a list of values and their labels, e.g. `selectOptions(MEASURES, t.measures)`. */
export function selectOptions<V extends string>(
  values: readonly V[],
  labels: Readonly<Record<V, string>>,
): SelectOption<V>[] {
  return values.map((value) => ({ value, label: labels[value] }))
}

/**
 * With a placeholder the empty first option can be chosen, so the value may be ''; without one a
 * value of the options is always chosen. The options alone decide V (hence NoInfer), so a value
 * typed loosely as string is refused instead of widening V.
 */
type SelectValueProps<V extends string> =
  | { placeholder: string; value: NoInfer<V> | ''; onChange: (value: V | '') => void }
  | { placeholder?: undefined; value: NoInfer<V>; onChange: (value: V) => void }

type SelectFieldProps<V extends string> = FieldChrome &
  SelectValueProps<V> & {
    options: readonly SelectOption<V>[]
    name?: string
  }

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { value, options, placeholder, name, label, hint, error, required } = props
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {({ control }) => (
        <select
          {...control}
          className="select"
          name={name}
          value={value}
          onChange={(event) => {
            // Map the DOM's string back onto the typed options instead of asserting its type.
            const picked = options.find((o) => o.value === event.target.value)
            if (picked) props.onChange(picked.value)
            else if (props.placeholder !== undefined) props.onChange('')
          }}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
