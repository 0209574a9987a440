// errorCode texts of the decks part of /api/drills (issue 20).
export default {};
