import pool from './pool';
import redLines from './redlines';

// mentorship strings (issue 20 item 6), one file per part.
export default { pool, redLines };
