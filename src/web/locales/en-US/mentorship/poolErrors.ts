// errorCode texts of the pool part of /api/mentorship (issue 20 item 6), and of the pool and
// coaching rules it adds to mentor assignment (training/mentoring).
export default {
  POOL_CRITERIA_UNMET:
    'This person does not meet every mentor-pool criterion; see the criteria, or give an override reason to select them anyway',
  NOT_A_FLOOR_AGENT: 'A mentor is a regular agent, key staff or a team lead',
  ALREADY_IN_POOL: 'This person is already in the mentor pool',
  MENTOR_NOT_IN_POOL: 'This mentor is not in the mentor pool; select them there first',
  NOT_COACHABLE: 'Coaching is for regular agents and key staff; a trainee is mentored one-to-one or in a group',
  COACHING_REASON_REQUIRED: 'Give the reason for the coaching mentor',
};
