import type { Db } from '../../db/connect.js';

// Work waiting for the demo users on the home page (issue 26), this area's part: the items each
// demo role finds at the top of its list, some due today, some late.
export async function seedHomeQualityDemo(_db: Db): Promise<void> {}
