export default { title: 'Elimination cases' };
