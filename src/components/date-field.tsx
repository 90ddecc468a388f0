import { useState } from 'react'
import { formatDutchDate, isIsoDate } from '../domain/dates'
import { parseDutchDate } from '../domain/dutch-date'
import { useT } from '../i18n'
import { Field, type FieldChrome, type TextValueProps } from './field'

interface DateFieldProps extends FieldChrome, TextValueProps {
  /** An ISO date, or the raw text when it could not be read as a date. */
  value: string
}

function display(value: string): string {
  return isIsoDate(value) ? formatDutchDate(value) : value
}

/**
 * A date typed the Dutch way (14-03-2009, 14-3-09, 14032009), the same in every browser and
 * locale, instead of the native picker whose format follows the browser's language. The parent
 * receives an ISO date, or the raw text so validation can name the problem.
 */
export function DateField(props: DateFieldProps) {
  const { value, onChange, name, initialFocus, hint, ...chrome } = props
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
      {({ control }) => (
        <input
          {...control}
          className="input input--date"
          type="text"
          name={name}
          inputMode="numeric"
          autoComplete="off"
          value={text}
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
