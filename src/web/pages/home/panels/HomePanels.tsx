// How my people are doing (issue 26 item 2): the home page's panels.
export default function HomePanels() {
  return null;
}
