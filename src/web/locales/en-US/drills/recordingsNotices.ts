// Notices of the read-aloud recordings (issue 20), by kind; merged into notifications.kinds.
export default {
  drills_recording_rated: '{name} rated your reading of “{card}”: {rating} out of 5',
};
