import type { ContentReason } from '../../domain/import/content-match'
const n = (value: number) => new Intl.NumberFormat('nl-NL').format(value)
const rows = (value: number) => `${n(value)} ${value === 1 ? 'rij' : 'rijen'}`
const youths = (value: number) => `${n(value)} ${value === 1 ? 'jongere' : 'jongeren'}`

const CONTENT_REASONS_NL: Record<ContentReason, string> = {
  municipalities: 'alle waarden zijn gemeenten',
  livingArrangements: 'alle waarden zijn verblijfsvormen',
  statuses: 'alle waarden zijn statussen (rood, oranje, groen)',
  uniqueCodes: 'alle waarden zijn verschillende korte codes',
  names: 'alle waarden zijn voornamen of initialen',
  birthDates: 'alle waarden zijn geboortedata van jongeren',
  placementDates: 'alle waarden zijn data in het verleden die bij een plaatsing passen',
  futureDates: 'de meeste waarden zijn data in de toekomst',
  freeText: 'de waarden zijn lopende tekst',
}

export const nlImporter = {
  title: 'Importeren',
  intro:
    'Zet uw bestaande lijst (Excel of CSV) in één keer op het bord. U ziet eerst precies wat er gaat gebeuren; er wordt pas iets opgeslagen als u op "Import uitvoeren" klikt.',
  steps: { file: 'Bestand', mapping: 'Kolommen', preview: 'Controle', done: 'Klaar' },
  stepOf: (step: number, total: number) => `Stap ${step} van ${total}`,
  file: 'Spreadsheet (.xlsx of .csv)',
  fileHint:
    'Ook .ods (LibreOffice). Titelregels en lege regels boven de kolomnamen worden overgeslagen. Cliëntnummer is verplicht; gebruik nooit een BSN. Het bestand blijft op uw computer.',
  reading: 'Bestand wordt gelezen…',
  readFailed: 'Dit bestand kan niet worden gelezen. Kies een .xlsx- of .csv-bestand.',
  oldExcel:
    'Dit is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of als CSV en kies het opnieuw.',
  notText: (name: string) =>
    `"${name}" is geen spreadsheet en geen tekstbestand: de inhoud is onleesbaar. Er is niets veranderd. Open uw lijst in Excel of LibreOffice, sla die op als .xlsx of .csv en kies dat bestand.`,
  notWorkbookZip: (name: string) =>
    `"${name}" is een zip-bestand, geen werkmap (bijvoorbeeld een ingepakte map of een Word-document). Er is niets veranderd. Pak het uit en kies de lijst zelf, of sla de lijst in Excel of LibreOffice op als .xlsx of .csv.`,
  tooLarge: (name: string, megabytes: number, limit: number, packed: boolean) =>
    `"${name}" wordt niet geopend: uitgepakt zou deze werkmap ${n(megabytes)} MB zijn${packed ? ', veel sterker ingepakt dan een lijst kan zijn' : `, meer dan de ${n(limit)} MB die een lijst hier mag beslaan`}. Er is niets veranderd. Controleer of dit de goede lijst is; sla hem zo nodig in Excel of LibreOffice opnieuw op, of splits hem in kleinere lijsten.`,
  unpacking: 'Werkmap wordt uitgepakt…',
  unpacked: (done: number, total: number) => `${n(done)} van ${n(total)} MB`,
  empty: 'Dit bestand bevat geen rijen met gegevens onder de kolomnamen.',
  sheetFacts: (name: string, count: number) => `${name}: ${rows(count)} met gegevens.`,
  csvFacts: (separator: string, encoding: string) =>
    `Gelezen als CSV met scheidingsteken ${separator} en tekenset ${encoding}.`,
  separators: { ';': 'puntkomma (;)', ',': 'komma (,)', '\t': 'tab', '|': 'verticale streep (|)' },
  encodings: {
    'utf-8': 'UTF-8',
    'windows-1252': 'Windows-1252 (ANSI)',
    'utf-16le': 'UTF-16 (Unicode-tekst)',
    'utf-16be': 'UTF-16 (Unicode-tekst)',
  },
  mappingTitle: 'Kolommen koppelen',
  mappingIntro:
    'Geef per kolom uit uw bestand aan in welk veld die hoort. Kolommen waarvan wij de naam zeker herkennen zijn al gekoppeld; bij twijfel staat er een voorstel naast de kolom, dat u kunt overnemen. Pas aan waar nodig.',
  sheet: 'Werkblad',
  sheetOption: (name: string, count: number) => `${name} (${rows(count)} gevuld)`,
  headerRow: 'Rij met kolomnamen',
  headerRowHint: (row: number) =>
    `Rij ${row} is als rij met kolomnamen genomen; de regels erboven worden overgeslagen. Kies een andere rij als dat niet klopt.`,
  headerRowOption: (row: number, titles: string) => `Rij ${row}: ${titles}`,
  recognised: (sure: number, total: number, suggestions: number) =>
    `${n(sure)} van ${n(total)} kolommen herkend aan hun naam` +
    (suggestions === 0
      ? '.'
      : `; ${suggestions === 1 ? '1 voorstel' : `${n(suggestions)} voorstellen`} om te controleren.`),
  contentReason: (reason: ContentReason, contradicts: boolean) =>
    `${contradicts ? 'Let op, de naam zegt iets anders: ' : 'Herkend aan de inhoud: '}${CONTENT_REASONS_NL[reason]}.`,
  suggestion: (field: string) => `Voorstel: ${field}`,
  takeSuggestion: 'Overnemen',
  takeSuggestionFor: (column: string, field: string) =>
    `Voorstel overnemen voor kolom ${column}: ${field}`,
  rememberedApplied: (date: string) =>
    `Gekoppeld zoals bij uw import van ${date} van een lijst met dezelfde kolommen.`,
  forget: 'Koppeling vergeten',
  forgotten: 'De onthouden koppeling is vergeten. De kolommen zijn opnieuw herkend aan hun naam.',
  remember: 'Deze koppeling onthouden voor lijsten met dezelfde kolommen',
  rememberedDone:
    'De koppeling is onthouden: een lijst met dezelfde kolommen wordt de volgende keer vanzelf gekoppeld.',
  layoutsTitle: 'Onthouden koppelingen',
  layoutsIntro:
    'Een lijst met dezelfde kolommen als een eerdere import wordt vanzelf gekoppeld zoals toen.',
  layoutSaved: (titles: string, date: string) => `${titles} (laatst gebruikt ${date})`,
  forgetLayout: (titles: string) => `Koppeling vergeten: ${titles}`,
  column: 'Kolom in uw bestand',
  examples: 'Voorbeelden',
  target: 'Veld in Doorstroombord',
  targetFor: (column: string) => `Veld voor kolom ${column}`,
  notImported: 'Niet importeren',
  groupYouth: 'Gegevens van de jongere',
  groupNotes: 'Toelichting per randvoorwaarde',
  groupActions: 'Actie per randvoorwaarde',
  groupStatuses: 'Status per randvoorwaarde',
  youthNote: 'Notitie bij de jongere',
  noteOf: (precondition: string) => `Toelichting ${precondition}`,
  actionOf: (precondition: string) => `Actie ${precondition}`,
  statusOf: (precondition: string) => `Status ${precondition}`,
  doubleMapped: (field: string) =>
    `${field} is aan meer dan één kolom gekoppeld. Kies voor dit veld één kolom.`,
  clientRefMissing:
    'Koppel een kolom aan Cliëntnummer: zonder cliëntnummer kan geen rij worden geïmporteerd.',
  requiredMissing: (fields: string) =>
    `Nog niet gekoppeld: ${fields}. Nieuwe jongeren hebben deze gegevens nodig; zonder kolom worden ze overgeslagen.`,
  check: 'Controleren',
  otherFile: 'Ander bestand kiezen',
  checking: 'Rijen worden gecontroleerd',
  saving: 'Gegevens worden opgeslagen',
  progress: (done: number, total: number) => `${n(done)} van ${n(total)}`,
  previewTitle: 'Controle: dit gaat er gebeuren',
  unmappedTitle: 'Verplichte gegevens zonder kolom',
  unmappedCost: (field: string, count: number) =>
    `${field} is niet gekoppeld: daardoor ${count === 1 ? 'kan 1 rij' : `kunnen ${n(count)} rijen`} niet worden toegevoegd.`,
  unmappedFix: 'Ga terug naar de kolommen om een kolom te koppelen.',
  changesTitle: (count: number) => `Wijzigingen per jongere (${n(count)})`,
  changesIntro:
    'Alleen wat verandert wordt opgeslagen, elk met een regel in de geschiedenis, zoals bij een wijziging met de hand.',
  changesYouth: 'Jongere',
  changesWhat: 'Wat verandert',
  changeLine: (field: string, from: string, to: string) => `${field}: ${from} → ${to}`,
  emptyValue: '(leeg)',
  showMoreChanges: (count: number) => `Nog ${n(count)} jongeren tonen`,
  twiceRows: (ref: string, rowNumbers: string) => `${ref} (rij ${rowNumbers})`,
  counts: 'Samenvatting',
  toAdd: 'Toevoegen',
  toUpdate: 'Bijwerken',
  toSkip: 'Overslaan',
  countYouths: youths,
  countRows: rows,
  skipReasons: {
    problems: (count: number) => `${rows(count)} met problemen (zie hieronder)`,
    existsOnBoard: (count: number) =>
      `${rows(count)} met een cliëntnummer dat al op het bord staat`,
    unchanged: (count: number) => `${rows(count)} zonder wijzigingen`,
    duplicateInFile: (count: number) =>
      `${rows(count)} met een cliëntnummer dat vaker in het bestand staat`,
    undecided: (count: number) => `${rows(count)} wachten op uw keuze`,
  },
  onBoardTitle: (count: number) =>
    count === 1
      ? '1 cliëntnummer uit het bestand staat al op het bord'
      : `${n(count)} cliëntnummers uit het bestand staan al op het bord`,
  onBoardUpdate: 'Bijwerken met de gegevens uit het bestand',
  onBoardSkip: 'Overslaan: de gegevens op het bord blijven zoals ze zijn',
  twiceTitle: (count: number) =>
    count === 1
      ? '1 cliëntnummer staat meer dan eens in het bestand'
      : `${n(count)} cliëntnummers staan meer dan eens in het bestand`,
  twiceUpdate: 'Bijwerken: de laatste rij met dat cliëntnummer telt',
  twiceSkip: 'Overslaan: alleen de eerste rij telt, latere rijen worden overgeslagen',
  listed: (refs: string, more: number) => (more > 0 ? `${refs} en ${n(more)} meer` : refs),
  chooseFirst: 'Kies eerst wat er moet gebeuren met de dubbele cliëntnummers.',
  otherLinesTitle: (count: number) =>
    count === 1 ? '1 regel die geen jongere is' : `${n(count)} regels die geen jongere zijn`,
  otherLinesIntro:
    'Deze regels worden niet geïmporteerd en zijn geen probleem: kopregels boven een groep jongeren, totalen, handtekeningen en notities.',
  locationFromHeadings:
    'De lijst heeft geen kolom Locatie: elke jongere krijgt de locatie uit de kopregel erboven.',
  otherLineKind: 'Soort',
  otherLineText: 'Tekst',
  otherLineKinds: { heading: 'Kopregel', closing: 'Regel na de lijst', note: 'Notitie' },
  problemsTitle: (count: number) => (count === 1 ? '1 probleem' : `${n(count)} problemen`),
  problemsIntro:
    'Rijen met een probleem worden overgeslagen. Verbeter ze in uw bestand en importeer het opnieuw, of ga verder zonder deze rijen.',
  noProblems: 'Geen problemen gevonden.',
  problemRow: 'Rij',
  problemColumn: 'Kolom',
  problemReason: 'Probleem',
  noColumn: (field: string) => `${field} (geen kolom)`,
  showMore: (count: number) => `Nog ${n(count)} problemen tonen`,
  reasons: {
    required: 'Leeg, maar dit gegeven is verplicht.',
    invalidDate: (value: string) =>
      `"${value}" is geen geldige datum. Gebruik bijvoorbeeld 14-03-2009.`,
    unknownMunicipality: (value: string) =>
      `"${value}" is geen gemeente uit de CBS-lijst. Gebruik de naam of de CBS-code (bijvoorbeeld GM0518).`,
    unknownStatus: (value: string) =>
      `"${value}" is geen status. Gebruik rood, oranje, groen, onbekend of n.v.t. (of r, o, g).`,
    unknownOption: (value: string) => `"${value}" staat niet in de lijst van mogelijke waarden.`,
    dateInFuture: (value: string) =>
      `"${value}" ligt in de toekomst. Een geboorte- of plaatsingsdatum kan niet later zijn dan vandaag.`,
    tooLong: (value: string) => `De tekst "${value}" is te lang.`,
  },
  run: 'Import uitvoeren',
  back: 'Terug naar kolommen',
  nothingToDo: 'Er is niets om toe te voegen of bij te werken.',
  doneTitle: 'Import voltooid',
  done: (added: number, updated: number) =>
    `${youths(added)} toegevoegd en ${youths(updated)} bijgewerkt.`,
  doneSkipped: (count: number) => `${rows(count)} overgeslagen.`,
  toBoard: 'Naar het bord',
  again: 'Nog een bestand importeren',
  failed: 'De import is mislukt. Er is niets opgeslagen.',
  quota:
    'De import past niet meer in de opslag van deze browser (schijf vol). Er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.',
  stale:
    'Een jongere uit het bestand is intussen gewijzigd of toegevoegd (bijvoorbeeld in een ander tabblad). Er is niets opgeslagen; controleer het bestand opnieuw.',
}
