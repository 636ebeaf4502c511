/**
 * Common Chinese surnames (the 百家姓 core plus frequent modern ones): a person's name in news
 * text is one of these followed by one or two characters.
 */
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阎帅聂衣' +
  // Rarer ones of the 百家姓 that seldom open a common word (郦, 禤, 宦), and three common in Taiwan and Hong Kong news (萧, 傅, 赖).
  '酆昝嵇羿邴宓郗钭逄璩殳厍訾阚逯禤郏夔郦庾贲茹乜竺莘芮晁禄桓钮禹韶扈濮荀隗糜邰蔚湛戎蓟汲阙狄裘宦雍蒯萧傅赖';
const DOUBLE = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '令狐', '慕容', '司徒', '夏侯', '尉迟', '公孙', '长孙', '宇文', '端木', '轩辕'];

const singles = new Set(SINGLE);

/** Length of the surname the text starts with (2 for 欧阳…, 1 for 王…), or 0 when it starts with none. */
export function surnameLength(text: string): number {
  if (DOUBLE.some((s) => text.startsWith(s))) return 2;
  return singles.has(text.charAt(0)) ? 1 : 0;
}
