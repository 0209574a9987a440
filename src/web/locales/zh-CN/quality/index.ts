import calibration from './calibration';
import feedback from './feedback';
import fitness from './fitness';
import forms from './forms';
import sampling from './sampling';

// 质量监控 strings, one file per part (scorecards and evaluations, sampling and queues,
// calibration and oversight, feedback and disputes).
export default {
  menu: {
    group: '质量监控',
    sections: { scoring: '评分', sampling: '抽样与队列', feedback: '反馈与申诉', calibration: '校准与监督' },
  },
  forms,
  sampling,
  calibration,
  feedback,
  fitness,
};
