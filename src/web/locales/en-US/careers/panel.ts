// careers.panel.* texts (issue 21); owned by the panel part.
export default {};
