import decks from './decks';
import errors from './errors';
import practice from './practice';
import quiz from './quiz';
import recordings from './recordings';
import team from './team';

// drills strings, one file per part of the module (issue 20).
export default {
  menu: { group: '背诵演练' },
  decks,
  practice,
  errors,
  quiz,
  recordings,
  team,
};
