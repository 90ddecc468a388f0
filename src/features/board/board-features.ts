import {
  columnFacetingFeature,
  columnFilteringFeature,
  constructFilterFn,
  createFacetedRowModel,
  createFacetedUniqueValues,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_arrIncludes,
  filterFn_equals,
  globalFilteringFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table'
import type { BoardRow } from './board-row'

/** Text search: every word typed must occur somewhere in the row's search text. */
export const searchFilter = constructFilterFn<typeof boardFeatures, BoardRow>({
  filter: (_value: unknown, words: string[], row) =>
    words.every((word) => row.original.searchText.includes(word)),
  resolveFilterValue: (value: unknown) =>
    (typeof value === 'string' ? value : '').toLowerCase().split(/\s+/).filter(Boolean),
  autoRemove: (value: unknown) => typeof value !== 'string' || value.trim() === '',
})

/** The table's features: sorting, column filters, text search and facet counts. */
export const boardFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { equals: filterFn_equals, arrIncludes: filterFn_arrIncludes },
  columnFacetingFeature,
  facetedRowModel: createFacetedRowModel(),
  facetedUniqueValues: createFacetedUniqueValues(),
})
