import { rowSortingFeature, tableFeatures } from '@tanstack/react-table'

/**
 * The table's features: sortable headers only. Filtering, sorting and the colour counts are
 * worked out by `BoardRowIndex` (row by row after an edit); the table renders the rows in view.
 */
export const boardFeatures = tableFeatures({ rowSortingFeature })
