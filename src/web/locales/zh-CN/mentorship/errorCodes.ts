import pool from './poolErrors';

// errorCode texts of /api/mentorship, one file per part, merged into `errors`.
export default { ...pool };
