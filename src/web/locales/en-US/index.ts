import attendance from './attendance';
import drills from './drills';
import mentorship from './mentorship';
import careers from './careers';
import analytics from './analytics';
import home from './home';
import type zhCN from '../zh-CN';
import appraisal from './appraisal';
import appraisalPlans from './appraisalPlans';
import audit from './audit';
import calendar from './calendar';
import discipline from './discipline';
import elimination from './elimination';
import evaluation from './evaluation';
import notifications from './notifications';
import pages from './pages';
import quality from './quality';
import auth from './auth';
import common from './common';
import errors from './errors';
import exams from './exams';
import interactions from './interactions';
import people from './people';
import roster from './roster';
import settings from './settings';
import training from './training';
import users from './users';

const enUS: typeof zhCN = {
  common,
  auth,
  people,
  users,
  audit,
  roster,
  training,
  interactions,
  exams,
  evaluation,
  elimination,
  discipline,
  notifications,
  calendar,
  quality,
  appraisal,
  appraisalPlans,
  attendance,
  drills,
  mentorship,
  careers,
  analytics,
  home,
  settings,
  pages,
  errors,
};
export default enUS;
