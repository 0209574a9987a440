// drills.errors.* texts (issue 20); owned by the errors part.
export default {
  menu: 'Scorecard items → cards',
  intro:
    "Link drill cards to scorecard items: when an evaluation takes points off an item, its cards enter that agent's drill queue the same day.",
  form: 'Scorecard',
  pickForm: 'Choose a published scorecard',
  version: 'version {n}',
  linkedItems: '{n} items linked',
  noForms: 'No published scorecard yet',
  section: 'Section',
  item: 'Item',
  critical: 'Critical',
  cards: 'Linked cards',
  pickCards: 'Search cards (prompt, deck or knowledge point)',
  save: 'Save',
  saved: 'Saved',
  unsaved: 'Not saved',
  orphans:
    'These items are no longer on the current version, so their links do nothing for now; they work again if the item comes back.',
  clear: 'Clear',
  archived: 'Archived',
  criticalModes: { section: 'Section-critical', evaluation: 'Evaluation-critical' },
  boosts: {
    title: 'Cards added to drills',
    qa: 'Because of the items this evaluation took points off, these cards were added to drills — practise them today:',
    exam: 'Because of the knowledge points answered wrong in this exam, these cards were added to drills — practise them today:',
    because: 'for “{label}”',
    open: 'Go to drills',
  },
};
