// mentorship.redlines.* texts (issue 20 item 6); owned by the redlines part.
export default {};
