// drills.decks.* texts (issue 20); owned by the decks part.
export default {};
