import { must } from '../../../../test/factories/agreements'
import { screen, waitFor, within } from '@testing-library/react'
import { useLiveQuery } from 'dexie-react-hooks'
import { describe, expect, it } from 'vitest'
import { renderWithApp } from '../../../../test/render'
import {
  addAgreement,
  listAgreements,
  setAgreementStatus,
  updateAgreement,
  type AgreementInput,
} from '../../../db/municipal-repo'
import { buildMunicipalOverview, type Agreement } from '../../../domain/municipal'
import { AgreementsTab } from './agreements-tab'

const RONDE = '2026-03-29'
const PROVIDERS = [
  { providerKey: 'de linde', providerName: 'De Linde' },
  { providerKey: 'het baken', providerName: 'Het Baken' },
]

function overviewWith(agreements: readonly Agreement[]) {
  return buildMunicipalOverview({
    files: [],
    rondeDate: RONDE,
    settings: {
      rondeAnchorDate: '2026-02-15',
      rondeWeeks: 6,
      rondeWindowWeeks: 6,
      dailyTariffs: {},
    },
    selection: { kind: 'all' },
    agreements,
    today: '2026-04-02',
  })
}

const ISSUER = { kind: 'gemeente', code: 'GM0518', name: "'s-Gravenhage" } as const
const NO_IDS = new Map<string, string>()

/** As the Gemeente-overzicht page feeds the tab: a live query of the stored afspraken. */
function LiveTab() {
  const agreements = useLiveQuery(listAgreements, [])
  if (!agreements) return null
  return (
    <AgreementsTab
      overview={overviewWith(agreements)}
      agreements={agreements}
      rondeDate={RONDE}
      providers={PROVIDERS}
      issuer={ISSUER}
      providerIds={NO_IDS}
    />
  )
}

/** A page that has not heard of a change made elsewhere (another tab) yet. */
function SnapshotTab({ agreements }: { agreements: Agreement[] }) {
  return (
    <AgreementsTab
      overview={overviewWith(agreements)}
      agreements={agreements}
      rondeDate={RONDE}
      providers={PROVIDERS}
      issuer={ISSUER}
      providerIds={NO_IDS}
    />
  )
}

function input(overrides: Partial<AgreementInput> = {}): AgreementInput {
  return {
    providerKey: 'de linde',
    providerName: 'De Linde',
    rondeDate: RONDE,
    reasonCode: null,
    clientRefs: [],
    text: 'Wachtlijst kamertraining elke ronde bespreken',
    owner: 'gemeente',
    dueDate: '2026-05-10',
    kind: null,
    response: null,
    ...overrides,
  }
}

/** The afspraken of one provider's list (not the events of their history, a list inside). */
function items(list: HTMLElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>(':scope > li')]
}

function onlyItem(list: HTMLElement): HTMLElement {
  const all = items(list)
  expect(all).toHaveLength(1)
  return must(all[0])
}

/** The (one) afspraak with De Linde. */
function lindeItem() {
  return onlyItem(screen.getByRole('list', { name: 'Afspraken met De Linde' }))
}

describe('AgreementsTab', () => {
  it('says there are no afspraken yet', async () => {
    renderWithApp(<LiveTab />)
    expect(await screen.findByText('Nog geen afspraken in deze ronde.')).toBeVisible()
  })

  it('names each missing field and stores nothing when the form is incomplete', async () => {
    const { user } = renderWithApp(<LiveTab />)
    await user.click(await screen.findByRole('button', { name: 'Afspraak toevoegen' }))
    const dialog = screen.getByRole('dialog', { name: 'Afspraak toevoegen' })
    await user.type(within(dialog).getByLabelText(/Streefdatum/), '31-02-2026')
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }))
    const summary = within(dialog).getByRole('alert')
    expect(summary).toHaveTextContent('Aanbieder: Vul dit veld in.')
    expect(summary).toHaveTextContent('Afspraak: Vul dit veld in.')
    expect(summary).toHaveTextContent('Streefdatum: Dit is geen geldige datum.')
    expect(within(dialog).getByLabelText(/^Aanbieder/)).toHaveAttribute('aria-invalid', 'true')
    expect(await listAgreements()).toEqual([])
  })

  it('adds an afspraak with knelpuntcode, cliëntnummer, eigenaar and streefdatum', async () => {
    const { user } = renderWithApp(<LiveTab />)
    await user.click(await screen.findByRole('button', { name: 'Afspraak toevoegen' }))
    const dialog = screen.getByRole('dialog', { name: 'Afspraak toevoegen' })
    await user.selectOptions(within(dialog).getByLabelText(/^Aanbieder/), 'Het Baken')
    await user.type(
      within(dialog).getByLabelText(/^Afspraak/),
      'Urgentie aanvragen bij de corporatie',
    )
    await user.type(within(dialog).getByLabelText(/^Knelpuntcode/), 'WON-3')
    await user.type(within(dialog).getByLabelText(/^Cliëntnummer/), 'B-204')
    await user.selectOptions(within(dialog).getByLabelText(/^Eigenaar/), 'Samen')
    await user.type(within(dialog).getByLabelText(/^Streefdatum/), '30-04-2027')
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }))

    const group = await screen.findByRole('list', { name: 'Afspraken met Het Baken' })
    const item = onlyItem(group)
    expect(item).toHaveTextContent('Urgentie aanvragen bij de corporatie')
    expect(item).toHaveTextContent('Open')
    expect(item).toHaveTextContent('Samen')
    expect(item).toHaveTextContent('30-04-2027')
    expect(item).toHaveTextContent('WON-3')
    expect(item).toHaveTextContent('B-204')
    const [stored] = await listAgreements()
    expect(stored).toMatchObject({
      providerKey: 'het baken',
      providerName: 'Het Baken',
      rondeDate: RONDE,
      reasonCode: 'WON-3',
      clientRefs: ['B-204'],
      owner: 'samen',
      dueDate: '2027-04-30',
      status: 'open',
    })
  })

  it('groups per provider and shows the ronde an afspraak was carried over from', async () => {
    await addAgreement(input({ rondeDate: '2026-02-15', text: 'Oude afspraak' }), 'test')
    await addAgreement(input({ providerKey: 'het baken', providerName: 'Het Baken' }), 'test')
    renderWithApp(<LiveTab />)
    const linde = await screen.findByRole('list', { name: 'Afspraken met De Linde' })
    expect(onlyItem(linde)).toHaveTextContent('uit ronde 15-02-2026')
    const baken = screen.getByRole('list', { name: 'Afspraken met Het Baken' })
    expect(onlyItem(baken)).not.toHaveTextContent('uit ronde')
    expect(screen.getByRole('heading', { name: /De Linde \(1 open, 0 afgerond\)/ })).toBeVisible()
  })

  it('marks an afspraak afgerond and reopens it from the keyboard; focus stays on the afspraak', async () => {
    await addAgreement(input({ text: 'Eerste', dueDate: '2026-04-10' }), 'test')
    await addAgreement(input({ text: 'Tweede', dueDate: '2026-06-01' }), 'test')
    const { user } = renderWithApp(<LiveTab />)
    const list = await screen.findByRole('list', { name: 'Afspraken met De Linde' })
    const first = () => must(items(list)[0])
    expect(first()).toHaveTextContent('Eerste')
    within(first()).getByRole('button', { name: 'Afronden' }).focus()
    await user.keyboard('{Enter}')
    // Closed afspraken go below the open ones; focus follows the afspraak.
    await waitFor(() => expect(first()).toHaveTextContent('Tweede'))
    const closed = must(items(list)[1])
    expect(closed).toHaveTextContent('Afgerond')
    expect(closed).toHaveTextContent('afgerond in ronde 29-03-2026')
    const reopen = within(closed).getByRole('button', { name: 'Heropenen' })
    await waitFor(() => expect(reopen).toHaveFocus())
    const stored = (await listAgreements()).find((a) => a.text === 'Eerste')
    expect(stored).toMatchObject({ status: 'afgerond', closedRonde: RONDE })
    await user.keyboard('{Enter}')
    await waitFor(() => expect(first()).toHaveTextContent('Eerste'))
    expect(within(first()).getByRole('button', { name: 'Afronden' })).toHaveFocus()
    expect((await listAgreements()).every((a) => a.status === 'open')).toBe(true)
  })

  it('refuses to close an afspraak changed elsewhere, says so and shows the latest version', async () => {
    const original = await addAgreement(input(), 'test')
    const { user } = renderWithApp(<SnapshotTab agreements={[original]} />)
    // Another tab rewrites it after this screen read it.
    await updateAgreement(original.id, original.version, { text: 'Nieuwe tekst uit ander tabblad' })
    await user.click(await screen.findByRole('button', { name: 'Afronden' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deze afspraak is intussen ergens anders gewijzigd',
    )
    expect(lindeItem()).toHaveTextContent('Nieuwe tekst uit ander tabblad')
    const [stored] = await listAgreements()
    expect(stored).toMatchObject({ status: 'open', text: 'Nieuwe tekst uit ander tabblad' })
    // A second, deliberate click works on the version just read.
    await user.click(screen.getByRole('button', { name: 'Afronden' }))
    await waitFor(async () =>
      expect((await listAgreements())[0]).toMatchObject({ status: 'afgerond' }),
    )
  })

  it('merges an edit with a newer version that changed other fields, and says so', async () => {
    const original = await addAgreement(input({ owner: null }), 'test')
    const { user } = renderWithApp(<LiveTab />)
    await user.click(await screen.findByRole('button', { name: 'Bewerken' }))
    const dialog = screen.getByRole('dialog', { name: 'Afspraak met De Linde bewerken' })
    const text = within(dialog).getByLabelText(/^Afspraak/)
    expect(text).toHaveFocus()
    await user.clear(text)
    await user.type(text, 'Mijn tekst')
    // Elsewhere meanwhile: afgerond, then eigenaar and knelpuntcode set.
    await setAgreementStatus(original.id, original.version, 'afgerond', RONDE)
    await updateAgreement(original.id, original.version + 1, {
      owner: 'samen',
      reasonCode: 'SCH-1',
    })

    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect((await listAgreements())[0]).toMatchObject({
      text: 'Mijn tekst',
      owner: 'samen',
      reasonCode: 'SCH-1',
      status: 'afgerond',
    })
    expect(
      await screen.findByText(/samengevoegd met een nieuwere versie.*Knelpuntcode, Eigenaar/),
    ).toBeVisible()
  })

  it('asks per field when the text was changed elsewhere too, and writes nothing before the choice', async () => {
    const original = await addAgreement(input(), 'test')
    const { user } = renderWithApp(<LiveTab />)
    await user.click(await screen.findByRole('button', { name: 'Bewerken' }))
    const dialog = screen.getByRole('dialog', { name: 'Afspraak met De Linde bewerken' })
    const text = within(dialog).getByLabelText(/^Afspraak/)
    await user.clear(text)
    await user.type(text, 'Mijn tekst')
    await user.selectOptions(within(dialog).getByLabelText(/^Eigenaar/), 'Aanbieder')
    await updateAgreement(original.id, original.version, { text: 'Tekst van een collega' })

    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }))
    const group = await within(dialog).findByRole('group', { name: 'Afspraak' })
    expect(within(group).getByText('Mijn tekst')).toBeVisible()
    expect(within(group).getByText('Tekst van een collega')).toBeVisible()
    expect(within(dialog).queryByRole('group', { name: 'Eigenaar' })).not.toBeInTheDocument()
    expect((await listAgreements())[0]?.text).toBe('Tekst van een collega')

    await user.click(within(group).getByRole('radio', { name: /^Nieuwere versie/ }))
    await user.click(within(dialog).getByRole('button', { name: 'Keuze opslaan' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect((await listAgreements())[0]).toMatchObject({
      text: 'Tekst van een collega',
      owner: 'aanbieder',
    })
  })
})
