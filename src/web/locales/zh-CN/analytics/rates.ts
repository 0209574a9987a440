// analytics.rates.* texts (issue 22); owned by the rates part.
export default {};
