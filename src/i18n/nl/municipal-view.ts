const n = new Intl.NumberFormat('nl-NL')

/** Gemeente-overzicht: the Jongeren column chooser and change filter, and Afdrukken. */
export const nlMunicipalView = {
  change: {
    filter: 'Sinds vorige peildatum',
    column: 'Verandering',
    options: {
      beter: 'Verbeterd',
      slechter: 'Verslechterd',
      nieuw: 'Nieuw',
      gelijk: 'Gelijk gebleven',
    },
    option: (label: string, youths: number) => `${label} (${n.format(youths)})`,
  },
  columns: {
    button: 'Kolommen',
    title: 'Kolommen kiezen',
    hint: 'Aanbieder en cliëntnummer staan altijd vooraan en blijven staan als u opzij schuift. Uw keuze wordt in deze browser onthouden.',
    shown: (shown: number, total: number) => `${n.format(shown)} van ${n.format(total)} kolommen`,
    reset: 'Standaardkolommen',
    close: 'Klaar',
  },
  print: {
    title: 'Afdrukken',
    intro:
      'Kies welke onderdelen op papier komen. Ze worden in deze volgorde afgedrukt, op A4 liggend, zonder knoppen.',
    sections: 'Onderdelen',
    all: 'Alles',
    submit: 'Afdrukken',
    cancel: 'Annuleren',
    none: 'Kies minstens één onderdeel.',
    youthsNote: (shown: number, total: number) =>
      shown === total
        ? `Alle ${n.format(total)} jongeren, met de gekozen kolommen.`
        : `${n.format(shown)} van ${n.format(total)} jongeren (de filters van het tabblad Jongeren), met de gekozen kolommen.`,
    printed: 'Zo komt het overzicht op papier. Sluit het afdrukvenster om terug te gaan.',
    back: 'Terug naar het overzicht',
  },
}
