import type { Locale } from '../../../../common/roles.js';
import { ExcelJS, inLocale, type Pair, type XlsxFile } from '../../../lib/workbook.js';

// The cards file to fill in: the header row on the first sheet (the import reads that one), the
// names of the active decks and a worked example of each kind on a notes sheet. An unchanged
// template imports nothing.

const HEADERS: Pair[] = [
  ['卡组', 'Deck'],
  ['类型', 'Kind'],
  ['题目', 'Prompt'],
  ['答案', 'Answer'],
  ['选项', 'Choices'],
  ['知识点', 'Knowledge point'],
];

const NOTES: Pair[] = [
  [
    '每行一张卡片。卡组填写已有的启用卡组名称；类型填写 默写、选择、填空 或 朗读（也可填写 recall、choice、cloze、read_aloud）。',
    'One card a row. Deck: the name of an active deck; Kind: recall, choice, cloze or read_aloud (or 默写, 选择, 填空, 朗读).',
  ],
  [
    '选择题的选项用 | 分隔，2 至 8 个且不重复，答案必须是其中之一；填空题在答案中用 [[ ]] 标出要填的词；朗读题的答案就是朗读稿。',
    'Choices of a choice card are separated by |, 2 to 8 of them, all different, the answer among them; a cloze card marks its blanks in the answer with [[ ]]; a read-aloud card has its script as the answer.',
  ],
  [
    '导入先预览并列出每一行的错误（卡组不存在、类型无法识别、题目或答案为空、选项或空白不符合要求）；确认无误后导入，要么全部成功，要么什么都不写入。',
    'The import is previewed first with every row error (unknown deck, unknown kind, empty prompt or answer, choices or blanks that break the rules); the import then writes every card or none.',
  ],
];

const EXAMPLES: Pair[][] = [
  [
    ['默写', 'recall'],
    ['产品代码 A101 对应哪个套餐？', 'Which plan is product code A101?'],
    ['畅享融合 129 元套餐', 'Unlimited bundle 129'],
    ['', ''],
    ['产品代码', 'product codes'],
  ],
  [
    ['选择', 'choice'],
    ['客户要求停机保号，应先核实什么？', 'A customer asks to suspend their number: what is checked first?'],
    ['机主身份', 'The holder’s identity'],
    ['机主身份|话费余额|套餐名称', 'The holder’s identity|The balance|The plan name'],
    ['停机保号', 'suspension'],
  ],
  [
    ['填空', 'cloze'],
    ['开场白', 'Opening'],
    ['您好，[[很高兴]]为您服务，请问有什么可以[[帮您]]？', 'Hello, [[glad]] to help. How may I [[help you]]?'],
    ['', ''],
    ['', ''],
  ],
  [
    ['朗读', 'read_aloud'],
    ['结束语', 'Closing'],
    [
      '感谢您的来电，请您稍后对我的服务进行评价，再见！',
      'Thank you for calling; please rate my service after the call. Goodbye!',
    ],
    ['', ''],
    ['', ''],
  ],
];

export async function cardsTemplate(locale: Locale, deckNames: string[]): Promise<XlsxFile> {
  const say = (p: Pair) => inLocale(locale, p);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Seatwise';
  const ws = wb.addWorksheet(say(['卡片', 'Cards']));
  ws.addRow(HEADERS.map(say)).font = { bold: true };
  [14, 10, 36, 36, 36, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const notes = wb.addWorksheet(say(['说明', 'Notes']));
  for (const line of NOTES) notes.addRow([say(line)]);
  notes.addRow([]);
  notes.addRow([say(['示例（复制到第一张表使用）', 'Examples (copy them to the first sheet)'])]).font = { bold: true };
  notes.addRow(HEADERS.map(say)).font = { bold: true };
  const exampleDeck = deckNames[0] ?? say(['（卡组名称）', '(deck name)']);
  for (const ex of EXAMPLES) notes.addRow([exampleDeck, ...ex.map(say)]);
  notes.addRow([]);
  notes.addRow([say(['启用的卡组', 'Active decks'])]).font = { bold: true };
  for (const name of deckNames) notes.addRow([name]);
  notes.getColumn(1).width = 24;
  [10, 36, 36, 36, 14].forEach((w, i) => (notes.getColumn(i + 2).width = w));
  return {
    body: Buffer.from(await wb.xlsx.writeBuffer()),
    fileName: `${say(['卡片导入模板', 'cards-template'])}.xlsx`,
    ascii: 'cards-template.xlsx',
  };
}
