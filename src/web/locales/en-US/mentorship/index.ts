import pool from './pool';

// mentorship strings (issue 20 item 6), one file per part.
export default { pool };
