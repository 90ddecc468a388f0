import type { ColourMeaning } from '../../domain/import/cell-colour'
import { colourName } from '../../domain/import/cell-colour'
import type { ColourAnswers, UnknownColour } from '../../domain/import/colour-statuses'
import { useT } from '../../i18n'

interface ColourQuestionsProps {
  unknown: readonly UnknownColour[]
  answers: ColourAnswers
  onAnswer: (colour: string, meaning: ColourMeaning) => void
}

const MEANINGS = ['rood', 'oranje', 'groen', 'none'] as const

/**
 * "Deze kleur betekent: …", once per colour that neither a legend nor its hue explains. The
 * colour is named and placed in words beside its swatch: colour is never the only signal.
 */
export function ColourQuestions({ unknown, answers, onAnswer }: ColourQuestionsProps) {
  const t = useT()
  const c = t.importColours
  if (unknown.length === 0) return null
  return (
    <section className="import-colours" aria-labelledby="import-colours-title">
      <h3 id="import-colours-title">{c.questionsTitle}</h3>
      <p>{c.questionsIntro}</p>
      {unknown.map((u) => (
        <fieldset key={u.colour} className="choice-group import-colour">
          <legend>
            <span
              className="import-colour__swatch"
              style={{ backgroundColor: `#${u.colour}` }}
              aria-hidden="true"
            />
            {c.question(c.names[colourName(u.colour)], u.colour, u.count, u.rowNumber, u.column)}
          </legend>
          {u.legendWord && <p>{c.legendWord(u.legendWord)}</p>}
          {MEANINGS.map((meaning) => (
            <label key={meaning} className="checkbox">
              <input
                type="radio"
                name={`import-colour-${u.colour}`}
                checked={answers[u.colour] === meaning}
                onChange={() => onAnswer(u.colour, meaning)}
              />
              {meaning === 'none' ? c.none : t.statuses[meaning]}
            </label>
          ))}
        </fieldset>
      ))}
    </section>
  )
}
