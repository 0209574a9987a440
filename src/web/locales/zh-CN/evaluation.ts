export default { menu: { group: '新人评估' } };
