// careers.path.* texts (issue 21); owned by the path part.
export default {};
