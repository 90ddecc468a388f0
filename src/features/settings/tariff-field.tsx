import { useState } from 'react'
import { InputField } from '../../components/field'
import { formatEuroAmount, parseEuroAmount } from '../../domain/settings-municipal'

interface TariffFieldProps {
  label: string
  /** Euro per day; undefined = no tariff; NaN = text that is not an amount. */
  value: number | undefined
  onChange: (value: number | undefined) => void
  error?: string | undefined
}

function same(a: number | undefined, b: number | undefined): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b))
}

/**
 * A euro amount typed the Dutch way ("245,50", "€ 1.245"). The text stays as typed; the draft
 * gets the amount, or NaN so that saving names the field.
 */
export function TariffField({ label, value, onChange, error }: TariffFieldProps) {
  const [text, setText] = useState(() => formatEuroAmount(value))
  const [shown, setShown] = useState(value)
  // Follow a value set from outside (Annuleren, another tab) without disturbing typing.
  if (!same(value, shown)) {
    setShown(value)
    if (!same(parseEuroAmount(text), value)) setText(formatEuroAmount(value))
  }
  return (
    <InputField
      label={label}
      value={text}
      inputMode="text"
      error={error}
      onChange={(next) => {
        setText(next)
        const amount = parseEuroAmount(next)
        setShown(amount)
        onChange(amount)
      }}
    />
  )
}
