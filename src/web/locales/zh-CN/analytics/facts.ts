// analytics.facts.* texts (issue 22); owned by the facts part.
export default {};
