import { useCallback, useRef, useState } from 'react'
import type { FieldErrors } from '../domain/validation'

/**
 * Field errors plus focus on the first invalid field after a failed submit, so keyboard and
 * screen-reader users land right where the problem is.
 */
export function useFormErrors<F extends string>() {
  const [errors, setErrors] = useState<FieldErrors<F>>({})
  const formRef = useRef<HTMLFormElement>(null)
  const show = useCallback((next: FieldErrors<F>) => {
    setErrors(next)
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
    })
  }, [])
  return { errors, setErrors: show, formRef }
}
