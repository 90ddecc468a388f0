import { useEffect, useRef, useState, type ReactNode } from 'react'
import { InputField } from '../../../components/field'
import { WrongPassphraseError } from '../../../db/encryption/encryption-repo'
import { MIN_PASSPHRASE_LENGTH } from '../../../db/encryption/params'
import {
  addKeySlot,
  enableTeamEncryption,
  joinTeamKey,
  TeamKeyError,
} from '../../../db/encryption/team-keys'
import { cleanMemberName } from '../../../domain/sync/team-keys'
import type { SyncDoc } from '../../../domain/sync/types'
import { useT, type Dictionary } from '../../../i18n'
import { useNotices } from '../../../stores/notice-store'

type Errors = Partial<Record<'passphrase' | 'repeat' | 'member', string>>
/** Hands the documents an action changed to the bridge (the bridge also publishes on its own). */
export type Publish = (docs: SyncDoc[]) => Promise<void> | void

/** The text for a refused action. */
function problemText(t: Dictionary, error: unknown): string {
  const k = t.teamKeys.errors
  return error instanceof TeamKeyError ? k.problems[error.problem] : k.failed
}

/** Runs one action at a time; a wrong passphrase is named at its field, others as a notice. */
function useAction(setErrors: (errors: Errors) => void) {
  const t = useT()
  const show = useNotices((s) => s.show)
  const [busy, setBusy] = useState(false)
  async function run(work: () => Promise<void>, wrongField: keyof Errors = 'passphrase') {
    if (busy) return
    setBusy(true)
    try {
      await work()
    } catch (error) {
      if (error instanceof WrongPassphraseError) {
        setErrors({ [wrongField]: t.teamKeys.errors.wrongPassphrase })
      } else show({ tone: 'error', message: problemText(t, error) })
    } finally {
      setBusy(false)
    }
  }
  return { busy, run }
}

function Form(props: { busy: boolean; onSubmit: () => void; children: ReactNode }) {
  const form = useRef<HTMLFormElement>(null)
  return (
    <form
      ref={form}
      noValidate
      aria-busy={props.busy}
      onSubmit={(event) => {
        event.preventDefault()
        props.onSubmit()
        // The first field with a problem gets the focus, so a keyboard user hears it.
        queueMicrotask(() =>
          form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        )
      }}
    >
      {props.children}
    </form>
  )
}

function checkNew(t: Dictionary, passphrase: string, repeat: string): Errors {
  const k = t.teamKeys.errors
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    return { passphrase: k.short(MIN_PASSPHRASE_LENGTH) }
  return passphrase === repeat ? {} : { repeat: k.mismatch }
}

interface EnableProps {
  member: string
  actor: string
  /** This browser encrypts already: its own passphrase, no repeat. */
  localOn: boolean
  publish: Publish | undefined
}

/** Turns encryption on for the team; this browser's key becomes the team key. */
export function EnableTeamForm({ member, actor, localOn, publish }: EnableProps) {
  const t = useT()
  const k = t.teamKeys
  const show = useNotices((s) => s.show)
  const [passphrase, setPassphrase] = useState('')
  const [repeat, setRepeat] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const { busy, run } = useAction(setErrors)
  return (
    <details className="settings-list__details">
      <summary>{k.enable}</summary>
      <p>{k.enableHint}</p>
      <p>{localOn ? k.enableLocalOn : k.enableLocalOff}</p>
      <Form
        busy={busy}
        onSubmit={() => {
          const problems = localOn
            ? passphrase
              ? {}
              : { passphrase: k.errors.required }
            : checkNew(t, passphrase, repeat)
          setErrors(problems)
          if (Object.keys(problems).length > 0) return
          void run(async () => {
            const docs = await enableTeamEncryption(member, passphrase, actor)
            await publish?.(docs)
            setPassphrase('')
            setRepeat('')
            show({ tone: 'success', message: k.enabled })
          })
        }}
      >
        <div className="form-grid">
          <InputField
            type="password"
            label={k.passphrase}
            autoComplete={localOn ? 'current-password' : 'new-password'}
            value={passphrase}
            onChange={setPassphrase}
            error={errors.passphrase}
          />
          {!localOn && (
            <InputField
              type="password"
              label={k.repeatPassphrase}
              autoComplete="new-password"
              value={repeat}
              onChange={setRepeat}
              error={errors.repeat}
            />
          )}
        </div>
        <button type="submit" className="button">
          {k.enable}
        </button>
      </Form>
    </details>
  )
}

/** First opening of the team key on this browser, choosing an own passphrase. */
export function JoinTeamForm({ actor, publish }: { actor: string; publish: Publish | undefined }) {
  const t = useT()
  const k = t.teamKeys
  const show = useNotices((s) => s.show)
  const [oneTime, setOneTime] = useState('')
  const [own, setOwn] = useState('')
  const [repeat, setRepeat] = useState('')
  const [errors, setErrors] = useState<Errors & { oneTime?: string }>({})
  const { busy, run } = useAction((e) => setErrors({ oneTime: e.passphrase }))
  return (
    <section aria-labelledby="team-keys-join">
      <h4 id="team-keys-join">{k.join}</h4>
      <p>{k.joinHint}</p>
      <Form
        busy={busy}
        onSubmit={() => {
          const problems = {
            ...(oneTime.trim() ? {} : { oneTime: k.errors.required }),
            ...checkNew(t, own, repeat),
          }
          setErrors(problems)
          if (Object.keys(problems).length > 0) return
          void run(async () => {
            // Not inside `publish?.(…)`: optional chaining would skip the call without a publisher.
            const docs = await joinTeamKey(oneTime.trim(), own, actor)
            await publish?.(docs)
            show({ tone: 'success', message: k.joined })
          })
        }}
      >
        <div className="form-grid">
          <InputField
            type="password"
            label={k.oneTimePassphrase}
            autoComplete="off"
            value={oneTime}
            onChange={setOneTime}
            error={errors.oneTime}
          />
          <InputField
            type="password"
            label={k.ownPassphrase}
            hint={k.ownPassphraseHint(MIN_PASSPHRASE_LENGTH)}
            autoComplete="new-password"
            value={own}
            onChange={setOwn}
            error={errors.passphrase}
          />
          <InputField
            type="password"
            label={k.repeatPassphrase}
            autoComplete="new-password"
            value={repeat}
            onChange={setRepeat}
            error={errors.repeat}
          />
        </div>
        <button type="submit" className="button button--primary">
          {k.join}
        </button>
      </Form>
    </section>
  )
}

/** Sleutel toevoegen voor een teamlid: the one-time passphrase is shown once, here. */
export function AddSlotForm({ publish }: { publish: Publish | undefined }) {
  const t = useT()
  const k = t.teamKeys
  const show = useNotices((s) => s.show)
  const [member, setMember] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [shown, setShown] = useState<{ member: string; passphrase: string } | null>(null)
  const onceBox = useRef<HTMLElement>(null)
  // The passphrase appears once: focus moves to it, so a screen reader reads it out.
  useEffect(() => {
    if (shown) onceBox.current?.focus()
  }, [shown])
  const { busy, run } = useAction(setErrors)
  return (
    <section aria-labelledby="team-keys-add">
      <h4 id="team-keys-add">{k.addSlot}</h4>
      <Form
        busy={busy}
        onSubmit={() => {
          const name = cleanMemberName(member)
          setErrors(name ? {} : { member: k.errors.member })
          if (!name) return
          void run(async () => {
            const added = await addKeySlot(name)
            await publish?.(added.docs)
            setMember('')
            setShown({ member: name, passphrase: added.passphrase })
            show({ tone: 'success', message: k.slotAdded(name) })
          })
        }}
      >
        <div className="inline-add">
          <InputField
            label={k.member}
            hint={k.memberHint}
            value={member}
            onChange={setMember}
            error={errors.member}
          />
          <button type="submit" className="button">
            {k.addSlot}
          </button>
        </div>
      </Form>
      {shown && (
        <section
          ref={onceBox}
          tabIndex={-1}
          className="team-keys__once"
          aria-labelledby="team-keys-once"
        >
          <h5 id="team-keys-once">{k.showOnce(shown.member)}</h5>
          <p className="team-keys__passphrase">
            <code>{shown.passphrase}</code>
          </p>
          <p>{k.showOnceGuidance(shown.member)}</p>
          <button type="button" className="button" onClick={() => setShown(null)}>
            {k.handedOver}
          </button>
        </section>
      )}
    </section>
  )
}
