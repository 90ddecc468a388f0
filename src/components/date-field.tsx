import { useState } from 'react'
import { formatDutchDate, isIsoDate } from '../domain/dates'
import { parseDutchDate } from '../domain/dutch-date'
import { useT } from '../i18n'
import { Field, type FieldChrome } from './field'

interface DateFieldProps extends FieldChrome {
  /** An ISO date, or the raw text when it could not be read as a date. */
  value: string
  onChange: (value: string) => void
  initialFocus?: boolean
}

function display(value: string): string {
  return isIsoDate(value) ? formatDutchDate(value) : value
}

/**
 * A date typed the Dutch way (14-03-2009, 14-3-09, 14032009), the same in every browser and
 * locale, instead of the native picker whose format follows the browser's language. The parent
 * receives an ISO date, or the raw text so validation can name the problem.
 */
export function DateField({ value, onChange, initialFocus, hint, ...chrome }: DateFieldProps) {
  const t = useT()
  const [text, setText] = useState(() => display(value))
  const [shown, setShown] = useState(value)
  // Follow a value set from outside (reset, undo) without disturbing what is being typed.
  if (value !== shown) {
    setShown(value)
    if ((parseDutchDate(text) ?? text.trim()) !== value) setText(display(value))
  }
  return (
    <Field {...chrome} hint={hint ?? t.common.dateHint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="input input--date"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          required={chrome.required}
          aria-required={chrome.required}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          data-initial-focus={initialFocus ? '' : undefined}
          onChange={(event) => {
            const next = event.target.value
            const parsed = parseDutchDate(next)
            const out = parsed ?? next.trim()
            setText(next)
            setShown(out)
            onChange(out)
          }}
          onBlur={() => {
            const parsed = parseDutchDate(text)
            if (parsed) setText(formatDutchDate(parsed))
          }}
        />
      )}
    </Field>
  )
}
