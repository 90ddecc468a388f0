/** The one call of ESLint's parser the sync tests make (espree ships no types). */
declare module 'espree' {
  export function parse(code: string, options?: { ecmaVersion?: number | 'latest' }): unknown
}
