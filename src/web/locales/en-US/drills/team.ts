// drills.team.* texts (issue 20); owned by the team part.
export default {};
