// analytics.report.* texts (issue 22); owned by the report part.
export default {};
