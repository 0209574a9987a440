import levels from './levels';
import panel from './panel';
import path from './path';
import reserve from './reserve';
import routines from './routines';

// careers strings, one file per part of the module (issue 21).
export default {
  menu: { group: 'Careers' },
  reserve,
  panel,
  path,
  routines,
  levels,
};
