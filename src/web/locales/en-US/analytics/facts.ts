// analytics.facts.* texts (issue 22); owned by the facts part.
export default {
  asOf: 'Data as of {time}',
  never: 'The figures have not been built yet',
  refresh: 'Refresh',
  refreshHint: 'Rebuild every figure from the latest records now (they are also rebuilt hourly)',
};
