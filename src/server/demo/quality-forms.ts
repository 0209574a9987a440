import type { FormKindName, ScorecardContentShape } from '../../common/quality.js';

// The demo center's three scorecards (SPEC §8): inbound calls, outbound sales calls and
// non-voice contacts, with the items Chinese contact centers score. 合规用语 zeroes the whole
// evaluation when failed; 信息安全 zeroes its own section.

type Item = ScorecardContentShape['sections'][number]['items'][number];
const yn = (key: string, label: string, weight: number, extra: Partial<Item> = {}): Item => ({
  key,
  label,
  kind: 'yes_no',
  weight,
  allowNa: false,
  critical: 'none',
  ...extra,
});
const scale = (key: string, label: string, weight: number, extra: Partial<Item> = {}): Item => ({
  key,
  label,
  kind: 'scale',
  weight,
  max: 5,
  allowNa: false,
  critical: 'none',
  ...extra,
});

const SECURITY = {
  key: 'security',
  title: '信息安全',
  items: [
    yn('verify', '身份核实', 10, {
      critical: 'section',
      guidance: '办理账户类业务前按规定核实客户身份（姓名、证件后四位、预留手机号）',
      allowNa: true,
    }),
    yn('privacy', '信息安全', 10, { critical: 'section', guidance: '不泄露客户信息，不在通话中完整读出卡号、密码' }),
  ],
};
const COMPLIANCE = {
  key: 'compliance',
  title: '合规',
  items: [
    yn('compliant', '合规用语', 10, {
      critical: 'evaluation',
      guidance: '不得承诺收益、不得使用禁用语；违反即整单 0 分',
    }),
  ],
};

export const DEMO_FORMS: {
  name: string;
  kind: FormKindName;
  description: string;
  passScore: number;
  content: ScorecardContentShape;
}[] = [
  {
    name: '呼入服务质检表',
    kind: 'inbound',
    description: '呼入热线（储蓄、电子银行、信用卡、投诉）通话质检',
    passScore: 80,
    content: {
      sections: [
        {
          key: 'opening',
          title: '开场',
          items: [
            yn('greeting', '开场白', 5, { guidance: '15 秒内使用标准开场白并报工号' }),
            scale('tone', '语音语调', 5, { guidance: '语速适中、热情、吐字清晰' }),
          ],
        },
        SECURITY,
        {
          key: 'handling',
          title: '业务处理',
          items: [
            scale('needs', '需求确认', 15, { guidance: '复述并确认客户诉求' }),
            {
              key: 'accuracy',
              label: '业务解答准确',
              kind: 'points',
              weight: 25,
              max: 10,
              allowNa: false,
              critical: 'none',
              guidance: '解答与知识库一致，无错答漏答',
            },
            scale('system', '系统操作规范', 10, { allowNa: true, guidance: '工单、CRM 记录完整准确' }),
          ],
        },
        COMPLIANCE,
        {
          key: 'closing',
          title: '结束',
          items: [
            yn('confirm', '问题解决确认', 5),
            yn('closing', '结束语', 5, { guidance: '使用标准结束语并邀请评价' }),
          ],
        },
      ],
    },
  },
  {
    name: '外呼营销质检表',
    kind: 'outbound',
    description: '外呼营销通话质检',
    passScore: 80,
    content: {
      sections: [
        {
          key: 'opening',
          title: '开场',
          items: [
            yn('greeting', '开场白', 10, { guidance: '表明身份与来电目的' }),
            yn('consent', '征得客户同意继续', 10),
          ],
        },
        SECURITY,
        {
          key: 'selling',
          title: '营销过程',
          items: [
            scale('needs', '需求挖掘', 15),
            scale('product', '产品介绍准确', 20, { guidance: '费率、期限、风险揭示完整' }),
            scale('objection', '异议处理', 10, { allowNa: true }),
          ],
        },
        COMPLIANCE,
        { key: 'closing', title: '结束', items: [yn('closing', '结束语', 5)] },
      ],
    },
  },
  {
    name: '在线服务质检表',
    kind: 'nonvoice',
    description: '在线客服、邮件、工单质检',
    passScore: 80,
    content: {
      sections: [
        { key: 'response', title: '响应', items: [yn('timely', '首次响应及时', 10), yn('greeting', '开场白', 5)] },
        SECURITY,
        {
          key: 'content',
          title: '内容',
          items: [
            scale('needs', '需求确认', 15),
            {
              key: 'accuracy',
              label: '业务解答准确',
              kind: 'points',
              weight: 25,
              max: 10,
              allowNa: false,
              critical: 'none',
            },
            scale('writing', '文字规范（错别字、标点、表情）', 15),
          ],
        },
        COMPLIANCE,
        { key: 'closing', title: '结束', items: [yn('closing', '结束语', 10)] },
      ],
    },
  },
];
