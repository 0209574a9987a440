// The reserve competition's panel (issue 21 item 1): the score sheet of a round, its panel and
// peer scorers, and each scorer's score per candidate and sheet item. See the migration
// 20261228-careers-panel.ts. Instants ISO-8601 UTC text, JSON as text.

export interface CareerPanelSetupsTable {
  round_id: string;
  /** JSON SheetItem[] (common/careers-panel.ts): key, label, maxScore, position. */
  items: string;
  updated_by: string;
  updated_at: string;
  version: number;
}

export interface CareerPanelScorersTable {
  id: string;
  round_id: string;
  employee_id: string;
  /** panel | peer */
  kind: string;
  created_at: string;
}

export interface CareerPanelScoresTable {
  id: string;
  round_id: string;
  nomination_id: string;
  /** The scorer's employee id. */
  scorer_id: string;
  item_key: string;
  score: number;
  /** The scorer's remark on this item (optional). */
  comment: string | null;
  created_at: string;
  updated_at: string;
}

export interface CareersPanelDatabase {
  career_panel_setups: CareerPanelSetupsTable;
  career_panel_scorers: CareerPanelScorersTable;
  career_panel_scores: CareerPanelScoresTable;
}
