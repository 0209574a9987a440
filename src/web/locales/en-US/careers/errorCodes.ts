import levels from './levelsErrors';
import panel from './panelErrors';
import path from './pathErrors';
import reserve from './reserveErrors';
import routines from './routinesErrors';

// errorCode texts of /api/careers, one file per part, merged into `errors`.
export default { ...reserve, ...panel, ...path, ...routines, ...levels };
