import {
  MAX_IDLE_MINUTES,
  MIN_IDLE_MINUTES,
  MIN_PASSPHRASE_LENGTH,
} from '../../db/encryption/params'
import type { Dictionary } from '../../i18n'

/** "15", "0,5" or "2.5" minutes; null when not a number in range. */
export function parseIdleMinutes(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'))
  if (text.trim() === '' || !Number.isFinite(value)) return null
  return value >= MIN_IDLE_MINUTES && value <= MAX_IDLE_MINUTES ? value : null
}

export function idleRange(t: Dictionary): [string, string] {
  const format = new Intl.NumberFormat(t.locale)
  return [format.format(MIN_IDLE_MINUTES), format.format(MAX_IDLE_MINUTES)]
}

/** A new passphrase as typed twice. */
export interface NewPassphrase {
  passphrase: string
  repeat: string
}

export const EMPTY_NEW_PASSPHRASE: NewPassphrase = { passphrase: '', repeat: '' }

export type PassphraseErrors = Partial<Record<keyof NewPassphrase, string>>

/** A new passphrase and its repetition, with the messages that name the field. */
export function checkNewPassphrase(t: Dictionary, { passphrase, repeat }: NewPassphrase) {
  const e = t.security.encryption.errors
  const errors: PassphraseErrors = {}
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    errors.passphrase = e.tooShort(MIN_PASSPHRASE_LENGTH)
  else if (repeat !== passphrase) errors.repeat = e.mismatch
  return errors
}

/** Moves focus to the first field marked invalid inside `form`, after React has rendered. */
export function focusFirstInvalid(form: HTMLElement | null) {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
}
