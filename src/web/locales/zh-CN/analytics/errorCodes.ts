import retention from './retentionErrors';
import rates from './ratesErrors';
import levels from './levelsErrors';
import effects from './effectsErrors';
import warnings from './warningsErrors';
import report from './reportErrors';
import facts from './factsErrors';

// errorCode texts of /api/analytics, one file per part, merged into `errors`.
export default { ...retention, ...rates, ...levels, ...effects, ...warnings, ...report, ...facts };
