import type { CardKind, DeckCategory } from '../../common/drills.js';
import type { Audience } from '../../common/drills.js';
import type { Db } from '../db/connect.js';
import { createCard } from '../modules/drills/decks/cards.service.js';
import { createDeck } from '../modules/drills/decks/decks.service.js';
import { demoActor } from './demo-actor.js';

// Demo data of issue 20 (drills): the decks a telecom / utility contact center drills (SPEC §5),
// built by the training manager through the decks service as in the web app. Sample products,
// policies and training accounts only — never a real customer's data. Knowledge points match the
// exam demo's (开场白, 数据隐私, 服务渠道 …) so a failed exam question finds its cards. A deck that
// exists already (by name) is left as it is, so a second run changes nothing.

type Card = { kind: CardKind; prompt: string; answer: string; choices?: string[]; knowledgePoint?: string };
interface Deck {
  name: string;
  category: DeckCategory;
  description: string;
  audience?: Partial<Audience>;
  cards: Card[];
}

const recall = (prompt: string, answer: string, knowledgePoint?: string): Card => ({
  kind: 'recall',
  prompt,
  answer,
  knowledgePoint,
});
const choice = (prompt: string, answer: string, others: string[], knowledgePoint?: string): Card => ({
  kind: 'choice',
  prompt,
  answer,
  choices: [answer, ...others],
  knowledgePoint,
});
const cloze = (prompt: string, answer: string, knowledgePoint?: string): Card => ({
  kind: 'cloze',
  prompt,
  answer,
  knowledgePoint,
});
const read = (prompt: string, answer: string, knowledgePoint?: string): Card => ({
  kind: 'read_aloud',
  prompt,
  answer,
  knowledgePoint,
});

export const DEMO_DECKS: Deck[] = [
  {
    name: '开场白与结束语',
    category: 'opening_closing',
    description: '标准服务用语：每天朗读，逐字掌握开场白、确认与结束语。',
    cards: [
      read('标准开场白', '您好，很高兴为您服务，我是 xx 号客服，请问有什么可以帮您？', '开场白'),
      cloze('标准开场白（填空）', '您好，[[很高兴]]为您服务，我是 xx 号客服，请问有什么可以[[帮您]]？', '开场白'),
      read('核实身份前的告知', '为了保障您的账户安全，需要先核实一下您的身份信息，请您谅解。', '数据隐私'),
      cloze('核实身份（填空）', '为了保障您的[[账户安全]]，需要先[[核实]]一下您的身份信息，请您谅解。', '数据隐私'),
      read('请客户稍候', '请您稍等，我这边马上为您查询，大约需要一分钟。'),
      cloze('等待后回到通话（填空）', '[[感谢您的耐心等待]]，已经为您查到了结果。'),
      read('标准结束语', '请问还有其他可以帮您的吗？感谢您的来电，请您稍后对我的服务进行评价，再见！'),
      cloze('标准结束语（填空）', '请问还有[[其他]]可以帮您的吗？感谢您的来电，请您稍后对我的服务进行[[评价]]，再见！'),
      read('无声电话结束语', '您好，您的电话没有声音，请您换个地方再拨，再见。'),
      cloze('客户先挂机提示（填空）', '通话结束时，应等待[[客户先挂机]]后再挂断电话。', '规章制度'),
    ],
  },
  {
    name: '产品代码（示例套餐）',
    category: 'product_codes',
    description: '培训用示例套餐代码，看到代码说出产品名称。',
    cards: [
      recall('TC129', '畅享融合 129 元套餐'),
      recall('TC169', '畅享融合 169 元套餐'),
      recall('TC199', '畅享融合 199 元套餐'),
      recall('BB100', '家庭宽带 100M'),
      recall('BB500', '家庭宽带 500M'),
      recall('BB1000', '家庭宽带千兆'),
      recall('IPTV1', '高清电视基础包'),
      recall('SIM-F', '副卡（共享主卡流量）'),
      recall('DATA10', '流量加油包 10GB（当月有效）'),
      recall('ELE-E', '电子账单（免纸质账单）'),
    ],
  },
  {
    name: '地区代码',
    category: 'region_codes',
    description: '长途区号与所属城市，转接和派单时使用。',
    cards: [
      recall('010', '北京'),
      recall('021', '上海'),
      recall('022', '天津'),
      recall('023', '重庆'),
      recall('020', '广州'),
      recall('0755', '深圳'),
      recall('028', '成都'),
      recall('027', '武汉'),
      recall('0571', '杭州'),
      recall('025', '南京'),
      recall('029', '西安'),
      recall('024', '沈阳'),
    ],
  },
  {
    name: '常见问题 FAQ',
    category: 'faq',
    description: '高频咨询的标准答复（示例政策）。',
    cards: [
      choice('客户要求办理停机保号，应先核实什么？', '机主身份', ['话费余额', '套餐名称', '开户营业厅']),
      choice(
        '客户查询话费，可以通过电话告知哪项信息？',
        '当月已出账金额',
        ['身份证全号', '服务密码', '银行卡号'],
        '数据隐私',
      ),
      choice('宽带故障报修后，维修人员上门时限（示例政策）是？', '24 小时内', ['2 小时内', '3 个工作日内', '7 天内']),
      choice('客户情绪激动时，首先应当？', '倾听并安抚情绪', ['立即转接主管', '解释公司规定', '结束通话'], '情绪安抚'),
      choice('电费缴费后一般多久到账（示例政策）？', '实时到账，最长 2 小时', ['次月到账', '3 个工作日', '7 个工作日']),
      recall('停电报修的受理渠道有哪些？', '热线电话、手机 App、营业厅', '服务渠道'),
      recall('客户要求开具发票，发票抬头以什么为准？', '账户登记的户名'),
      recall('首问负责制的含义', '第一位接待客户的坐席负责跟进到问题解决', '规章制度'),
      recall('客户投诉工单的首次回访时限（示例政策）', '24 小时内', '工单系统'),
      recall('欠费停机后缴清欠费，多久恢复服务（示例政策）？', '缴费后 2 小时内自动恢复'),
    ],
  },
  {
    name: '转接话术',
    category: 'transfer',
    description: '转接专席、主管与故障受理时的标准话术。',
    cards: [
      cloze('转接专席', '您的问题需要[[专席]]为您处理，我现在为您转接，请您[[不要挂机]]。'),
      cloze('转接主管', '非常理解您的心情，我已将您的情况记录，现在为您转接[[值班主管]]，请稍候。', '投诉处理'),
      cloze('转接故障受理', '我将为您转接[[故障受理]]专线，转接过程中请保持电话畅通。'),
      cloze('转接失败回复', '很抱歉，[[专席]]暂时繁忙，我先为您登记[[工单]]，稍后会有专人回电。', '工单系统'),
      cloze('转接前告知', '为节省您的时间，我会把您刚才说明的情况[[同步]]给下一位同事，您[[无需重复]]。'),
      cloze('夜间转接', '目前是夜间服务时间，我为您转接[[夜间值班]]人员处理。'),
      cloze('转接外部单位', '该事项由[[供电所]]负责处理，我为您提供对方的联系方式并做好[[记录]]。'),
      cloze('转接后回访', '您的问题已经转交相关部门，我们会在[[24 小时内]]给您[[回复]]。', '投诉处理'),
    ],
  },
  {
    name: '系统界面项（新员工）',
    category: 'interface',
    description: '客服工作台的主要菜单与按钮，入职培训期间掌握。',
    audience: { statuses: ['trainee'] },
    cards: [
      choice('查询客户套餐在工作台的哪个菜单？', '客户视图 > 产品信息', [
        '工单中心 > 新建工单',
        '知识库 > 搜索',
        '质检 > 评分',
      ]),
      choice(
        '登记一张投诉工单，应点击？',
        '工单中心 > 新建工单',
        ['客户视图 > 账单', '通话 > 保持', '知识库 > 收藏'],
        '工单系统',
      ),
      choice('通话中需要查资料而不让客户听到，应点击？', '保持', ['挂断', '静音并转接', '小休']),
      choice('查找标准答复口径，应打开？', '知识库', ['工单中心', '排班', '报表']),
      choice('结束通话后填写小结的页面是？', '话后小结', ['客户视图', '通话记录导出', '质检申诉']),
      choice('需要临时离开座席，应把状态设为？', '小休', ['空闲', '话后处理', '签出']),
      choice('查看客户最近三个月账单，应点击？', '客户视图 > 账单', [
        '工单中心 > 我的工单',
        '知识库 > 最新',
        '报表 > 日报',
      ]),
      choice(
        '身份核实通过后，系统在哪里显示绿色标记？',
        '客户视图顶部',
        ['工单标题', '知识库首页', '排班表'],
        '数据隐私',
      ),
    ],
  },
];

export async function seedDrillsDemo(db: Db): Promise<void> {
  const manager = await demoActor(db, 'training');
  for (const deck of DEMO_DECKS) {
    const exists = await db
      .selectFrom('drill_decks')
      .select('id')
      .where('name', '=', deck.name)
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (exists) continue;
    const made = await createDeck(db, manager, {
      name: deck.name,
      category: deck.category,
      description: deck.description,
      audience: { departmentIds: [], statuses: [], ...deck.audience },
    });
    for (const card of deck.cards)
      await createCard(db, manager, made.id, {
        kind: card.kind,
        prompt: card.prompt,
        answer: card.answer,
        choices: card.choices ?? null,
        knowledgePoint: card.knowledgePoint ?? null,
      });
  }
}
