const n = new Intl.NumberFormat('nl-NL')

export const nlBoard = {
  title: 'Bord',
  intro: 'Alle geplaatste jongeren met de status van hun randvoorwaarden voor uitstroom.',
  addYouth: 'Jongere toevoegen',
  legend: 'Toelichting',
  loadSample: 'Voorbeeldgegevens laden',
  sampleLoaded: (count: number) => `${n.format(count)} fictieve jongeren geladen.`,
  sampleNotEmpty:
    'Er staan al jongeren op het bord; voorbeeldgegevens worden alleen in een leeg bord geladen.',
  emptyTitle: 'Nog geen jongeren op het bord',
  emptyText:
    'Voeg de jongeren toe die bij u geplaatst zijn, of bekijk eerst hoe het bord werkt met fictieve voorbeeldgegevens.',
  emptyPrivacy: 'Voorbeeldgegevens zijn verzonnen; er staan geen echte personen in.',
  toMunicipal: 'Naar het Gemeente-overzicht',
  toMunicipalText:
    'Werkt u als accountmanager of contractmanager jeugd voor een gemeente of jeugdregio? In het Gemeente-overzicht laadt u de uitwisselbestanden van uw aanbieders.',
  readError: {
    title: 'De gegevens konden niet worden gelezen',
    kept: 'Het bord toont de jongeren zoals ze het laatst zijn gelezen.',
    other: 'De browser gaf een fout bij het lezen. Probeer het opnieuw of laad de pagina opnieuw.',
    retry: 'Opnieuw lezen',
  },
  storageFull: {
    title: 'De opslag raakte vol',
    text: 'De schijf van deze computer raakte vol terwijl Doorstroombord gegevens wilde bewaren. Sommige browsers (zoals Chrome en Edge) wissen dan de opgeslagen gegevens van de app. Stonden hier jongeren? Maak ruimte vrij op de schijf en zet uw laatste back-up terug.',
    restore: 'Naar Back-up terugzetten',
    dismiss: 'Melding sluiten',
  },
  loadingProgress: (loaded: number, total: number) =>
    `Bord wordt geladen: ${n.format(loaded)} van ${n.format(total)} jongeren`,
  countsLabel: 'Aantal jongeren per totaalstatus',
  countShown: (shown: number, total: number) =>
    shown === total
      ? `${n.format(total)} jongeren`
      : `${n.format(shown)} van ${n.format(total)} jongeren getoond`,
  filterByStatus: (status: string, count: number) =>
    `Toon alleen totaalstatus ${status} (${n.format(count)})`,
  filters: 'Filters',
  search: 'Zoeken',
  searchHint: 'Cliëntnummer, naam, locatie, gemeente of regiebehandelaar',
  clearFilters: 'Filters wissen',
  noMatches: 'Geen jongeren gevonden met deze filters.',
  filter: {
    municipality: 'Gemeente',
    location: 'Locatie',
    livingArrangement: 'Verblijfsvorm',
    totalStatus: 'Totaalstatus',
    signal: 'Signaal',
  },
  columns: {
    clientRef: 'Cliëntnummer',
    age: 'Leeftijd',
    municipality: 'Gemeente',
    location: 'Locatie',
    livingArrangement: 'Verblijfsvorm',
    lengthOfStay: 'Verblijfsduur',
    expectedOutflowDate: 'Beoogde uitstroom',
    perspective: 'Perspectief',
    totalStatus: 'Totaal',
    signals: 'Signalen',
  },
  tableCaption: 'Jongeren op het bord',
  sortAscending: 'oplopend gesorteerd',
  sortDescending: 'aflopend gesorteerd',
  sortBy: (column: string) => `Sorteer op ${column}`,
  openYouth: (ref: string) => `Open ${ref}`,
  passed: 'verstreken',
  stayMonths: (m: number) => `${n.format(m)} mnd`,
  stayYears: (y: number) => `${n.format(Math.round(y * 10) / 10)} jaar`,
  stayDays: (d: number) => `${n.format(d)} d`,
  statusButton: (precondition: string, status: string) => `${precondition}: ${status}`,
  trend: {
    title: 'Trend',
    summary: (count: number) =>
      count === 1
        ? 'Trend sinds de eerste bespreking'
        : `Trend over de laatste ${n.format(count)} besprekingen`,
    empty: 'Nog geen afgeronde besprekingen: de trend verschijnt na de eerste bespreking.',
    totalTitle: 'Totaalstatus per bespreking',
    redTitle: 'Rood per randvoorwaarde',
    chartLabel: (first: string, last: string, rood: number, groen: number) =>
      `Staafdiagram van ${first} tot ${last}. Bij de laatste bespreking ${n.format(rood)} rood en ${n.format(groen)} groen. De tabel hieronder geeft alle aantallen.`,
    tableCaption: 'Aantal jongeren per totaalstatus en rood per randvoorwaarde, per bespreking',
    showTable: 'Aantallen als tabel',
    review: 'Bespreking',
    redOn: (name: string) => `Rood op ${name}`,
  },
  noSignals: 'geen',
}
