import retention from './retention';
import rates from './rates';
import levels from './levels';
import effects from './effects';
import warnings from './warnings';
import report from './report';
import facts from './facts';

// analytics strings, one file per part of the module (issue 22).
export default {
  menu: { group: 'Training proof' },
  retention,
  rates,
  levels,
  effects,
  warnings,
  report,
  facts,
};
