import { useMemo, useState } from 'react'
import { Dialog } from '../../../components/dialog'
import { downloadFile } from '../../../components/download'
import { SelectField } from '../../../components/field'
import { markAgreementsSent } from '../../../db/municipal-repo'
import {
  agreementsFileSchema,
  type AgreementIssuer,
  type AgreementsFile,
} from '../../../domain/agreements/agreements-schema'
import {
  agreementsFileName,
  buildAgreementsFile,
} from '../../../domain/agreements/build-agreements-file'
import { describeIssue } from '../../../domain/exchange/exchange-errors'
import { formatDutchDate } from '../../../domain/dates'
import type { Agreement } from '../../../domain/municipal'
import type { IsoDate } from '../../../domain/types'
import { useStorageErrorMessage } from '../../../hooks/use-storage-error-message'
import { useT } from '../../../i18n'
import { useNotices } from '../../../stores/notice-store'

interface SendProps {
  agreements: readonly Agreement[]
  rondeDate: IsoDate
  issuer: AgreementIssuer | null
  /** The provider key (`provider.id`) from each provider's newest file that has one. */
  providerIds: ReadonlyMap<string, string>
  onClose: () => void
}

const ALL = '*'
const byName = new Intl.Collator('nl', { numeric: true })

/**
 * Afspraken versturen: for the chosen ronde, one afsprakenbestand per provider (or for all,
 * one each). A file the reader would refuse is never handed out: it is checked against the
 * schema first and the afspraak that breaks it is named.
 */
export function SendAgreementsDialog(props: SendProps) {
  const { agreements, rondeDate, issuer, providerIds, onClose } = props
  const t = useT()
  const g = t.agreements
  const show = useNotices((s) => s.show)
  const storageMessage = useStorageErrorMessage()
  const [choice, setChoice] = useState(ALL)
  const [problem, setProblem] = useState<string[]>([])
  const providers = useMemo(() => {
    const map = new Map<string, { name: string; count: number }>()
    for (const a of agreements) {
      if (a.rondeDate > rondeDate) continue
      const p = map.get(a.providerKey) ?? { name: a.providerName, count: 0 }
      map.set(a.providerKey, { ...p, count: p.count + 1 })
    }
    return [...map.entries()].sort((x, y) => byName.compare(x[1].name, y[1].name))
  }, [agreements, rondeDate])

  function fileFor(
    from: AgreementIssuer,
    providerKey: string,
    name: string,
    createdAt: string,
  ): AgreementsFile {
    return buildAgreementsFile({
      agreements,
      providerKey,
      provider: { name, id: providerIds.get(providerKey) ?? null },
      issuer: from,
      ronde: rondeDate,
      createdAt,
    })
  }

  async function send(from: AgreementIssuer) {
    const createdAt = new Date().toISOString()
    const chosen = choice === ALL ? providers : providers.filter(([key]) => key === choice)
    const files = chosen.map(([key, p]) => fileFor(from, key, p.name, createdAt))
    const errors = files.flatMap((file) => {
      const parsed = agreementsFileSchema.safeParse(file)
      if (parsed.success) return []
      return parsed.error.issues
        .slice(0, 5)
        .map((issue) => `${file.provider.name}: ${describeIssue(issue, file)}`)
    })
    if (errors.length > 0) return setProblem(errors)
    try {
      for (const file of files) {
        downloadFile(
          `${JSON.stringify(file, null, 2)}\n`,
          agreementsFileName(file, t.agreements.fileName),
          'application/json',
        )
      }
      await markAgreementsSent(
        files.flatMap((f) => f.agreements.map((a) => a.id)),
        createdAt,
      )
      show({ tone: 'success', message: g.sent(files.length) })
      onClose()
    } catch (error) {
      setProblem([storageMessage(error) ?? t.common.unknownError])
    }
  }

  return (
    <Dialog
      title={g.sendTitle}
      onClose={onClose}
      description={g.sendIntro(formatDutchDate(rondeDate))}
    >
      {issuer === null ? (
        <p className="error-summary" role="alert">
          {g.sendNoIssuer}
        </p>
      ) : providers.length === 0 ? (
        <p className="empty-note">{g.sendNothing}</p>
      ) : (
        <>
          {problem.length > 0 && (
            <ul className="error-summary" role="alert">
              {problem.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <SelectField
            label={g.sendProvider}
            value={choice}
            options={[
              { value: ALL, label: g.sendAll },
              ...providers.map(([key, p]) => ({
                value: key,
                label: `${p.name} (${g.sendCount(p.count)})`,
              })),
            ]}
            onChange={setChoice}
          />
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void send(issuer)}
            >
              {g.sendButton}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t.common.cancel}
            </button>
          </div>
        </>
      )}
    </Dialog>
  )
}
