// Training-proof notices (issue 22), by kind; merged into notifications.kinds. Owned by the warnings part.
export default {
  analytics_warning:
    'Warning: {name}’s {metric} has declined over the last {weeks} weeks; see the causes and record an action',
};
