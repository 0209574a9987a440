// careers.levels.* texts (issue 21); owned by the levels part.
export default {};
