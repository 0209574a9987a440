// careers.reserve.* texts (issue 21); owned by the reserve part.
export default {};
