export default { title: '淘汰流程' };
