import pool from './poolErrors';
import redLines from './redlinesErrors';

// errorCode texts of /api/mentorship, one file per part, merged into `errors`.
export default { ...pool, ...redLines };
