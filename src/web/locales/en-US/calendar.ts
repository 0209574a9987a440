export default { title: 'Working-day calendar' };
