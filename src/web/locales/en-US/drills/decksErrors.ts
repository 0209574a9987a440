// errorCode texts of the decks part of /api/drills (issue 20).
export default {
  EMPTY_CARD: 'A card needs both a prompt and an answer',
  CARD_CHOICES_COUNT: 'A choice card needs 2 to 8 non-empty options',
  CARD_CHOICES_DUPLICATE: 'The options of a choice card must all differ',
  CARD_ANSWER_NOT_IN_CHOICES: 'The answer of a choice card must be one of its options',
  CARD_CLOZE_NO_BLANK: 'A cloze card marks at least one blank in its answer with [[ ]], e.g. Call [[95598]]',
  CARD_TOO_LONG: 'Too long: a prompt holds at most 2000 characters, an answer 5000, an option 500',
  DECK_NAME_TAKEN: 'An active deck has this name already; choose another',
  DECK_ARCHIVED: 'The deck is archived: restore it before changing its cards',
  CARD_ORDER_MISMATCH: "The order must list each of the deck's active cards once; reload and try again",
  UNKNOWN_DECK: 'No active deck has this name',
  BAD_KIND: 'Unknown kind: use recall, choice, cloze or read_aloud (默写, 选择, 填空, 朗读)',
  DUPLICATE_CARD: 'The deck has a card of this kind and prompt already (or an earlier row of the file does)',
  DRILL_IMPORT_HAS_ERRORS:
    'The file has {count} errors; no card was imported. Fix them as the preview shows and upload again',
};
