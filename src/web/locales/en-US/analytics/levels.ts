// analytics.levels.* texts (issue 22); owned by the levels part.
export default {};
