import { useId, type ReactNode } from 'react'

export interface FieldChrome {
  label: ReactNode
  hint?: ReactNode
  error?: string | undefined
  required?: boolean
}

interface FieldProps extends FieldChrome {
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode
  className?: string
}

/** Label, hint and error wiring shared by every form control (aria-describedby, aria-invalid). */
export function Field({ label, hint, error, required, children, className }: FieldProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
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
      {children({ id, describedBy, invalid: Boolean(error) })}
    </div>
  )
}

interface InputFieldProps extends FieldChrome {
  value: string
  onChange: (value: string) => void
  type?: 'text' | 'date' | 'number' | 'search'
  name?: string
  list?: string
  autoComplete?: string
  inputMode?: 'text' | 'numeric'
  min?: string | number
  max?: string | number
  /** Focus this field when its dialog opens. */
  initialFocus?: boolean
}

export function InputField({ value, onChange, type = 'text', ...props }: InputFieldProps) {
  const {
    label,
    hint,
    error,
    required,
    name,
    list,
    autoComplete,
    inputMode,
    min,
    max,
    initialFocus,
  } = props
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="input"
          type={type}
          name={name}
          value={value}
          list={list}
          min={min}
          max={max}
          autoComplete={autoComplete ?? 'off'}
          inputMode={inputMode}
          required={required}
          aria-required={required}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          data-initial-focus={initialFocus ? '' : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}

interface SelectFieldProps<V extends string> extends FieldChrome {
  value: V | ''
  onChange: (value: V | '') => void
  options: readonly { value: V; label: string }[]
  /** Text of the empty first option; omit when a value is always chosen. */
  placeholder?: string
  name?: string
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { value, onChange, options, placeholder, name, ...chrome } = props
  return (
    <Field {...chrome}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          className="select"
          name={name}
          value={value}
          required={chrome.required}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value as V | '')}
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

interface TextAreaFieldProps extends FieldChrome {
  value: string
  onChange: (value: string) => void
  rows?: number
  name?: string
}

export function TextAreaField({ value, onChange, rows = 3, name, ...chrome }: TextAreaFieldProps) {
  return (
    <Field {...chrome}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          className="textarea"
          name={name}
          rows={rows}
          value={value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
