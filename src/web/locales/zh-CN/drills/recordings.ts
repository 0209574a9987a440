// drills.recordings.* texts (issue 20); owned by the recordings part.
export default {};
