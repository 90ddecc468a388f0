export const nlReport = {
  title: 'Rapportage',
}
