// errorCode texts of the recordings part of /api/drills (issue 20).
export default {
  RECORDING_NO_CARD: 'Choose the card to read aloud first',
  RECORDING_BAD_SECONDS: 'The recording’s length is not valid; record again',
  RECORDING_TOO_LONG: 'A recording may last at most {max} seconds; shorten it and record again',
  RECORDING_BAD_TYPE: 'Upload an audio recording only (webm, ogg, m4a, mp3, wav)',
  RECORDING_NOT_READ_ALOUD: 'Only read-aloud cards take a recording',
  RECORDING_NOT_YOURS: 'This recording is someone else’s and cannot be used for your answer',
  RECORDING_OTHER_CARD: 'This recording is of another card; record again',
  RECORDING_ALREADY_LINKED: 'This recording was already used for an answer; record again',
};
