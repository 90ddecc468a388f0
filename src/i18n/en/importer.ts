import type { nlImporter } from '../nl/importer'

export const enImporter: typeof nlImporter = {
  title: 'Import',
}
