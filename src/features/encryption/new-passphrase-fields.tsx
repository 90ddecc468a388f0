import { MIN_PASSPHRASE_LENGTH } from '../../db/encryption/params'
import { useT } from '../../i18n'
import type { NewPassphrase, PassphraseErrors } from './encryption-input'
import { PassphraseField } from './passphrase-field'

interface NewPassphraseFieldsProps {
  /** first: turning encryption on (with the length hint); change: replacing the current one. */
  purpose: 'first' | 'change'
  value: NewPassphrase
  onChange: (value: NewPassphrase) => void
  errors: PassphraseErrors
}

/**
 * A new passphrase and its repetition. Both are new-password fields, so browsers offer to
 * generate and store one rather than fill in the old one.
 */
export function NewPassphraseFields({
  purpose,
  value,
  onChange,
  errors,
}: NewPassphraseFieldsProps) {
  const e = useT().security.encryption
  const first = purpose === 'first'
  return (
    <>
      <PassphraseField
        label={first ? e.passphrase : e.newPassphrase}
        hint={first ? e.passphraseHint(MIN_PASSPHRASE_LENGTH) : undefined}
        autoComplete="new-password"
        value={value.passphrase}
        onChange={(passphrase) => onChange({ ...value, passphrase })}
        error={errors.passphrase}
      />
      <PassphraseField
        label={first ? e.repeat : e.repeatNew}
        autoComplete="new-password"
        value={value.repeat}
        onChange={(repeat) => onChange({ ...value, repeat })}
        error={errors.repeat}
      />
    </>
  )
}
