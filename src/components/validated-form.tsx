import type { ReactNode, RefObject } from 'react'
import type { FieldErrors } from '../domain/validation'
import { useT } from '../i18n'
import { FormErrorSummary } from './form-error-summary'

interface ValidatedFormProps<F extends string> {
  /** From useFormErrors: where the first invalid field is looked up after a failed submit. */
  formRef: RefObject<HTMLFormElement | null>
  errors: FieldErrors<F>
  /** The label of each field, as the error summary names it. */
  labels: Record<F, string>
  onSubmit: () => Promise<void>
  children: ReactNode
  /** Hidden while something else must be answered first (a choice between two versions). */
  hidden?: boolean
}

/**
 * A form validated by the app rather than the browser (noValidate), with the error summary on
 * top, so every dialog reports problems the same way.
 */
export function ValidatedForm<F extends string>(props: ValidatedFormProps<F>) {
  const { formRef, errors, labels, onSubmit, children, hidden } = props
  return (
    <form
      ref={formRef}
      hidden={hidden}
      noValidate
      className="form"
      onSubmit={(event) => {
        event.preventDefault()
        void onSubmit()
      }}
    >
      <FormErrorSummary errors={errors} labels={labels} />
      {children}
    </form>
  )
}

interface FormActionsProps {
  submitLabel: string
  onCancel: () => void
  /** Disables the submit button while saving, so a double click saves once. */
  busy?: boolean
}

/** The submit button and "Annuleren" at the foot of a form. */
export function FormActions({ submitLabel, onCancel, busy = false }: FormActionsProps) {
  const t = useT()
  return (
    <div className="form__actions">
      <button type="submit" className="button button--primary" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t.common.cancel}
      </button>
    </div>
  )
}
