import decks from './decks';
import errors from './errors';
import practice from './practice';
import quiz from './quiz';
import recordings from './recordings';
import team from './team';

// drills strings, one file per part of the module (issue 20).
export default {
  menu: { group: 'Drills' },
  decks,
  practice,
  errors,
  quiz,
  recordings,
  team,
};
