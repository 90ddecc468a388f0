export const nlSecurity = {
  title: 'Beveiliging',
}
