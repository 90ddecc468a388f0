export const nlBackup = {
  title: 'Back-up',
}
