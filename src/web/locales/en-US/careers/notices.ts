// Careers notices (issue 21), by kind; merged into notifications.kinds.
export default {
  careers_round_open: '{round} is open for entries: you are eligible and can enter under Reserve competition',
  careers_shortlisted: 'You are shortlisted in {round}: prepare a talk of about 3 minutes on your results and plans',
  careers_declined:
    'Your entry in {round} did not pass screening; the reason is on your entry under Reserve competition',
  careers_scorer_named: 'You are a scorer in {round}: score the candidates at their talks',
  careers_chosen: 'Congratulations! You were chosen as a reserve team lead in {round}',
  careers_not_chosen: 'The results of {round} are out: you were not chosen this time. Thank you for taking part',
};
