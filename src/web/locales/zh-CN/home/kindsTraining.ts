// The home page's work items of this area (issue 26): home.kinds.<kind>, with the item's params.
export default {};
