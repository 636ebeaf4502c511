/**
 * How Chinese names a place by its last word: an administrative unit (某县, 某镇), a feature of the
 * land (某湖, 某岛), a building or a site (某体育场, 某安置点), a spot (36公里处, 东北角). The name
 * before the head is anyone's; the head says it is a place, which jieba's tags often do not (it tags
 * a coined place name nr, nz or a verb).
 */
const SINGLE = '省市县区镇乡村庄州岛湖山江河海湾港路街巷站场馆宫园厅楼城寺庙桥峡谷岭坡洲';
const WORDS = [
  '中心', '基地', '广场', '大厦', '大楼', '酒店', '宾馆', '饭店', '机场', '码头', '公园', '社区', '学校', '小学', '中学', '大学', '医院', '法院',
  '剧院', '影院', '礼堂', '会所', '一带', '沿海', '沿线', '附近', '境内', '现场', '地区', '片区', '园区', '新区', '开发区', '景区', '营地',
  '安置点', '站点', '地点', '集合点', '路口', '港口', '渡口', '入口', '门口', '大门', '北门', '南门', '东门', '西门', '校门', '东北角', '西北角', '东南角', '西南角',
];
/** A spot counted off along a way: 36公里处, 200米处. */
const COUNTED_SPOT = /[\d一二三四五六七八九十百千]+(?:公里|千米|米)处$/u;
const HEADED = new RegExp(`(?:[${SINGLE}]|${WORDS.join('|')})$`, 'u');

/** Whether a phrase ends in a word that makes it a place (某某县, 某某体育场, 36公里处). */
export function endsInPlaceHead(phrase: string): boolean {
  return phrase.length >= 2 && (HEADED.test(phrase) || COUNTED_SPOT.test(phrase));
}
