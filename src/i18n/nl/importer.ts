export const nlImporter = {
  title: 'Importeren',
}
