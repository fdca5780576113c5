/**
 * Examples bundled with the playground.
 *
 * The text is lines 205–222 of a real plan (test/fixtures/text/seeds/000_c3787bfa65556fd5.txt), kept as written:
 * Traditional characters with pinyin glosses from the page it was copied from. Its items add to
 * 48700 元 while it states 共計:45000元.
 */

import type { BudgetInput } from '../src/index.js';

export const CITY_PLAN_EXCERPT = `     5、公布受市以上表彰的先進(jìn)集體、先進(jìn)個人名單;
     6、為先進(jìn)集體和先進(jìn)個人頒發(fā)獎狀、證書;
     (三)市政府副市長**講話。
     (一)局長、市長講話、主持語由**負(fù)責(zé)起草;
     (二)會議表彰文件由相關(guān)處室起草,**負(fù)責(zé)收集。 所有文件,均在4月11日前拿出初稿,4月13日提交局黨組會議討論。
     (一)會議通知由**負(fù)責(zé),報送請柬由**負(fù)責(zé),邀請記者由崔曉峰負(fù)責(zé);
     (二)會標(biāo):2011年**市##工作會議,主講桌放置鮮花,段瑛琦負(fù)責(zé);
     (五)會場安排4名服務(wù)員負(fù)責(zé)茶水服務(wù),發(fā)獎儀式安排禮儀小姐,**負(fù)責(zé);
     (六)會議材料裝入文件袋,材料準(zhǔn)備和裝袋由辦公室負(fù)責(zé);
     (八)會議結(jié)束后安排各縣(市)相關(guān)領(lǐng)導(dǎo)用餐,地點(diǎn)在**賓館主樓餐廳,就餐人員 人。
     一、 場租費(fèi):2800元(會場、音響、茶水)
     二、 橫額、桌簽、請柬、文件袋、鮮花:3000元
     三、 獎牌:60元/個*40=2400元(數(shù)量暫定)
     四、 榮譽(yù)證書:10元/個*50=500元(數(shù)量暫定)
     五、 獎品:500元*22=11000元(模范、優(yōu)秀) 300元*35=10500元(系統(tǒng)先進(jìn)及省市先進(jìn))
     六、 記者:1000元 七、 餐費(fèi):15000元
     八、 領(lǐng)導(dǎo)紀(jì)念品:500元*5=2500元(領(lǐng)導(dǎo))
     共計:45000元`;

/** A budget with sections, to show subtotals and the chart by section. */
export const CONFERENCE_BUDGET: BudgetInput = {
  title: '县级年度工作会议经费预算',
  unit: '元',
  headCount: 120,
  days: 2,
  sections: [
    {
      name: '住宿费',
      items: [
        {
          name: '标准间',
          unitPrice: '340',
          quantity: [
            { value: 60, unit: '间' },
            { value: 2, unit: '晚' },
          ],
          amount: '40800',
        },
      ],
      subtotal: '40800',
    },
    {
      name: '伙食费',
      items: [
        {
          name: '工作餐',
          unitPrice: '100',
          quantity: [
            { value: 120, unit: '人' },
            { value: 2, unit: '天' },
          ],
          amount: '24000',
        },
        {
          name: '茶歇',
          unitPrice: '15.5',
          quantity: [
            { value: 120, unit: '人' },
            { value: 2, unit: '次' },
          ],
          amount: '3720',
        },
      ],
      subtotal: '27720',
    },
    {
      name: '会场及其他',
      items: [
        { name: '会议室租金', unitPrice: '3000', quantity: [{ value: 2, unit: '天' }], amount: '6000' },
        { name: '资料印刷', unitPrice: '12', quantity: [{ value: 120, unit: '份' }], amount: '1400' },
        { name: '横幅、桌签', amount: '800' },
      ],
      subtotal: '8200',
    },
  ],
  total: '76720',
};
