export default { menu: { group: 'New-hire evaluation' } };
