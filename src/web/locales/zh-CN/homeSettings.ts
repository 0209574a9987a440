// 系统设置页的条目：工作台（issue 26），按键名嵌套：home.maxItems。
export default {
  home: {
    maxItems: {
      label: '待办列表条数上限',
      help: '工作台待办列表最多显示这么多条（按截止日期排序）；菜单角标仍统计全部。',
      unit: '条',
    },
    panels: {
      trendWeeks: { label: '质检趋势周数', help: '工作台质检得分趋势图显示最近这么多个整周。', unit: '周' },
    },
  },
};
