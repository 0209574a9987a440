import calibration from './calibration';
import feedback from './feedback';
import fitness from './fitness';
import forms from './forms';
import sampling from './sampling';

// 质量监控 strings, one file per part (scorecards and evaluations, sampling and queues,
// calibration and oversight, feedback and disputes).
export default {
  menu: {
    group: 'Quality',
    sections: {
      scoring: 'Scoring',
      sampling: 'Sampling and queues',
      feedback: 'Feedback and disputes',
      calibration: 'Calibration and oversight',
    },
  },
  forms,
  sampling,
  calibration,
  feedback,
  fitness,
};
