import attendanceNotices from './attendance/notices';
import drillsRecordingNotices from './drills/recordingsNotices';
import mentorshipNotices from './mentorship/notices';
import careersNotices from './careers/notices';
import analyticsNotices from './analytics/notices';

// Notifications (issue 5 item 7). A module that sends a new kind adds its text under `kinds`.
export default {
  title: 'Notifications',
  bell: 'Notifications',
  empty: 'No notifications',
  unreadOnly: 'Unread only',
  markRead: 'Mark read',
  markAllRead: 'Mark all read',
  viewAll: 'All notifications',
  open: 'Open',
  read: 'Read',
  unread: 'Unread',
  kinds: {
    ...attendanceNotices,
    ...drillsRecordingNotices,
    ...mentorshipNotices,
    ...careersNotices,
    ...analyticsNotices,
    elimination_case_opened: '{name} was added to the elimination preliminary list',
    elimination_interview_recorded: 'The elimination interview with {name} was recorded',
    elimination_notice_published: 'The elimination notice for {name} is published: {publishedOn} to {endsOn}',
    elimination_notice_recounted:
      'The working-day calendar changed: the elimination notice for {name} now ends on {endsOn} instead of {before} (reason: {reason})',
    elimination_appeal_filed: 'An appeal was filed in {name}’s elimination case: investigate and answer in writing',
    elimination_appeal_answered: 'The appeal in {name}’s elimination case was answered',
    elimination_decided: 'HR made the final decision in {name}’s elimination case',
    elimination_offboarding_item: 'An offboarding item for {name} was completed',
    elimination_offboarding_done: 'Offboarding for {name} is complete',
    elimination_case_closed: '{name}’s elimination case is closed (exit talk done)',
    evaluation_certified_shadowing: 'You are certified after new-hire training: shadowing (probation) from {date}',
    evaluation_certified_regular: 'You are certified after shadowing: regular agent from {date}',
    quality_samples_assigned: 'The QA lead gave you {count} samples to score',
    quality_feedback_given: 'Feedback on your evaluation of {day} (score {score}) is recorded; please acknowledge it',
    quality_feedback_due_moved:
      'The working-day calendar changed: feedback on your evaluation of {day} is now due on {dueDay} instead of {before} (reason: {reason})',
    quality_dispute_opened: '{agent} disputes the evaluation of {day} (score {score}); please review it',
    quality_dispute_decided: 'Your dispute of the evaluation of {day} is decided: {before} → {after}',
    quality_calibration_invited: 'You are invited to the calibration session “{title}” ({day}): score it blind',
    quality_calibration_closed: 'Scoring of the calibration session “{title}” is closed: the report is open',
    quality_evaluator_paused: 'Your QA scoring is paused: {reason}',
    quality_evaluator_resumed: 'Your QA scoring is resumed',
    quality_evaluator_certified: 'You are certified as an evaluator and may score alone',
    quality_evaluator_flagged:
      'Evaluator fitness: {name} averages {deviation} points from the calibration consensus over {calibrations} scores (limit ±{max}); review and suspend if needed',
    quality_evaluator_suspended:
      'Your QA scoring is suspended until you are retrained and recalibrated: {reason} ({marked} of your evaluations will be re-reviewed)',
    quality_evaluator_reinstated: 'You passed recalibration (mean deviation {deviation}) and may score again',
    discipline_recorded: 'A discipline record about {name} ({occurredOn}): you may read it and reply or appeal once',
    discipline_to_decide: 'A discipline record about {name} ({occurredOn}) awaits HR’s confirmation or withdrawal',
    discipline_replied: '{name} replied to a discipline record ({occurredOn})',
    discipline_appealed: '{name} appealed a discipline record ({occurredOn}); HR answers',
    discipline_confirmed: 'HR confirmed the discipline record about {name} ({occurredOn})',
    discipline_withdrawn: 'HR withdrew the discipline record about {name} ({occurredOn})',
    appraisal_appeal_filed: '{name} appealed the {kpi} item of the appraisal “{cycle}”; please review it',
    appraisal_appeal_to_decide:
      'An appraisal appeal ({kpi}) was reviewed by the team lead (recommends: {recommendation}); please decide in writing',
    appraisal_appeal_reviewed:
      'Your team lead reviewed your appraisal appeal ({kpi}); HR or the center manager decides next',
    appraisal_appeal_upheld: 'Your appraisal appeal ({kpi}) was upheld; the sheet was recomputed (grade {grade})',
    appraisal_appeal_rejected: 'Your appraisal appeal ({kpi}) was rejected; the value stands',
    appraisal_followup_opened:
      '{name} was graded {grade} in “{cycle}”: a training need and an improvement plan are open; please follow up',
    appraisal_cycle_review: 'The appraisal “{cycle}” is frozen: review your team’s sheets by {dueOn}',
    appraisal_cycle_confirmation: 'Your appraisal sheet of “{cycle}” is ready: confirm it or appeal by {dueOn}',
    appraisal_cycle_final: 'The appraisal “{cycle}” awaits HR’s final check by {dueOn}',
    appraisal_cycle_published: 'The results of the appraisal “{cycle}” are published',
  },
};
