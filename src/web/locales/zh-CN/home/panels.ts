// The home page's panels (issue 26 item 2): home.panels.*.
export default {};
