import type { nlMunicipalView } from '../nl/municipal-view'

const n = new Intl.NumberFormat('en-GB')

export const enMunicipalView: typeof nlMunicipalView = {
  change: {
    filter: 'Since previous reference date',
    column: 'Change',
    options: {
      beter: 'Improved',
      slechter: 'Worsened',
      nieuw: 'New',
      gelijk: 'Unchanged',
    },
    option: (label: string, youths: number) => `${label} (${n.format(youths)})`,
  },
  columns: {
    button: 'Columns',
    title: 'Choose columns',
    hint: 'Provider and client number always come first and stay in view when you scroll sideways. Your choice is remembered in this browser.',
    shown: (shown: number, total: number) => `${n.format(shown)} of ${n.format(total)} columns`,
    reset: 'Default columns',
    close: 'Done',
  },
  print: {
    title: 'Print',
    intro:
      'Choose which sections go on paper. They are printed in this order, A4 landscape, without buttons.',
    sections: 'Sections',
    all: 'Everything',
    submit: 'Print',
    cancel: 'Cancel',
    none: 'Choose at least one section.',
    youthsNote: (shown: number, total: number) =>
      shown === total
        ? `All ${n.format(total)} youths, with the chosen columns.`
        : `${n.format(shown)} of ${n.format(total)} youths (the filters of the Youths tab), with the chosen columns.`,
    printed: 'This is how the overview goes on paper. Close the print window to go back.',
    back: 'Back to the overview',
  },
}
