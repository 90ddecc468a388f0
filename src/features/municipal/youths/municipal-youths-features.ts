import { createSortedRowModel, rowSortingFeature, tableFeatures } from '@tanstack/react-table'

/** Only sorting: the filters run before the table, in one pass over the rows. */
export const youthsFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
})
