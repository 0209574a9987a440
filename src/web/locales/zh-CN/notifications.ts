export default { title: '通知' };
