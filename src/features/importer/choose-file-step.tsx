import { useEffect, useRef } from 'react'
import { Field } from '../../components/field'
import { useT } from '../../i18n'
import { ProgressPanel } from './progress-panel'
import { RememberedLayouts } from './remembered-layouts'
import { megabytes } from './zip-budget'

const ACCEPT =
  '.xlsx,.ods,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet'

interface ChooseFileStepProps {
  busy: boolean
  error: string | null
  /** Bytes unpacked so far of a large workbook. */
  unpacked?: { done: number; total: number } | undefined
  onFile: (file: File) => void
}

export function ChooseFileStep({ busy, error, unpacked, onFile }: ChooseFileStepProps) {
  const t = useT()
  const input = useRef<HTMLInputElement>(null)
  // The field was disabled while reading, so focus was lost: bring it back, and a screen reader
  // reads the refusal (the field's description) without the user looking for it.
  useEffect(() => {
    if (error) input.current?.focus()
  }, [error])
  return (
    <div className="import-step">
      <Field label={t.importer.file} hint={t.importer.fileHint} error={error ?? undefined}>
        {({ id, describedBy, invalid }) => (
          <input
            ref={input}
            id={id}
            type="file"
            className="input import-file"
            accept={ACCEPT}
            disabled={busy}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => {
              const file = event.target.files?.[0]
              // Reset, so choosing the same (corrected) file again is noticed.
              event.target.value = ''
              if (file) onFile(file)
            }}
          />
        )}
      </Field>
      {busy && <p role="status">{t.importer.reading}</p>}
      {busy && unpacked && (
        <ProgressPanel
          label={t.importer.unpacking}
          done={megabytes(unpacked.done)}
          total={megabytes(unpacked.total)}
          count={t.importer.unpacked(megabytes(unpacked.done), megabytes(unpacked.total))}
        />
      )}
      <RememberedLayouts />
    </div>
  )
}
