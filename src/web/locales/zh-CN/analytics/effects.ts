// analytics.effects.* texts (issue 22); owned by the effects part.
export default {};
