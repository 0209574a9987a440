// drills.errors.* texts (issue 20); owned by the errors part.
export default {};
