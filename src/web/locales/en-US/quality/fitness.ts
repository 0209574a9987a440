import type zh from '../../zh-CN/quality/fitness';

// Quality · evaluator fitness (issue 17 item 3): flag, suspend, re-review, reinstate.
const en: typeof zh = {
  column: 'Fitness',
  columnHint:
    'Mean deviation of calibration scores from the consensus (positive: lenient, negative: harsh); past the limit the evaluator is flagged and may be suspended',
  states: { ok: 'Fit', too_few: 'Too few calibrations', flagged: 'Flagged', suspended: 'Suspended' },
  figureTip: '{n} calibration scores from {from} to {to}; judged from {min}, limit ±{max} points',
  suspendedTip: 'Suspended: {reason}. Evaluations from {from} to {to} are marked, {open} awaiting re-review',
  suspend: 'Suspend scoring',
  reinstate: 'Reinstate',
  suspendHint:
    'A suspended evaluator cannot score and gets no samples; their evaluations from {from} to {to} are marked and leave appraisals until re-reviewed.',
  reinstateHint:
    'After retraining, pick a calibration session closed after the suspension: the evaluator’s mean deviation in it must be within ±{max} points.',
  session: 'Recalibration session',
  suspended: 'Suspended; {marked} evaluations marked, {released} samples released',
  reinstated: 'Reinstated; recalibration mean deviation {deviation}',
  mark: {
    tag: 'Re-review',
    flagged: 'The evaluator was suspended for fitness: this evaluation awaits a QA lead’s re-review',
    flaggedHint: 'Until it is confirmed or rescored, this evaluation does not count in appraisals.',
    confirmed: 'Confirmed by a QA lead {at}: {reason}',
    rescored: 'Rescored by a QA lead {at}: {reason}',
    confirm: 'Confirm as scored',
    rescore: 'Rescore',
  },
};
export default en;
