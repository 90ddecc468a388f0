import { useMemo, useState } from 'react'
import { useLocation } from 'wouter'
import { DateField } from '../../components/date-field'
import { Field, InputField } from '../../components/field'
import { EmptyReviewError, startReview } from '../../db/review-repo'
import { isIsoDate } from '../../domain/dates'
import { municipalityName } from '../../domain/municipalities'
import type { ReviewScope } from '../../domain/types'
import { useBoardData } from '../../hooks/use-board-data'
import { useToday } from '../../hooks/use-today'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { useActor } from '../../stores/preferences-store'
import { useStorageErrorMessage } from '../../hooks/use-storage-error-message'

function encodeScope(scope: ReviewScope): string {
  return scope.kind === 'all' ? 'all' : `${scope.kind}:${scope.value}`
}

function decodeScope(value: string): ReviewScope {
  const [kind, ...rest] = value.split(':')
  const v = rest.join(':')
  if (kind === 'location') return { kind: 'location', value: v }
  if (kind === 'municipality') return { kind: 'municipality', value: v }
  return { kind: 'all' }
}

/** Bespreking starten: date (default today), participants and which youths. */
export function StartReviewForm() {
  const t = useT()
  const storageMessage = useStorageErrorMessage()
  const r = t.review
  const today = useToday()
  const actor = useActor()
  const show = useNotices((s) => s.show)
  const [, navigate] = useLocation()
  const { youths } = useBoardData()
  const [date, setDate] = useState(today)
  const [participants, setParticipants] = useState('')
  const [scope, setScope] = useState('all')
  const [errors, setErrors] = useState<{ date?: string; scope?: string }>({})
  const [busy, setBusy] = useState(false)

  const { locations, municipalities } = useMemo(() => {
    const locs = new Set<string>()
    const codes = new Set<string>()
    for (const y of youths.values()) {
      if (y.outflow) continue
      if (y.location) locs.add(y.location)
      codes.add(y.municipalityCode)
    }
    return {
      locations: [...locs].sort((a, b) => a.localeCompare(b, 'nl')),
      municipalities: [...codes]
        .map((code) => ({ code, name: municipalityName(code) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    }
  }, [youths])

  async function submit() {
    const chosen = decodeScope(scope)
    const focusError = () =>
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.start-review [aria-invalid="true"]')?.focus(),
      )
    const problems = isIsoDate(date) ? {} : { date: t.validation.invalidDate }
    setErrors(problems)
    if (Object.keys(problems).length > 0) return focusError()
    setBusy(true)
    try {
      const review = await startReview(
        {
          date,
          participants: participants
            .split(/[,;\n]/)
            .map((p) => p.trim())
            .filter(Boolean),
          scope: chosen,
        },
        actor,
      )
      show({ tone: 'success', message: r.started(review.youthIds.length) })
      navigate(`/${review.id}`)
    } catch (error) {
      setBusy(false)
      if (error instanceof EmptyReviewError) {
        setErrors({ scope: r.noYouths })
        focusError()
      } else show({ tone: 'error', message: storageMessage(error) ?? t.common.unknownError })
    }
  }

  return (
    <form
      className="card start-review form"
      aria-labelledby="start-review-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <h2 id="start-review-title">{r.startTitle}</h2>
      <div className="form__row">
        <DateField label={r.date} value={date} onChange={setDate} error={errors.date} required />
        <InputField
          label={r.participants}
          hint={r.participantsHint}
          value={participants}
          onChange={setParticipants}
          autoComplete="off"
        />
        <Field label={r.scope} error={errors.scope}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              className="select"
              value={scope}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(event) => setScope(event.target.value)}
            >
              <option value="all">{r.scopeAll}</option>
              {locations.length > 0 && (
                <optgroup label={r.scopeLocations}>
                  {locations.map((l) => (
                    <option key={l} value={encodeScope({ kind: 'location', value: l })}>
                      {r.scopeLocation(l)}
                    </option>
                  ))}
                </optgroup>
              )}
              {municipalities.length > 0 && (
                <optgroup label={r.scopeMunicipalities}>
                  {municipalities.map((m) => (
                    <option
                      key={m.code}
                      value={encodeScope({ kind: 'municipality', value: m.code })}
                    >
                      {r.scopeMunicipality(m.name)}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          )}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {r.start}
        </button>
      </div>
    </form>
  )
}
