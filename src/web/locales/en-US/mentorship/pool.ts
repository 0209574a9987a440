// mentorship.pool.* texts (issue 20 item 6); owned by the pool part.
export default {};
