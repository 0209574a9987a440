// analytics.retention.* texts (issue 22); owned by the retention part.
export default {};
