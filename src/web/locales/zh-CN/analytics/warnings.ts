// analytics.warnings.* texts (issue 22); owned by the warnings part.
export default {};
