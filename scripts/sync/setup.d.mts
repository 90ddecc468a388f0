export declare class SetupError extends Error {}
export declare function setupTeam(options: {
  url: string
  team: string
  admin: { name: string; password: string }
  members?: { name: string; password?: string }[]
  lang?: 'nl' | 'en'
}): Promise<string[]>
