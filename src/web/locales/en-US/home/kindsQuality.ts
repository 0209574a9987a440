// The home page's work items of this area (issue 26): home.kinds.<kind>, with the item's params.
export default {
  qualitySampleQueue: "Today's QA samples: {done} of {quota} scored, {open} waiting in your queue",
  qualityFeedbackDue: 'Give {agent} feedback on the evaluation of {day} (score {score})',
  qualityCalibration: 'Score calibration session “{title}”: {scored} of {total} scored',
  qualityDispute: "Decide {agent}'s dispute of the evaluation of {day} (score {score})",
  qualityFeedbackAck: 'Read and acknowledge the feedback on your evaluation of {day} (score {score})',
  qualityDisputeAnswer: 'Your dispute of the evaluation of {day} was decided: {before} → {after}',
};
