import decks from './decks';
import errors from './errors';
import practice from './practice';
import quiz from './quiz';
import team from './team';

// drills strings, one file per part of the module (issue 20).
export default {
  menu: { group: 'Drills' },
  decks,
  practice,
  errors,
  quiz,
  team,
};
