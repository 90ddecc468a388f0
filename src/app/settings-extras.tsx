/**
 * The sections other features add to Instellingen (each saves on its own). Kept in the app
 * shell so features never import each other.
 */
export function SettingsExtras() {
  return null
}
