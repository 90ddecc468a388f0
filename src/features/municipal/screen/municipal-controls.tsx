import { Field, SelectField } from '../../../components/field'
import { scopeKey, type Selection, type SelectionChoices } from '../../../domain/municipal'
import { municipalityName } from '../../../domain/municipalities'
import type { IsoDate } from '../../../domain/types'
import { useT } from '../../../i18n'

interface ControlsProps {
  rondes: readonly IsoDate[]
  rondeDate: IsoDate
  today: IsoDate
  onRonde: (date: IsoDate) => void
  selection: Selection
  ownSelection: Selection
  choices: SelectionChoices
  onSelection: (key: string) => void
}

interface Option {
  value: string
  label: string
}

/** Ronde and selection: the two choices every figure on the page depends on. */
export function MunicipalControls(props: ControlsProps) {
  const t = useT()
  const m = t.municipal
  const ownKey = scopeKey(props.ownSelection)
  // "All" needs no mark: it is also what an unset choice means.
  const mark = (key: string, label: string) =>
    key === ownKey && key !== 'all' ? m.selectionOwn(label) : label
  const regions: Option[] = props.choices.regions.map((name) => {
    const key = scopeKey({ kind: 'regio', name })
    return { value: key, label: mark(key, m.region(name)) }
  })
  const municipalities: Option[] = props.choices.municipalities.map(({ code, name }) => {
    const key = scopeKey({ kind: 'gemeente', code })
    return { value: key, label: mark(key, name) }
  })
  const listed = new Set([
    'all',
    ...regions.map((o) => o.value),
    ...municipalities.map((o) => o.value),
  ])
  // The own choice from Instellingen is always offered, also when no file mentions it yet.
  const own: Option[] =
    listed.has(ownKey) || props.ownSelection.kind === 'all'
      ? []
      : [
          {
            value: ownKey,
            label: m.selectionOwn(
              props.ownSelection.kind === 'gemeente'
                ? municipalityName(props.ownSelection.code)
                : m.region(props.ownSelection.name),
            ),
          },
        ]
  const current = scopeKey(props.selection)
  return (
    <section className="card municipal-controls" aria-labelledby="municipal-choose">
      <h2 id="municipal-choose" className="visually-hidden">
        {m.choose}
      </h2>
      <div className="municipal-controls__grid">
        <SelectField
          label={m.ronde}
          value={props.rondeDate}
          options={[...props.rondes].reverse().map((date) => ({
            value: date,
            label: m.rondeOption(date, date > props.today),
          }))}
          onChange={props.onRonde}
        />
        <Field label={m.selection}>
          {({ control }) => (
            <select
              {...control}
              className="select"
              value={current}
              onChange={(event) => props.onSelection(event.target.value)}
            >
              <option value="all">{mark('all', m.selectionAll)}</option>
              {own.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
              {regions.length > 0 && (
                <optgroup label={m.regions}>
                  {regions.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              )}
              {municipalities.length > 0 && (
                <optgroup label={m.municipalities}>
                  {municipalities.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          )}
        </Field>
      </div>
    </section>
  )
}
