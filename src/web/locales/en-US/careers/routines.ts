// careers.routines.* texts (issue 21); owned by the routines part.
export default {};
