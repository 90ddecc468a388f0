import { AssessmentDialog, LegendDialog, OutflowDialog, YouthFormDialog } from './lazy-pages'
import { useDialogs } from '../stores/dialog-store'

/** Renders whichever dialog a feature asked for through the shared dialog store. */
export function DialogHost() {
  const { dialog, close } = useDialogs()
  if (!dialog) return null
  switch (dialog.kind) {
    case 'youth':
      return (
        <YouthFormDialog key={dialog.youthId ?? 'new'} youthId={dialog.youthId} onClose={close} />
      )
    case 'assessment':
      return (
        <AssessmentDialog
          key={`${dialog.youthId}/${dialog.preconditionId}`}
          youthId={dialog.youthId}
          preconditionId={dialog.preconditionId}
          onClose={close}
        />
      )
    case 'outflow':
      return <OutflowDialog key={dialog.youthId} youthId={dialog.youthId} onClose={close} />
    case 'legend':
      return <LegendDialog onClose={close} />
  }
}
