import type { nlSecurity } from '../nl/security'

export const enSecurity: typeof nlSecurity = {
  title: 'Security',
}
