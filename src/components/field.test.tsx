import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { MEASURES, type Measure } from '../domain/types'
import { DateField } from './date-field'
import { InputField, SelectField, selectOptions, TextAreaField } from './field'
import { FormActions, ValidatedForm } from './validated-form'

const COLOURS = ['rood', 'groen'] as const
type Colour = (typeof COLOURS)[number]
const colourLabels: Record<Colour, string> = { rood: 'Rood', groen: 'Groen' }

describe('field components', () => {
  it('link the label, the hint and the error to the input', () => {
    render(
      <InputField
        label="Cliëntnummer"
        hint="Geen BSN"
        error="Vul dit veld in."
        value=""
        onChange={() => undefined}
        required
      />,
    )
    const input = screen.getByRole('textbox', { name: /^Cliëntnummer/ })
    expect(input).toBeRequired()
    expect(input).toHaveAttribute('aria-required', 'true')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription('Vul dit veld in. Geen BSN')
  })

  it('mark a field without error as valid and describe it by its hint only', () => {
    render(<DateField label="Geboortedatum" value="" onChange={() => undefined} />)
    const input = screen.getByRole('textbox', { name: 'Geboortedatum' })
    expect(input).toHaveAttribute('aria-invalid', 'false')
    expect(input).not.toBeRequired()
    expect(input).toHaveAccessibleDescription('Bijvoorbeeld 14-03-2009')
  })

  it('give a text area the same error wiring', () => {
    render(
      <TextAreaField label="Toelichting" value="" onChange={() => undefined} error="Te lang." />,
    )
    const area = screen.getByRole('textbox', { name: 'Toelichting' })
    expect(area).toHaveAttribute('aria-invalid', 'true')
    expect(area).toHaveAccessibleDescription('Te lang.')
  })

  it('hand back the chosen option, and "" for the placeholder', async () => {
    const user = userEvent.setup()
    const picked: (Colour | '')[] = []
    function Colours() {
      const [value, setValue] = useState<Colour | ''>('')
      return (
        <SelectField
          label="Kleur"
          value={value}
          placeholder="Kies…"
          options={selectOptions(COLOURS, colourLabels)}
          onChange={(next) => {
            picked.push(next)
            setValue(next)
          }}
        />
      )
    }
    render(<Colours />)
    const select = screen.getByRole('combobox', { name: 'Kleur' })
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Kies…',
      'Rood',
      'Groen',
    ])
    await user.selectOptions(select, 'groen')
    expect(select).toHaveValue('groen')
    await user.selectOptions(select, '')
    expect(picked).toEqual(['groen', ''])
  })

  it('offer no empty option when a value is always chosen', () => {
    render(
      <SelectField<Measure>
        label="Maatregel"
        value="geen"
        options={selectOptions(MEASURES, {
          geen: 'Geen',
          ots: 'OTS',
          voogdij: 'Voogdij',
          jeugdreclassering: 'Jeugdreclassering',
        })}
        onChange={() => undefined}
      />,
    )
    expect(screen.getAllByRole('option')).toHaveLength(MEASURES.length)
    expect(screen.getByRole('combobox', { name: 'Maatregel' })).toHaveValue('geen')
  })
})

describe('ValidatedForm', () => {
  it('submits through the app, lists the errors by label and offers cancel', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn(() => Promise.resolve())
    const onCancel = vi.fn()
    render(
      <ValidatedForm
        formRef={{ current: null }}
        errors={{ name: 'required' }}
        labels={{ name: 'Naam' }}
        onSubmit={onSubmit}
      >
        <InputField label="Naam" value="" onChange={() => undefined} required />
        <FormActions submitLabel="Opslaan" onCancel={onCancel} />
      </ValidatedForm>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('Naam: Vul dit veld in.')
    await user.click(screen.getByRole('button', { name: 'Opslaan' }))
    expect(onSubmit).toHaveBeenCalledTimes(1)
    await user.click(screen.getByRole('button', { name: 'Annuleren' }))
    expect(onCancel).toHaveBeenCalledTimes(1)
  })

  it('disables the submit button while busy', () => {
    render(<FormActions submitLabel="Opslaan" onCancel={() => undefined} busy />)
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeDisabled()
  })
})
