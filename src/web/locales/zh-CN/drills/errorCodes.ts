import decks from './decksErrors';
import errors from './errorsErrors';
import practice from './practiceErrors';
import quiz from './quizErrors';
import recordings from './recordingsErrors';
import team from './teamErrors';

// errorCode texts of /api/drills, one file per part, merged into `errors`.
export default { ...decks, ...practice, ...errors, ...quiz, ...recordings, ...team };
